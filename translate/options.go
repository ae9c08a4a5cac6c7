package translate

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"tafsiri/translate/decoder"
	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
	"tafsiri/translate/tokenize"
)

// Option tags: where a decoder option came from.
const (
	tagModel = iota
	tagPlaceholder
	tagValue // a weekday or month name written in the target language (nameOptions)
	tagUnknown
	// glossary rules follow: tagGlossary (terms.go) is tagUnknown + 1
)

// loadedModel is a model ready to decode: its language model in memory and
// the phrase entries looked up so far.
type loadedModel struct {
	info   ModelInfo
	casing map[string]string
	terms  *termSet // nil without a glossary
	lex    Lexicon  // Engine.Lexicon when the model was loaded; nil without one
	// hasMemory is whether the translation memory holds this pair at all.
	hasMemory atomic.Bool

	// The language model loads in the background while the first sentences
	// are looked up; lmReady closes when lm or lmErr is set.
	lmReady chan struct{}
	lm      *lm.Model
	lmErr   error

	mu    sync.Mutex
	cache map[string][]phrases.Entry // nil entries remember phrases the table lacks
	stems map[string][]phrases.Entry // unknown word → its nearest known word's entries, or nil
}

// languageModel waits for the language model to finish loading.
func (m *loadedModel) languageModel(ctx context.Context) (*lm.Model, error) {
	select {
	case <-m.lmReady:
		return m.lm, m.lmErr
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// maxPhrase is the longest source phrase looked up; training extracts up to 7 tokens.
const maxPhrase = 7

// lookup returns the phrase entries for every span of keys, asking the store only for those not cached.
func (m *loadedModel) lookup(ctx context.Context, store ModelStore, keys []string) (map[string][]phrases.Entry, error) {
	wanted := map[string]bool{}
	for i := range keys {
		for j := i + 1; j <= min(len(keys), i+maxPhrase); j++ {
			wanted[strings.Join(keys[i:j], " ")] = true
		}
	}
	found := make(map[string][]phrases.Entry, len(wanted))
	var missing []string
	m.mu.Lock()
	for src := range wanted {
		if entries, ok := m.cache[src]; ok {
			found[src] = entries
		} else {
			missing = append(missing, src)
		}
	}
	m.mu.Unlock()
	if len(missing) == 0 {
		return found, nil
	}
	fetched, err := store.Phrases(ctx, m.info.ID, missing)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	for _, src := range missing {
		m.cache[src] = fetched[src] // nil when absent
		found[src] = fetched[src]
	}
	m.mu.Unlock()
	return found, nil
}

// options lists the decoder's choices for every span of a sentence: phrase
// table entries that keep the span's placeholders and negations, placeholders
// copied as themselves, and unknown words passed through.
func options(s segment, table map[string][]phrases.Entry, neg negationPair) []decoder.Option {
	var opts []decoder.Option
	for i := range s.keys {
		for j := i + 1; j <= min(len(s.keys), i+maxPhrase); j++ {
			want := placeholderClasses(s.keys[i:j])
			for _, e := range table[strings.Join(s.keys[i:j], " ")] {
				target := strings.Fields(e.Target)
				if placeholderClasses(target) != want || writesOtherNumbers(s.keys[i:j], target) {
					continue // a number must never be dropped, invented or changed
				}
				if neg.drops(s.keys[i:j], target) {
					continue // nor a negation dropped
				}
				if !keepsRanges(s, i, j, target) {
					continue // nor a range turned around
				}
				scores := make([]float64, numPhraseFeatures)
				for k, v := range e.Scores {
					scores[k] = float64(v)
				}
				opts = append(opts, decoder.Option{Start: i, End: j, Target: target, Scores: scores, Tag: tagModel})
			}
		}
	}
	covered := make([]bool, len(s.keys))
	for _, o := range opts {
		if o.End == o.Start+1 {
			covered[o.Start] = true
		}
	}
	for i, t := range s.tokens {
		switch {
		case t.Kind.IsPlaceholder():
			opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: []string{s.keys[i]},
				Scores: make([]float64, numPhraseFeatures), Tag: tagPlaceholder})
		case !covered[i]:
			scores := make([]float64, numPhraseFeatures)
			scores[unknownFeature] = -1
			opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: []string{s.keys[i]},
				Scores: scores, Tag: tagUnknown})
		}
	}
	return opts
}

// placeholderClasses lists the placeholder keys in a phrase, sorted, as one
// string: a phrase may reorder a number and a date, never lose one.
func placeholderClasses(keys []string) string {
	var classes []string
	for _, k := range keys {
		if _, ok := tokenize.SymbolKind(k); ok {
			classes = append(classes, k)
		}
	}
	sort.Strings(classes)
	return strings.Join(classes, "")
}

// writesOtherNumbers reports whether a target phrase writes, inside a word,
// a number its source phrase does not hold: a phrase learnt as "day" →
// "3য় দিনে" (Bengali "3rd day") would put on a notice a value the source
// never gave. Numbers are compared by value, whatever their digits' script.
func writesOtherNumbers(source, target []string) bool {
	var have []string
	for _, k := range source {
		have = append(have, numbersIn(k)...)
	}
	for _, w := range target {
		if _, ok := tokenize.SymbolKind(w); ok {
			continue // a placeholder: the source's own value is written there
		}
		for _, n := range numbersIn(w) {
			if !slices.Contains(have, n) {
				return true
			}
		}
	}
	return false
}

// numbersIn returns the runs of digits in w, in any script, written in ASCII digits.
func numbersIn(w string) []string {
	var runs []string
	var run []byte
	for _, r := range w + " " {
		if d := tokenize.DigitValue(r); d >= 0 {
			run = append(run, byte('0'+d))
			continue
		}
		if len(run) > 0 {
			runs = append(runs, string(run))
			run = run[:0]
		}
	}
	return runs
}
