package detect

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// trainConfig holds the knobs of training; defaultTraining was chosen by
// measuring accuracy on held-out text (see the TICO report test).
type trainConfig struct {
	features  featureConfig
	smoothing float64             // k of add-k smoothing
	minCount  uint32              // a language keeps features it showed this often
	weights   [numClasses]float64 // weight of each feature class
	maxFeats  int                 // features read per language, 0 for all
}

var defaultTraining = trainConfig{
	features:  featureConfig{orders: 5, words: true, pairs: true},
	smoothing: 0.5,
	minCount:  1,
	weights:   [numClasses]float64{1, 1, 1, 1, 1, 1, 1, 0},
}

// maxSaturate caps a stored count; counts beyond it change weights little.
const maxSaturate = 1<<16 - 1

// langCounts is what one language's samples taught: its features with
// their counts, packed as key<<32 | lang<<16 | count and sorted.
type langCounts struct {
	entries []uint64
	totals  [numClasses]float64 // features seen, per class
	scripts []scriptShare
}

// Train learns a Model from samples: for each language tag, sentences
// written in it. Tags without text are left out; Train fails when no tag
// has any. It uses every processor, and needs a fraction of a second for
// forty languages of two thousand sentences each.
func Train(samples map[string][]string) (*Model, error) {
	return defaultTraining.train(samples)
}

// train learns a Model from samples with the settings of c.
func (c trainConfig) train(samples map[string][]string) (*Model, error) {
	var tags []string
	for tag, texts := range samples {
		if slices.ContainsFunc(texts, func(s string) bool { return s != "" }) {
			tags = append(tags, tag)
		}
	}
	if len(tags) == 0 {
		return nil, errors.New("train language model: no sample text")
	}
	if len(tags) > math.MaxUint16 {
		return nil, fmt.Errorf("train language model: %d languages, at most %d", len(tags), math.MaxUint16)
	}
	slices.Sort(tags)
	counts := make([]langCounts, len(tags))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(tags)) {
		wg.Go(func() {
			var w countWork
			for i := int(next.Add(1) - 1); i < len(tags); i = int(next.Add(1) - 1) {
				counts[i] = c.count(samples[tags[i]], uint16(i), &w)
			}
		})
	}
	wg.Wait()
	return c.merge(tags, counts), nil
}

// countWork is the scratch space of one training worker.
type countWork struct {
	scanner   wordScanner
	feats     []uint32
	tmp       []uint32
	scriptsIn []int
}

// count gathers the features of one language's texts.
func (c trainConfig) count(texts []string, lang uint16, w *countWork) langCounts {
	w.feats = w.feats[:0]
	w.scriptsIn = resize(w.scriptsIn, len(scriptNames()))
	for _, text := range texts {
		if c.maxFeats > 0 && len(w.feats) >= c.maxFeats {
			break
		}
		w.feats = c.features.appendText(w.feats, &w.scanner, text, w.scriptsIn)
	}
	if cap(w.tmp) < len(w.feats) {
		w.tmp = make([]uint32, len(w.feats))
	}
	radixSort(w.feats, w.tmp[:len(w.feats)], 0)
	var lc langCounts
	for i := 0; i < len(w.feats); {
		f := w.feats[i]
		j := i + 1
		for j < len(w.feats) && w.feats[j] == f {
			j++
		}
		n := uint32(j - i)
		lc.totals[f&classMask] += float64(n)
		if n >= c.minCount {
			lc.entries = append(lc.entries, uint64(f)<<32|uint64(lang)<<16|uint64(min(n, maxSaturate)))
		}
		i = j
	}
	lc.scripts = shares(w.scriptsIn)
	return lc
}

// shares turns letter counts per script into shares, largest first.
func shares(letters []int) []scriptShare {
	total := 0
	for _, n := range letters {
		total += n
	}
	var out []scriptShare
	for s, n := range letters {
		if n > 0 {
			out = append(out, scriptShare{script: s, share: float32(float64(n) / float64(total))})
		}
	}
	slices.SortStableFunc(out, func(a, b scriptShare) int { return cmp.Compare(b.share, a.share) })
	return out
}

