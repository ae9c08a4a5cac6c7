package defaults

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"tafsiri/translate"
)

// swapProbes returns the sentences of lang's phrasebook with their first
// word of contentSwaps changed, as the test that no such sentence comes
// back as the stored translation makes them, each with the new word and
// the stored translation.
func swapProbes(pb *phrasebook, lang string) (sources, words, stored []string) {
	for _, p := range pb.corpora[lang].Pairs {
		for _, swap := range contentSwaps {
			word := regexp.MustCompile(`\b` + swap[0] + `\b`)
			if loc := word.FindStringIndex(p.Src); loc != nil {
				sources = append(sources, p.Src[:loc[0]]+swap[1]+p.Src[loc[1]:])
				words = append(words, swap[1])
				stored = append(stored, p.Tgt)
				break
			}
		}
	}
	return sources, words, stored
}

// TestARepairedMatchTranslatesTheNewWordAndKeepsTheRest counts the
// phrasebook sentences with one word changed that the memory repairs, and
// checks each repair: the new word is a span of its own from the model or
// the glossary, the rest is the stored translation's, and the text is not
// the stored translation.
func TestARepairedMatchTranslatesTheNewWordAndKeepsTheRest(t *testing.T) {
	engine, pb := phrasebookEngine(t)
	ctx := context.Background()
	tried, repaired, suggested := 0, 0, 0
	for _, lang := range pb.langs {
		sources, words, stored := swapProbes(pb, lang)
		results, err := engine.TranslateLines(ctx, SourceLang, lang, sources)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		n, left := 0, 0
		for i, r := range results {
			if !hasOrigin(r, translate.FromMemoryRepaired) {
				left += min(len(r.Suggestions), 1)
				continue
			}
			n++
			if n <= 2 {
				t.Logf("%s: %q → %q (stored %q)", lang, sources[i], r.Text, stored[i])
			}
			if strings.TrimSpace(r.Text) == strings.TrimSpace(stored[i]) {
				t.Errorf("%s: %q → %q: repaired into the stored translation", lang, sources[i], r.Text)
			}
			if !newWordTranslated(r, words[i]) {
				t.Errorf("%s: %q → %q %+v: want %q translated in a span of its own", lang, sources[i], r.Text, r.Spans, words[i])
			}
		}
		t.Logf("%s: %d of %d sentences with one word changed repaired, %d left to the model with a suggestion", lang, n, len(sources), left)
		tried, repaired, suggested = tried+len(sources), repaired+n, suggested+left
	}
	t.Logf("all: %d of %d sentences with one word changed repaired (%.1f%%), %d left to the model with a suggestion",
		repaired, tried, 100*float64(repaired)/float64(tried), suggested)
	if repaired == 0 {
		t.Error("no sentence with one word changed was repaired")
	}
}

// hasOrigin reports whether a span of r has origin o.
func hasOrigin(r *translate.Result, o translate.Origin) bool {
	for _, s := range r.Spans {
		if s.Origin == o {
			return true
		}
	}
	return false
}

// newWordTranslated reports whether the one span of a repaired result that
// translates word comes from the model or the glossary, and every other
// span from the memory.
func newWordTranslated(r *translate.Result, word string) bool {
	found := false
	for _, s := range r.Spans {
		switch {
		case s.Origin == translate.FromMemoryRepaired:
		case (s.Origin == translate.FromModel || s.Origin == translate.FromGlossary) && strings.Contains(s.Source, word) && !found:
			found = true
		default:
			return false
		}
	}
	return found
}
