package detect

import (
	"slices"
	"sync"
)

// Model is a language identifier learned from text samples: naive Bayes
// over the character n-grams (1 to 5 runes), words and word pairs of the
// samples, with the scripts each language was written in. Train makes
// one, MarshalBinary stores it and UnmarshalBinary loads it back. A Model
// is safe for concurrent use.
type Model struct {
	tags     []string
	features featureConfig
	// unseen[l*numClasses+c] is the weighted log-probability that language
	// l gives a feature of class c it never showed.
	unseen []float32
	// scripts[l] is the share of each script in the letters of language l,
	// most used first.
	scripts [][]scriptShare
	table   table
}

// scriptShare is the share of one script in the letters of a language.
type scriptShare struct {
	script int // index in scriptNames
	share  float32
}

// Tags returns the languages the model tells apart, sorted.
func (m *Model) Tags() []string { return slices.Clone(m.tags) }

// scratch is the working memory of one scoring call, pooled because
// scoring runs for every line the app shows.
type scratch struct {
	scanner wordScanner
	feats   []uint32
	scripts []int
	scores  []float64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// getScratch returns cleared working memory for a model of n languages.
func getScratch(n int) *scratch {
	s := scratchPool.Get().(*scratch)
	s.feats = s.feats[:0]
	s.scripts = resize(s.scripts, len(scriptNames()))
	s.scores = resize(s.scores, n)
	return s
}

// resize returns a zeroed slice of n elements, reusing a when it can.
func resize[T any](a []T, n int) []T {
	if cap(a) < n {
		return make([]T, n)
	}
	a = a[:n]
	clear(a)
	return a
}

// logLikelihoods fills s.scores with the log-likelihood of s.feats under
// each language.
func (m *Model) logLikelihoods(s *scratch) {
	var perClass [numClasses]float64
	t := &m.table
	for _, f := range s.feats {
		perClass[f&classMask]++
		lo, hi := t.find(f)
		for p := lo; p < hi; p++ {
			s.scores[t.langs[p]] += float64(t.weights[p])
		}
	}
	for l := range s.scores {
		unseen := m.unseen[l*numClasses : (l+1)*numClasses]
		for c, n := range perClass {
			s.scores[l] += n * float64(unseen[c])
		}
	}
}
