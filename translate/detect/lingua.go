package detect

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// Lingua wraps lingua-go: it is the only code that imports it. Building
// lingua's detector loads large models, so it happens once, in the background;
// Detect waits for it.
type Lingua struct {
	low      bool // trigram models only: a fifth of the memory, less accurate on short text
	ready    chan struct{}
	detector lingua.LanguageDetector
	single   string // the only language, when just one is known to lingua
	err      error
	unknown  []string
	tags     map[lingua.Language]string // the caller's tag for each language
}

// NewLingua starts building a detector that chooses among tags
// (BCP 47, e.g. "en", "es-419", "sw"; lingua tells languages, not regions).
// Tags of languages lingua does not know are left out and reported by Unknown.
func NewLingua(tags []string) *Lingua { return newLingua(tags, false) }

// newLingua is NewLingua, in low accuracy mode when low is set.
func newLingua(tags []string, low bool) *Lingua {
	d := &Lingua{low: low, ready: make(chan struct{}), tags: map[lingua.Language]string{}}
	var langs []lingua.Language
	for _, tag := range tags {
		l := linguaLanguage(tag)
		if l == lingua.Unknown {
			d.unknown = append(d.unknown, tag)
			continue
		}
		if _, seen := d.tags[l]; !seen {
			d.tags[l] = tag
			langs = append(langs, l)
		}
	}
	go d.build(langs)
	return d
}

func (d *Lingua) build(langs []lingua.Language) {
	defer close(d.ready)
	switch len(langs) {
	case 0:
		d.err = errors.New("build language detector: no language lingua knows")
	case 1:
		// lingua panics with fewer than two languages; one candidate needs no model.
		d.single = d.tags[langs[0]]
	default:
		builder := lingua.NewLanguageDetectorBuilder().
			FromLanguages(langs...).
			WithPreloadedLanguageModels()
		if d.low {
			builder = builder.WithLowAccuracyMode()
		}
		d.err = noPanic("build language detector", func() { d.detector = builder.Build() })
	}
}

// noPanic runs fn and turns a panic in lingua into an error: lingua panics
// on a corrupt embedded model, and a detector must not take the app down.
func noPanic(what string, fn func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: lingua failed: %v", what, p)
		}
	}()
	fn()
	return nil
}

// Unknown returns the requested codes that lingua cannot detect.
func (d *Lingua) Unknown() []string { return d.unknown }

// Wait blocks until the detector is built or ctx ends.
func (d *Lingua) Wait(ctx context.Context) error {
	select {
	case <-d.ready:
		return d.err
	case <-ctx.Done():
		return fmt.Errorf("wait for language detector: %w", ctx.Err())
	}
}

// Detect ranks the candidate languages for text, most likely first. The
// confidences sum to 1 unless lingua cannot say anything (no letters), when
// the result is empty.
func (d *Lingua) Detect(ctx context.Context, text string) ([]Guess, error) {
	if err := d.Wait(ctx); err != nil {
		return nil, err
	}
	if d.single != "" {
		return []Guess{{Lang: d.single, Confidence: 1}}, nil
	}
	var values []lingua.ConfidenceValue
	err := noPanic("detect language", func() { values = d.detector.ComputeLanguageConfidenceValues(text) })
	if err != nil {
		return nil, err
	}
	guesses := make([]Guess, 0, len(values))
	for _, v := range values {
		if v.Value() > 0 {
			guesses = append(guesses, Guess{Lang: d.tags[v.Language()], Confidence: v.Value()})
		}
	}
	return guesses, nil
}

// linguaLanguage finds lingua's language for a BCP 47 tag by its ISO 639-1
// base. Parsing canonicalises some bases lingua knows under their old code
// (tl becomes fil), so the base as written is tried too.
func linguaLanguage(tag string) lingua.Language {
	for _, parse := range []func(string) (language.Tag, error){language.Parse, language.Raw.Parse} {
		t, err := parse(tag)
		if err != nil {
			return lingua.Unknown
		}
		base, _ := t.Base()
		iso := lingua.GetIsoCode639_1FromValue(strings.ToUpper(base.String()))
		if l := lingua.GetLanguageFromIsoCode639_1(iso); l != lingua.Unknown {
			return l
		}
	}
	return lingua.Unknown
}

// LinguaKnows reports whether lingua-go can detect the language of tag.
func LinguaKnows(tag string) bool { return linguaLanguage(tag) != lingua.Unknown }
