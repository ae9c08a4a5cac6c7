package detect

import (
	"math"
	"slices"
	"sync"
)

// Model is a language identifier learned from text samples: naive Bayes
// over the character n-grams (of one to four runes), words and word pairs
// of the samples, with the scripts each language was written in. Train
// makes one, MarshalBinary stores it and UnmarshalBinary loads it back. A
// Model is safe for concurrent use.
type Model struct {
	// What training counted, which MarshalBinary stores:
	tags      []string
	features  featureConfig
	smoothing float64             // k of add-k smoothing
	weights   [numClasses]float64 // weight of each feature class
	// totals[l*numClasses+c] counts the features of class c in the samples
	// of language l; distinct[c] counts the distinct ones in all samples.
	totals   []uint64
	distinct [numClasses]uint64
	// scripts[l] is the share of each script in the letters of language l,
	// most used first.
	scripts [][]scriptShare
	table   table

	// What prepare derives from it:
	// unseen[l*numClasses+c] is the weighted log-probability that language
	// l gives a feature of class c it never showed.
	unseen []float32
	// gains[p] is what the feature of posting p adds to the score of the
	// posting's language over an unseen feature: log of (n+k)/(N+kV) over
	// k/(N+kV), for a feature seen n times. Frequent n-grams have a
	// posting in every language, so scoring reads gains more than anything.
	gains []float32
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
	scanner  wordScanner
	feats    []uint32
	scripts  []int
	scores   []float64
	coverage []float64
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

// prepare derives the scoring tables from the counts.
func (m *Model) prepare() {
	m.unseen = make([]float32, len(m.tags)*numClasses)
	for l := range m.tags {
		for c := range numClasses {
			denom := float64(m.totals[l*numClasses+c]) + m.smoothing*float64(m.distinct[c])
			if denom > 0 {
				m.unseen[l*numClasses+c] = float32(m.weights[c] * math.Log(m.smoothing/denom))
			}
		}
	}
	m.gains = make([]float32, len(m.table.counts))
	var small [numClasses][smallCount]float32 // most counts are small
	for c := range numClasses {
		for n := range smallCount {
			small[c][n] = float32(m.weights[c] * math.Log1p(float64(n)/m.smoothing))
		}
	}
	for key, f := range m.table.keys {
		c := f & classMask
		for p := m.table.offs[key]; p < m.table.offs[key+1]; p++ {
			if n := m.table.counts[p]; n < smallCount {
				m.gains[p] = small[c][n]
			} else {
				m.gains[p] = float32(m.weights[c] * math.Log1p(float64(n)/m.smoothing))
			}
		}
	}
	m.table.buildDir()
}

// smallCount bounds the counts whose gains prepare keeps at hand.
const smallCount = 256

// logLikelihoods fills s.scores with the log-likelihood of s.feats under
// each language.
func (m *Model) logLikelihoods(s *scratch) {
	var perClass [numClasses]float64
	t := &m.table
	for _, f := range s.feats {
		perClass[f&classMask]++
		lo, hi := t.find(f)
		for p := lo; p < hi; p++ {
			s.scores[t.langs[p]] += float64(m.gains[p])
		}
	}
	for l := range s.scores {
		unseen := m.unseen[l*numClasses : (l+1)*numClasses]
		for c, n := range perClass {
			s.scores[l] += n * float64(unseen[c])
		}
	}
}
