package detect

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/text/language"
)

// LinguaMode says whether a Detector asks lingua-go as well as its learned
// model, and with which of lingua's models.
type LinguaMode int

const (
	// LinguaOff uses the learned model alone: on TICO-19's health texts
	// the most accurate, fastest and lightest choice (see
	// TestTICODetectionReport).
	LinguaOff LinguaMode = iota
	// LinguaLowAccuracy adds lingua with its trigram models only.
	LinguaLowAccuracy
	// LinguaHighAccuracy adds lingua with all its n-gram models, preloaded:
	// about 12 MB of memory and 70 ms of loading (on two cores) per
	// language.
	LinguaHighAccuracy
)

// DefaultSampleBytes is how much of a text Detect reads unless told
// otherwise: a few sentences name a language as surely as a book does, and
// the cap keeps a megabyte on one line as quick as a line.
const DefaultSampleBytes = 4 << 10

// unsureMargin is how far ahead of the runner-up a language must be for a
// result to be sure.
const unsureMargin = 0.3

// Config describes what a Detector chooses among and what it learns from.
type Config struct {
	// Tags are the candidate languages, as BCP 47 tags ("en", "es-419",
	// "prs"); results use them as written here.
	Tags []string
	// Samples holds sentences in each language (keyed by tag), from which
	// the Detector learns its model. It is ignored when Model is set.
	Samples map[string][]string
	// Model is a model learned earlier (see Model.MarshalBinary); tags
	// match Tags when they name the same BCP 47 language and region.
	Model *Model
	// Lingua says whether lingua-go helps, for the candidates it knows.
	Lingua LinguaMode
	// SampleBytes caps how much of a text Detect reads, from its start;
	// 0 means DefaultSampleBytes.
	SampleBytes int
}

// Detector names the language of texts among a set of candidates, with a
// model learned from samples and, if asked, lingua-go. It is safe for
// concurrent use.
type Detector struct {
	tags        []string // the candidates, without duplicates
	sampleBytes int
	lingua      *Lingua // nil when off
	ready       chan struct{}

	// Set before ready is closed:
	err       error
	model     *Model
	modelOf   []int  // per candidate: its index in model.tags, -1 if none
	active    []bool // per model language: whether it is a candidate
	viaLingua []bool // per candidate: whether lingua knows it
	unknown   []string
}

// NewDetector returns a detector for cfg at once, and prepares it in the
// background: training the model (when cfg has samples rather than a
// model) and loading lingua's models (when asked for). Detect and Wait
// wait for it to be ready.
func NewDetector(cfg Config) *Detector {
	d := &Detector{sampleBytes: cfg.SampleBytes, ready: make(chan struct{})}
	if d.sampleBytes <= 0 {
		d.sampleBytes = DefaultSampleBytes
	}
	seen := map[string]bool{}
	for _, tag := range cfg.Tags {
		if c := canonical(tag); !seen[c] {
			seen[c] = true
			d.tags = append(d.tags, tag)
		}
	}
	if cfg.Lingua != LinguaOff {
		d.lingua = newLingua(d.tags, cfg.Lingua == LinguaLowAccuracy)
	}
	go d.prepare(cfg)
	return d
}

// canonical returns the canonical form of a BCP 47 tag, or the tag itself
// when it does not parse.
func canonical(tag string) string {
	if t, err := language.Parse(tag); err == nil {
		return t.String()
	}
	return tag
}

// prepare trains or takes the model, waits for lingua, and maps the
// candidates to both.
func (d *Detector) prepare(cfg Config) {
	defer close(d.ready)
	model, trainErr := cfg.Model, error(nil)
	if model == nil {
		model, trainErr = Train(d.samplesFor(cfg.Samples))
	}
	d.model = model
	d.modelOf = make([]int, len(d.tags))
	d.viaLingua = make([]bool, len(d.tags))
	if d.lingua != nil {
		<-d.lingua.ready
		if d.lingua.err != nil {
			d.lingua = nil // lingua knows no candidate, or failed: the model goes on alone
		}
	}
	known := d.mapModel()
	for i, tag := range d.tags {
		d.viaLingua[i] = d.lingua != nil && LinguaKnows(tag)
		if d.viaLingua[i] {
			known++
		}
		if d.modelOf[i] < 0 && !d.viaLingua[i] {
			d.unknown = append(d.unknown, tag)
		}
	}
	switch {
	case known > 0:
	case trainErr != nil:
		d.err = fmt.Errorf("prepare language detector: %w", trainErr)
	default:
		d.err = errors.New("prepare language detector: no candidate has samples or a lingua model")
	}
}

// samplesFor returns the samples of the candidates, under the candidates'
// tags.
func (d *Detector) samplesFor(samples map[string][]string) map[string][]string {
	byCanonical := map[string]string{}
	for tag := range samples {
		byCanonical[canonical(tag)] = tag
	}
	out := map[string][]string{}
	for _, tag := range d.tags {
		if texts, ok := samples[tag]; ok {
			out[tag] = texts
		} else if key, ok := byCanonical[canonical(tag)]; ok {
			out[tag] = samples[key]
		}
	}
	return out
}

// mapModel finds each candidate among the model's languages and returns
// how many it found.
func (d *Detector) mapModel() int {
	found := 0
	for i := range d.modelOf {
		d.modelOf[i] = -1
	}
	if d.model == nil {
		return 0
	}
	d.active = make([]bool, len(d.model.tags))
	for i, tag := range d.tags {
		l, ok := slices.BinarySearch(d.model.tags, tag)
		if !ok {
			l = slices.IndexFunc(d.model.tags, func(t string) bool { return canonical(t) == canonical(tag) })
		}
		if l >= 0 && !d.active[l] {
			d.modelOf[i], d.active[l] = l, true
			found++
		}
	}
	return found
}

// Wait blocks until the detector is ready or ctx ends. It fails when no
// candidate can be detected: none has samples and lingua knows none.
func (d *Detector) Wait(ctx context.Context) error {
	select {
	case <-d.ready:
		return d.err
	case <-ctx.Done():
		return fmt.Errorf("wait for language detector: %w", ctx.Err())
	}
}

// Tags returns the candidate languages, without duplicates.
func (d *Detector) Tags() []string { return slices.Clone(d.tags) }

// Unknown returns the candidates the detector cannot name (no samples, and
// lingua does not know them or is off), once the detector is ready.
func (d *Detector) Unknown() []string {
	<-d.ready
	return slices.Clone(d.unknown)
}

// Model returns the learned model, once the detector is ready, for storing
// it; it is nil when no candidate had samples.
func (d *Detector) Model() *Model {
	<-d.ready
	return d.model
}

// String names the mode: off, low or high.
func (m LinguaMode) String() string {
	switch m {
	case LinguaOff:
		return "off"
	case LinguaLowAccuracy:
		return "low"
	case LinguaHighAccuracy:
		return "high"
	}
	return fmt.Sprintf("LinguaMode(%d)", int(m))
}
