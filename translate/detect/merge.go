package detect

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
	radixSort(all, make([]uint64, total), 32, 64)

	m := &Model{
		tags:      tags,
		features:  c.features,
		smoothing: c.smoothing,
		weights:   c.weights,
		totals:    make([]uint64, len(tags)*numClasses),
		scripts:   make([][]scriptShare, len(tags)),
	}
	minCounts := make([]uint16, len(tags))
	for l, lc := range counts {
		minCounts[l] = c.minCountFor(lc)
	}
	m.distinct = c.fillTable(&m.table, all, minCounts)
	for l, lc := range counts {
		copy(m.totals[l*numClasses:], lc.totals[:])
		m.scripts[l] = lc.scripts
	}
	m.prepare()
	return m
}

// minCountFor returns how often a language must have shown a feature to
// keep it. Features seen once are half of all and add little once a
// language has plenty of text; with a few sentences they are all there is.
func (c trainConfig) minCountFor(lc langCounts) uint16 {
	total := uint64(0)
	for _, n := range lc.totals {
		total += n
	}
	if total < c.pruneAbove {
		return 1
	}
	return c.minCount
}

// fillTable fills t from the sorted entries (key<<32 | lang<<16 | count),
// adding up the counts of a key and language that come twice and dropping
// postings seen fewer than minCounts[lang] times. It returns the number of
// distinct features of each class.
func (c trainConfig) fillTable(t *table, all []uint64, minCounts []uint16) (distinct [numClasses]uint64) {
	t.keys = make([]uint32, 0, len(all)/2)
	t.offs = make([]uint32, 0, len(all)/2+1)
	t.langs = make([]uint16, 0, len(all))
	t.counts = make([]uint16, 0, len(all))
	keyStart := 0 // postings of the current key start here
	for i, e := range all {
		f, lang, n := uint32(e>>32), uint16(e>>16), uint16(e)
		if i == 0 || f != uint32(all[i-1]>>32) {
			keyStart = closeKey(t, keyStart, minCounts)
			t.keys = append(t.keys, f)
			t.offs = append(t.offs, uint32(len(t.langs)))
			distinct[f&classMask]++
		} else if last := len(t.langs) - 1; t.langs[last] == lang {
			t.counts[last] = uint16(min(int(t.counts[last])+int(n), maxSaturate))
			continue
		}
		t.langs = append(t.langs, lang)
		t.counts = append(t.counts, n)
	}
	closeKey(t, keyStart, minCounts)
	t.offs = append(t.offs, uint32(len(t.langs)))
	return distinct
}

// closeKey drops the rare postings of the key whose postings start at
// start, and the key itself when none is left; it returns where the
// postings of the next key start.
func closeKey(t *table, start int, minCounts []uint16) int {
	if len(t.keys) == 0 {
		return len(t.langs)
	}
	kept := start
	for p := start; p < len(t.langs); p++ {
		if t.counts[p] >= minCounts[t.langs[p]] {
			t.langs[kept], t.counts[kept] = t.langs[p], t.counts[p]
			kept++
		}
	}
	t.langs, t.counts = t.langs[:kept], t.counts[:kept]
	if kept == start {
		t.keys, t.offs = t.keys[:len(t.keys)-1], t.offs[:len(t.offs)-1]
	}
	return kept
}
