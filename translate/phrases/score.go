package phrases

import (
	"cmp"
	"math"
	"slices"
)

// orientation says which side of the counted pairs a table is keyed by.
type orientation struct {
	reverse bool
	keys    *texts // phrases of the key (source) side
	vals    *texts // phrases of the value (target) side
	nKeys   int    // n-grams on the key side
}

// key returns the phrase of p that the table is keyed by.
func (o orientation) key(p *pairStat) int32 {
	if o.reverse {
		return p.tgt
	}
	return p.src
}

// val returns the phrase of p that the table's entries hold.
func (o orientation) val(p *pairStat) int32 {
	if o.reverse {
		return p.src
	}
	return p.tgt
}

// scores returns the features of p in this orientation.
func (o orientation) scores(c *counter, p *pairStat) [NumScores]float32 {
	n := float64(p.count)
	phiEF := float32(math.Log(n / float64(c.srcTotal[p.src])))
	phiFE := float32(math.Log(n / float64(c.tgtTotal[p.tgt])))
	if o.reverse {
		return [NumScores]float32{phiFE, p.lexFE, phiEF, p.lexEF}
	}
	return [NumScores]float32{phiEF, p.lexEF, phiFE, p.lexFE}
}

// candidate is a pair competing for a place under its key.
type candidate struct {
	rank   float64
	count  int32
	val    int32 // n-gram IDs run in token order, which is also string order
	scores [NumScores]float32
}

// compareCandidates orders candidates as compareEntries orders their entries.
func compareCandidates(a, b candidate) int {
	return cmp.Or(cmp.Compare(b.rank, a.rank), cmp.Compare(b.count, a.count), cmp.Compare(a.val, b.val))
}

// table scores the counted pairs into a table keyed by source phrases, or by
// target phrases when reverse is set, keeping opt.MaxPerSource entries per key
// among the pairs counted at least opt.MinCount times. Keys are added in
// token order, so that Each lists them the same way whatever the corpus order.
func (c *counter) table(reverse bool, opt Options) *Table {
	o := orientation{reverse: reverse, keys: c.srcTexts, vals: c.tgtTexts, nKeys: c.srcGrams.len()}
	if reverse {
		o.keys, o.vals, o.nKeys = c.tgtTexts, c.srcTexts, c.tgtGrams.len()
	}
	order, start := c.bucket(o, int32(opt.MinCount))
	nKeys := 0
	for k := range o.nKeys {
		if start[k] < start[k+1] {
			nKeys++
		}
	}
	t := &Table{sources: make([]string, 0, nKeys), entries: make([][]Entry, 0, nKeys)}
	all := make([]Entry, 0, len(order))
	var window []candidate
	for k := range int32(o.nKeys) {
		window = window[:0]
		for _, pi := range order[start[k]:start[k+1]] {
			p := &c.pairs[pi]
			s := o.scores(c, p)
			window = append(window, candidate{rank(Entry{Scores: s}), p.count, o.val(p), s})
		}
		if len(window) == 0 {
			continue
		}
		slices.SortFunc(window, compareCandidates)
		if opt.MaxPerSource > 0 && len(window) > opt.MaxPerSource {
			window = window[:opt.MaxPerSource]
		}
		from := len(all)
		for _, w := range window {
			all = append(all, Entry{Target: o.vals.text(w.val), Scores: w.scores, Count: float32(w.count)})
		}
		t.sources = append(t.sources, o.keys.text(k))
		// A full slice expression, so that Add cannot overwrite a neighbour.
		t.entries = append(t.entries, all[from:len(all):len(all)])
	}
	t.pairs = len(all)
	return t
}

// bucket groups the indexes of pairs counted at least minCount times by key:
// the pairs of key k are order[start[k]:start[k+1]].
func (c *counter) bucket(o orientation, minCount int32) (order []int32, start []int) {
	kept := make([]int32, 0, len(c.pairs))
	for i := range c.pairs {
		if c.pairs[i].count >= minCount {
			kept = append(kept, int32(i))
		}
	}
	return countingSort(kept, 0, o.nKeys, func(i int32) int { return int(o.key(&c.pairs[i])) })
}
