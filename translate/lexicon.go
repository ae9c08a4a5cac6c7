package translate

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"tafsiri/lexicon"
	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// Lexicon gives the dictionary's translations of words and expressions;
// storage implements it. A lexicon is not a glossary: its translations are
// offered only for what the phrase model does not know, and never forced.
type Lexicon interface {
	// LexiconLookup returns the src→tgt entries of each of keys (each a
	// lexicon.Key, as the words of a sentence are keyed) that the lexicon
	// holds, any form of the entry, read the way asked: an entry stored
	// tgt→src answers reversed.
	LexiconLookup(ctx context.Context, src, tgt string, keys []string) (map[string][]LexEntry, error)
}

// LexEntry is a lexicon entry found for a key: the entry turned to the
// direction asked, and which of its source forms the key is, so that its
// translation is the target form of that place ("feet", form 1 of
// "foot|feet", is "pies", form 1 of "pie|pies": Entry.Translation(Form)).
type LexEntry struct {
	lexicon.Entry
	Form int
}

// tagDictionary tags the options the lexicon gives. Tags from tagGlossary
// up are glossary rules (terms.go), so it is below every other tag.
const tagDictionary = -1

// The lexicon is the fallback for what the model does not know: its
// translations are offered for every span of up to maxLexiconSpan words
// that holds a word no phrase translates, marked by a part of the
// unknown-word feature: less than a borrowed inflection's (fallback.go), so
// that a dictionary word beats a guess and a copy, and never a real phrase.
const (
	maxLexiconSpan        = 4
	lexiconFeatureValue   = -0.25
	lexiconOptionsPerSpan = 5
)

// lexiconOptions offers the lexicon's translations (tagDictionary) for the
// spans of s that hold a word no option of opts translates (lexiconSpans).
// Each translation of a span is the target form that translates the form
// of the sentence ("feet" → "pies"); its phrase scores share the
// probability among the span's translations. A translation that drops the
// span's negation is none, as for the model's phrases (negationPair.drops).
func (m *loadedModel) lexiconOptions(ctx context.Context, lex Lexicon, s segment, opts []decoder.Option) ([]decoder.Option, error) {
	if lex == nil {
		return opts, nil
	}
	spans := lexiconSpans(s, opts)
	if len(spans) == 0 {
		return opts, nil
	}
	keys := slices.Sorted(maps.Keys(spans))
	found, err := lex.LexiconLookup(ctx, m.info.Src, m.info.Tgt, keys)
	if err != nil {
		return nil, fmt.Errorf("look up %d %s words in the lexicon: %w", len(keys), m.info.Src, err)
	}
	neg := negationsBetween(m.info.Src, m.info.Tgt)
	for _, key := range keys {
		targets := dictionaryTargets(m.info.Tgt, found[key])
		for _, span := range spans[key] {
			for _, target := range targets {
				if neg.drops(s.keys[span[0]:span[1]], target) {
					continue // Arabic "أبداً" alone is "ever": "never" needs its "لن"
				}
				scores := make([]float64, numPhraseFeatures)
				for k := range unknownFeature {
					scores[k] = -math.Log(float64(len(targets)))
				}
				scores[unknownFeature] = lexiconFeatureValue
				opts = append(opts, decoder.Option{Start: span[0], End: span[1], Target: target, Scores: scores, Tag: tagDictionary})
			}
		}
	}
	return opts, nil
}

// lexiconSpans returns, by key, the spans of s the lexicon is asked about:
// those of up to maxLexiconSpan tokens, starting and ending with a word and
// holding no placeholder, that no phrase of the model translates whole and
// that hold a word no phrase or value translates on its own. Inflections
// borrowed from a known word (stemOptions) are guesses, not knowledge.
func lexiconSpans(s segment, opts []decoder.Option) map[string][][2]int {
	known := make([]bool, len(s.keys))
	phrase := map[[2]int]bool{}
	for _, o := range opts {
		if o.Tag != tagValue && (o.Tag != tagModel || o.Scores[unknownFeature] != 0) {
			continue
		}
		phrase[[2]int{o.Start, o.End}] = true
		if o.End == o.Start+1 {
			known[o.Start] = true
		}
	}
	spans := map[string][][2]int{}
	for i, t := range s.tokens {
		if t.Kind != tokenize.Word {
			continue
		}
		unknown := false
		for j := i + 1; j <= min(len(s.tokens), i+maxLexiconSpan); j++ {
			last := s.tokens[j-1]
			if last.Kind.IsPlaceholder() {
				break
			}
			unknown = unknown || !known[j-1]
			if unknown && last.Kind == tokenize.Word && !phrase[[2]int{i, j}] {
				key := strings.Join(s.keys[i:j], " ")
				spans[key] = append(spans[key], [2]int{i, j})
			}
		}
	}
	return spans
}

// dictionaryTargets returns the distinct translations of entries as
// decoder targets, best first, at most lexiconOptionsPerSpan: each the
// target form that translates the form found, as the target language's
// keys. A word with capitals keeps them ("VIH"), since output words are
// written as their target says; one holding a number or a placeholder is
// left out, since a number must never be invented.
func dictionaryTargets(lang string, entries []LexEntry) [][]string {
	var out [][]string
	seen := map[string]bool{}
	for _, e := range entries {
		target := dictionaryWords(lang, e.Translation(e.Form))
		id := strings.Join(target, " ")
		if len(target) == 0 || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, target)
		if len(out) == lexiconOptionsPerSpan {
			break
		}
	}
	return out
}

// dictionaryWords returns text as decoder target words, or nil when it
// holds a number or nothing at all.
func dictionaryWords(lang, text string) []string {
	seg := prepare(lang, text)
	if placeholderClasses(seg.keys) != "" {
		return nil
	}
	words := make([]string, len(seg.keys))
	for i, t := range seg.tokens {
		if len(numbersIn(t.Text)) > 0 {
			return nil
		}
		words[i] = seg.keys[i]
		if strings.ContainsFunc(t.Text, unicode.IsUpper) {
			words[i] = t.Text
		}
	}
	return words
}

// optionOrigin is where the words realize makes of o come from: the
// lexicon's options are the dictionary's, the others the model's.
func optionOrigin(o decoder.Option) Origin {
	if o.Tag == tagDictionary {
		return FromDictionary
	}
	return FromModel
}
