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

// trainConfig holds the knobs of training.
//
// defaultTraining was chosen on TICO-19 (train split to learn, dev split
// to score). Orders 1 to 4 with words and word pairs score as well as
// orders 1 to 5 (99.7% of sentences), train 15% faster and make a model a
// quarter smaller.
// Dropping the features a language showed once halves the model and
// costs nothing once a language has a few hundred sentences; below that
// every feature counts. A smoothing k of 0.1 beats 0.5 and 1 by a few
// sentences in a thousand.
type trainConfig struct {
	features   featureConfig
	smoothing  float64             // k of add-k smoothing
	minCount   uint16              // a language keeps features it showed this often...
	pruneAbove uint64              // ...once it showed this many features
	weights    [numClasses]float64 // weight of each feature class
}

var defaultTraining = trainConfig{
	features:   featureConfig{orders: 4, words: true, pairs: true},
	smoothing:  0.1,
	minCount:   2,
	pruneAbove: 200_000,
	weights:    [numClasses]float64{1, 1, 1, 1, 1, 1, 1, 0},
}

// maxSaturate caps a stored count; counts beyond it change weights little.
const maxSaturate = 1<<16 - 1

// langCounts is what one language's samples taught: its features with
// their counts, packed as key<<32 | lang<<16 | count and sorted.
type langCounts struct {
	entries []uint64
	totals  [numClasses]uint64 // features seen, per class
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
	counter   counter
	scriptsIn []int
}

// count gathers the features of one language's texts.
func (c trainConfig) count(texts []string, lang uint16, w *countWork) langCounts {
	w.scriptsIn = resize(w.scriptsIn, len(scriptNames()))
	w.counter.reset()
	for _, text := range texts {
		// A text's features are counted while they are in cache.
		w.feats = c.features.appendText(w.feats[:0], &w.scanner, text, w.scriptsIn)
		w.counter.addAll(w.feats)
	}
	counts := w.counter.counts()
	lc := langCounts{entries: make([]uint64, len(counts)), totals: w.counter.totals}
	for i, v := range counts {
		lc.entries[i] = v>>32<<32 | uint64(lang)<<16 | v&0xffff
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
