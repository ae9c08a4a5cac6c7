package translate

import (
	"context"
	"strings"

	"tafsiri/glossary"
	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// TermRule is what the glossary says about translating one source term.
type TermRule struct {
	ConceptID int64
	Source    string          // the term in the source language
	Target    string          // the term to use: the approved one, else a draft; "" when there is none
	Status    glossary.Status // of Target
	Forbidden []string        // target-language terms a translation must not use
}

// TermSource gives the glossary rules of a language pair; storage implements it.
type TermSource interface {
	TermRules(ctx context.Context, src, tgt string) ([]TermRule, error)
}

// tagGlossary and above tag options forced by glossary rule tag-tagGlossary.
const tagGlossary = tagUnknown + 1

// termSet is a model's glossary rules, ready to apply to sentences.
type termSet struct {
	src       string
	rules     []TermRule
	matcher   *glossary.Matcher
	targets   []segment  // per rule, its target tokenized (keys for the decoder, surfaces for output)
	forbidden [][]string // keys of every forbidden target term
}

func newTermSet(src, tgt string, rules []TermRule) *termSet {
	ts := &termSet{src: src, rules: rules, targets: make([]segment, len(rules))}
	entries := make([]glossary.Entry, 0, len(rules))
	for i, r := range rules {
		ts.targets[i] = prepare(tgt, r.Target)
		entries = append(entries, glossary.Entry{ConceptID: r.ConceptID, TermID: int64(i), Text: r.Source, Status: r.Status})
		for _, f := range r.Forbidden {
			if keys := prepare(tgt, f).keys; len(keys) > 0 {
				ts.forbidden = append(ts.forbidden, keys)
			}
		}
	}
	ts.matcher = glossary.NewMatcher(src, entries, glossary.Options{Stem: true})
	return ts
}

// constrain makes the decoder keep the glossary: every matched source term
// with a target term can only be translated by that term (options crossing
// its span are removed), or, for a draft term, by a longer phrase that
// takes in the whole term (crossesAny). A draft term the sentence writes in
// another form ("litres" for "litre") leaves that form to the model where
// the model has a phrase for it, since the term would write the other form
// too ("20 litro"); an approved term is used in every form. Forbidden terms
// are vetoed by the decoder itself (forbiddenKeys), since they could also
// form across two phrases.
func (ts *termSet) constrain(s segment, opts []decoder.Option) []decoder.Option {
	if ts == nil {
		return opts
	}
	forced := map[[2]int]int{} // span → rule index, approved before draft
	for _, m := range ts.matcher.MatchTokens(s.tokens) {
		rule := int(m.Term.TermID)
		if len(ts.targets[rule].keys) == 0 {
			continue
		}
		if ts.rules[rule].Status != glossary.Approved && !ts.sameForm(m, s.tokens) && knownPhrase(opts, m.Start, m.End) {
			continue
		}
		span := [2]int{m.Start, m.End}
		if prev, ok := forced[span]; !ok || ts.rules[prev].Status != glossary.Approved && ts.rules[rule].Status == glossary.Approved {
			forced[span] = rule
		}
	}
	kept := opts[:0:0]
	for _, o := range opts {
		if !ts.crossesAny(o, forced) {
			kept = append(kept, o)
		}
	}
	for span, rule := range forced {
		kept = append(kept, decoder.Option{Start: span[0], End: span[1], Target: ts.targets[rule].keys,
			Scores: make([]float64, numPhraseFeatures), Tag: tagGlossary + rule})
	}
	return kept
}

// sameForm reports whether the sentence writes term match m as the
// glossary does (up to case), not in another form of its words.
func (ts *termSet) sameForm(m glossary.Match, tokens []tokenize.Token) bool {
	words := make([]string, 0, m.End-m.Start)
	for _, t := range tokens[m.Start:m.End] {
		words = append(words, t.Text)
	}
	return glossary.LookupKey(ts.src, strings.Join(words, " ")) == glossary.LookupKey(ts.src, m.Term.Text)
}

// knownPhrase reports whether one of opts is a phrase of the model that
// translates exactly tokens start to end-1 (not a stand-in borrowed from
// another form, stemOptions).
func knownPhrase(opts []decoder.Option, start, end int) bool {
	for _, o := range opts {
		if o.Start == start && o.End == end && o.Tag == tagModel && o.Scores[unknownFeature] == 0 {
			return true
		}
	}
	return false
}

// crossesAny reports whether o overlaps a forced span and may not: an
// option that takes in the whole span of a draft term and more is a longer
// unit the term is part of ("mosquito net" → "mosquitero" around the draft
// "mosquito" → "mosquito"), and the decoder may choose it. An approved term
// is always used.
func (ts *termSet) crossesAny(o decoder.Option, spans map[[2]int]int) bool {
	for span, rule := range spans {
		if o.End <= span[0] || span[1] <= o.Start {
			continue
		}
		within := o.Start <= span[0] && span[1] <= o.End && o.End-o.Start > span[1]-span[0]
		if !within || ts.rules[rule].Status == glossary.Approved {
			return true
		}
	}
	return false
}

// forbiddenKeys returns the forbidden target terms as the decoder's word keys.
func (ts *termSet) forbiddenKeys() [][]string {
	if ts == nil {
		return nil
	}
	return ts.forbidden
}

// words returns the output words of glossary rule i as the term is written.
func (ts *termSet) words(i int) []string {
	toks := ts.targets[i].tokens
	out := make([]string, len(toks))
	for j, t := range toks {
		out[j] = t.Text
	}
	return out
}
