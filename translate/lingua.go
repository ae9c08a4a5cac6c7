package translate

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/pemistahl/lingua-go"
)

// Guess is one candidate language for a text, with lingua's confidence in it (0..1).
type Guess struct {
	Lang       string // ISO 639-1 code, lower case
	Confidence float64
}

// LinguaDetector wraps lingua-go: it is the only code that imports it. Building
// lingua's detector loads large models, so it happens once, in the background;
// Detect waits for it.
type LinguaDetector struct {
	ready    chan struct{}
	detector lingua.LanguageDetector
	single   string // the only language, when just one is known to lingua
	err      error
	unknown  []string
}

// NewLinguaDetector starts building a detector that chooses among codes
// (ISO 639-1, e.g. "en", "sw"). Codes lingua does not know are left out and
// reported by Unknown.
func NewLinguaDetector(codes []string) *LinguaDetector {
	d := &LinguaDetector{ready: make(chan struct{})}
	var langs []lingua.Language
	seen := map[lingua.Language]bool{}
	for _, code := range codes {
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(strings.ToUpper(code)))
		if l == lingua.Unknown {
			d.unknown = append(d.unknown, code)
			continue
		}
		if !seen[l] {
			seen[l] = true
			langs = append(langs, l)
		}
	}
	go d.build(langs)
	return d
}

func (d *LinguaDetector) build(langs []lingua.Language) {
	defer close(d.ready)
	switch len(langs) {
	case 0:
		d.err = errors.New("build language detector: no language lingua knows")
	case 1:
		// lingua panics with fewer than two languages; one candidate needs no model.
		d.single = isoCode(langs[0])
	default:
		d.detector = lingua.NewLanguageDetectorBuilder().
			FromLanguages(langs...).
			WithPreloadedLanguageModels().
			Build()
	}
}

// Unknown returns the requested codes that lingua cannot detect.
func (d *LinguaDetector) Unknown() []string { return d.unknown }

// Wait blocks until the detector is built or ctx ends.
func (d *LinguaDetector) Wait(ctx context.Context) error {
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
func (d *LinguaDetector) Detect(ctx context.Context, text string) ([]Guess, error) {
	if err := d.Wait(ctx); err != nil {
		return nil, err
	}
	if d.single != "" {
		return []Guess{{Lang: d.single, Confidence: 1}}, nil
	}
	values := d.detector.ComputeLanguageConfidenceValues(text)
	guesses := make([]Guess, 0, len(values))
	for _, v := range values {
		if v.Value() > 0 {
			guesses = append(guesses, Guess{Lang: isoCode(v.Language()), Confidence: v.Value()})
		}
	}
	return guesses, nil
}

func isoCode(l lingua.Language) string {
	return strings.ToLower(l.IsoCode639_1().String())
}
