package glossary

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticWords returns n distinct lower-case words of two to four syllables.
func syntheticWords(r *rand.Rand, n int) []string {
	syl := strings.Fields("ba ce di fo gu ha ke li mo nu pa re si to vu za lan mer tis gor")
	seen := map[string]bool{}
	words := make([]string, 0, n)
	for len(words) < n {
		var b strings.Builder
		for k := 2 + r.IntN(3); k > 0; k-- {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

// syntheticTerms returns n terms of one to four words from words.
func syntheticTerms(r *rand.Rand, words []string, n int) []Entry {
	terms := make([]Entry, n)
	for k := range terms {
		parts := make([]string, 1+r.IntN(4))
		for j := range parts {
			parts[j] = words[r.IntN(len(words))]
		}
		terms[k] = Entry{ConceptID: int64(k + 1), TermID: int64(k + 1), Text: strings.Join(parts, " "), Status: Approved}
	}
	return terms
}

// syntheticText returns a notice of n words from words, some capitalized,
// some in the plural, with punctuation.
func syntheticText(r *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for k := range n {
		w := words[r.IntN(len(words))]
		switch r.IntN(10) {
		case 0:
			w = strings.ToUpper(w[:1]) + w[1:]
		case 1:
			w += "s"
		}
		b.WriteString(w)
		if k%12 == 11 {
			b.WriteString(".")
		}
		b.WriteString(" ")
	}
	return b.String()
}

// BenchmarkMatch matches a 300-word notice against 50,000 terms.
func BenchmarkMatch(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	words := syntheticWords(r, 8000)
	terms := syntheticTerms(r, words, 50000)
	text := syntheticText(r, words, 300)
	for name, opt := range map[string]Options{
		"exact":      {},
		"stem":       {Stem: true},
		"stem+marks": {Stem: true, IgnoreDiacritics: true},
	} {
		b.Run(name, func(b *testing.B) {
			m := NewMatcher("en", terms, opt)
			matches := len(m.Match(text))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				m.Match(text)
			}
			b.ReportMetric(float64(matches), "matches")
		})
	}
}

// BenchmarkNewMatcher builds a matcher of 50,000 terms.
func BenchmarkNewMatcher(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	terms := syntheticTerms(r, syntheticWords(r, 8000), 50000)
	for b.Loop() {
		NewMatcher("en", terms, Options{Stem: true})
	}
}
