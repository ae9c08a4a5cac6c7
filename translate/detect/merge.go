package detect

import "math"

// merge builds the model from the counts of every language.
func (c trainConfig) merge(tags []string, counts []langCounts) *Model {
	total := 0
	for _, lc := range counts {
		total += len(lc.entries)
	}
	all := make([]uint64, 0, total)
	for i := range counts {
		all = append(all, counts[i].entries...)
		counts[i].entries = nil // let the collector have it back early
	}
	// A stable sort on the key keeps each key's postings in language order.
	radixSort(all, make([]uint64, total), 32)

	m := &Model{tags: tags, features: c.features}
	t := &m.table
	t.langs = make([]uint16, total)
	t.weights = make([]float32, total)
	var distinct [numClasses]float64
	for i, e := range all {
		f := uint32(e >> 32)
		if i == 0 || f != uint32(all[i-1]>>32) {
			t.keys = append(t.keys, f)
			t.offs = append(t.offs, uint32(i))
			distinct[f&classMask]++
		}
		t.langs[i] = uint16(e >> 16)
		// (count+k)/(total+kV) over k/(total+kV): what seeing the feature
		// adds to the language's score over not having seen it.
		t.weights[i] = float32(c.weights[f&classMask] * math.Log1p(float64(e&0xffff)/c.smoothing))
	}
	t.offs = append(t.offs, uint32(total))
	t.buildDir()

	m.unseen = make([]float32, len(tags)*numClasses)
	m.scripts = make([][]scriptShare, len(tags))
	for l, lc := range counts {
		for cl := range numClasses {
			denom := lc.totals[cl] + c.smoothing*distinct[cl]
			if denom > 0 {
				m.unseen[l*numClasses+cl] = float32(c.weights[cl] * math.Log(c.smoothing/denom))
			}
		}
		m.scripts[l] = lc.scripts
	}
	return m
}
