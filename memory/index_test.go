package memory_test

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"tafsiri/memory"
)

// memIndex is an in-memory Candidates: a key table and an inverted index of
// grams, the two tables storage keeps in SQLite.
type memIndex struct {
	segs     []memory.Segment // ID k+1 at index k
	byKey    map[pairTerm][]int32
	postings map[pairTerm][]int32

	mu      sync.Mutex
	counts  []uint8 // shared grams per segment during one Similar call
	touched int     // postings read by Similar, over all calls
	maxDF   int     // when set, Similar skips grams of more segments (keeping the two rarest)
}

// lists returns the postings of grams, shortest first.
func (x *memIndex) lists(src, tgt string, grams []string) [][]int32 {
	out := make([][]int32, 0, len(grams))
	for _, g := range grams {
		if list := x.postings[pairTerm{src, tgt, g}]; len(list) > 0 {
			out = append(out, list)
		}
	}
	slices.SortFunc(out, func(a, b []int32) int { return cmp.Compare(len(a), len(b)) })
	return out
}

// pairTerm is a key or gram in one language pair.
type pairTerm struct{ src, tgt, term string }

var _ memory.Candidates = (*memIndex)(nil)

func newMemIndex() *memIndex {
	return &memIndex{byKey: map[pairTerm][]int32{}, postings: map[pairTerm][]int32{}}
}

// add stores s with the next ID and returns it.
func (x *memIndex) add(s memory.Segment) memory.Segment {
	s.ID = int64(len(x.segs) + 1)
	at := int32(len(x.segs))
	x.segs = append(x.segs, s)
	k := pairTerm{s.SrcLang, s.TgtLang, memory.Key(s.SrcLang, s.Source)}
	x.byKey[k] = append(x.byKey[k], at)
	for _, g := range memory.Grams(s.SrcLang, s.Source) {
		p := pairTerm{s.SrcLang, s.TgtLang, g}
		x.postings[p] = append(x.postings[p], at)
	}
	return s
}

func (x *memIndex) Exact(ctx context.Context, src, tgt, key string) ([]memory.Segment, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []memory.Segment
	for _, at := range x.byKey[pairTerm{src, tgt, key}] {
		out = append(out, x.segs[at])
	}
	return out, nil
}

// Similar counts, for every segment in the postings of grams, how many of
// grams it holds, and returns the limit segments with most (then lowest ID).
func (x *memIndex) Similar(ctx context.Context, src, tgt string, grams []string, limit int) ([]memory.Segment, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if len(x.counts) < len(x.segs) {
		x.counts = make([]uint8, len(x.segs))
	}
	var seen []int32
	for k, list := range x.lists(src, tgt, grams) {
		if x.maxDF > 0 && k >= 2 && len(list) > x.maxDF {
			break
		}
		x.touched += len(list)
		for _, at := range list {
			if x.counts[at] == 0 {
				seen = append(seen, at)
			}
			x.counts[at]++
		}
	}
	best := x.top(seen, limit)
	out := make([]memory.Segment, len(best))
	for k, at := range best {
		out[k] = x.segs[at]
	}
	for _, at := range seen {
		x.counts[at] = 0
	}
	return out, nil
}

// top picks the limit segments of seen with the highest counts, by
// counting how many reach each count first (there are at most MaxGrams).
func (x *memIndex) top(seen []int32, limit int) []int32 {
	var hist [memory.MaxGrams + 2]int
	for _, at := range seen {
		hist[min(int(x.counts[at]), len(hist)-1)]++
	}
	floor, n := len(hist)-1, 0
	for ; floor > 1 && n+hist[floor] < limit; floor-- {
		n += hist[floor]
	}
	var best []int32
	for _, at := range seen {
		if int(x.counts[at]) >= floor {
			best = append(best, at)
		}
	}
	slices.SortFunc(best, func(a, b int32) int {
		if c := cmp.Compare(x.counts[b], x.counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return best[:min(len(best), limit)]
}
