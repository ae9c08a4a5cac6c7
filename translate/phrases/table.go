package phrases

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"sync"
)

// NumScores is the number of features stored per phrase pair.
const NumScores = 4

// Indexes of the features in Entry.Scores.
const (
	PhiEF = iota // log φ(e|f): target given source, by relative frequency
	LexEF        // log lex(e|f): lexical weight of target given source
	PhiFE        // log φ(f|e): source given target, by relative frequency
	LexFE        // log lex(f|e): lexical weight of source given target
)

// Entry is one target phrase of a source phrase, with its features.
type Entry struct {
	Target string             // target tokens joined by single spaces
	Scores [NumScores]float32 // natural logs, indexed by PhiEF, LexEF, PhiFE, LexFE
	Count  float32            // times the pair was extracted
}

// rank is the equally weighted sum of an entry's log scores, the pruning order.
func rank(e Entry) float64 {
	var r float64
	for _, s := range e.Scores {
		r += float64(s)
	}
	return r
}

// compareEntries orders entries best first: higher rank, then higher count,
// then target text, so that the order never depends on map iteration.
func compareEntries(a, b Entry) int {
	return cmp.Or(cmp.Compare(rank(b), rank(a)), cmp.Compare(b.Count, a.Count),
		strings.Compare(a.Target, b.Target))
}

// Table maps a source phrase (tokens joined by single spaces) to its entries,
// best first; the zero Table is empty and ready for Add. Lookups may run
// concurrently; Add may not run alongside anything else.
type Table struct {
	sources []string
	entries [][]Entry
	pairs   int

	// The index is built on first use: a table that is only saved never needs it.
	indexOnce sync.Once
	index     map[string]int32 // source phrase → position in sources and entries
}

// buildIndex indexes the sources added so far.
func (t *Table) buildIndex() {
	t.index = make(map[string]int32, len(t.sources))
	for i, src := range t.sources {
		t.index[src] = int32(i)
	}
}

// Lookup returns the entries of source phrase src, best first, or nil; the
// caller must not modify them.
func (t *Table) Lookup(src string) []Entry {
	if t == nil {
		return nil
	}
	t.indexOnce.Do(t.buildIndex)
	k, ok := t.index[src]
	if !ok {
		return nil
	}
	return t.entries[k]
}

// Len returns the number of (source, target) pairs in the table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return t.pairs
}

// Sources returns the number of distinct source phrases in the table.
func (t *Table) Sources() int {
	if t == nil {
		return 0
	}
	return len(t.sources)
}

// Each calls yield for every pair, sources in the order they were first added
// (Build adds them sorted) and each source's entries best first, until yield
// returns false; it fits range-over-func as an iter.Seq2.
func (t *Table) Each(yield func(src string, e Entry) bool) {
	if t == nil {
		return
	}
	for k, src := range t.sources {
		for _, e := range t.entries[k] {
			if !yield(src, e) {
				return
			}
		}
	}
}

// Add inserts an entry for source phrase src at its place in the best-first
// order, after any equal entry; it does not merge duplicate targets.
func (t *Table) Add(src string, e Entry) {
	t.indexOnce.Do(t.buildIndex)
	k, ok := t.index[src]
	if !ok {
		k = int32(len(t.sources))
		t.index[src] = k
		t.sources = append(t.sources, src)
		t.entries = append(t.entries, nil)
	}
	list := t.entries[k]
	at := len(list)
	for at > 0 && compareEntries(e, list[at-1]) < 0 {
		at--
	}
	t.entries[k] = slices.Insert(list, at, e)
	t.pairs++
}

// FromEntries builds a table from (source, entry) pairs, such as rows loaded
// from the database or another table's Each.
func FromEntries(seq iter.Seq2[string, Entry]) *Table {
	t := &Table{}
	for src, e := range seq {
		t.Add(src, e)
	}
	return t
}
