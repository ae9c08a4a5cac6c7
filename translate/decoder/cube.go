package decoder

import (
	"cmp"
	"slices"
)

// Cube pruning (Huang and Chiang, 2007) builds each stack from the finished
// smaller ones instead of expanding every hypothesis by every option. The
// hypotheses of a source stack are grouped by coverage set, best first; each
// group and each span it may translate next form an edge whose cells pair
// the group's i-th hypothesis with the span's j-th option. A queue ordered
// by an estimate (hypothesis score, static option score, the option's
// language-model estimate, distortion, future cost) pops at most
// Config.PopLimit cells per stack, each scored exactly and inserted.

// edge is one coverage group of a source stack with one span to translate.
type edge struct {
	lo, hi       int32 // the group: s.sources[lo:hi], best first
	optLo, optHi int32 // the span's options, best static score first
	m            move
}

// cell is one hypothesis-option pair of an edge, queued by its estimate.
type cell struct {
	estimate float64
	edge     int32
	i, j     int32 // offsets of the hypothesis and the option in the edge
}

// group is a run of hypotheses of one stack with one coverage set, best
// first: s.sources[lo:hi].
type group struct{ lo, hi int32 }

// cube fills stack t by popping at most popLimit cells.
func (s *search) cube(t int) {
	s.edges, s.queue = s.edges[:0], s.queue[:0]
	for k := max(0, t-s.t.maxLen); k < t; k++ {
		for _, g := range s.groups[s.groupOff[k]:s.groupOff[k+1]] {
			s.addGroupEdges(g.lo, g.hi, t-k)
		}
	}
	st := &s.stacks[t]
	for pops := 0; pops < s.popLimit && len(s.queue) > 0; pops++ {
		c := s.pop()
		e := &s.edges[c.edge]
		hi := s.sources[e.lo+c.i]
		h := s.hyps[hi]
		s.expanded++
		if s.consider(st, &h, hi, &e.m, e.optLo+c.j) && e.optLo+c.j+1 < e.optHi {
			s.push(c.edge, c.i, c.j+1)
		}
		if c.j == 0 {
			s.pushRow(c.edge, c.i+1)
		}
	}
}

// pushRow queues the first cell of the first hypothesis from offset i on
// in edge e that the distortion limit lets reach e's span.
func (s *search) pushRow(e, i int32) {
	ed := &s.edges[e]
	for ; ed.lo+i < ed.hi; i++ {
		h := &s.hyps[s.sources[ed.lo+i]]
		if s.limit < 0 || int(jump(h, ed.m.start)) <= s.limit {
			s.push(e, i, 0)
			return
		}
	}
}

// group records the coverage groups of the finished stack k, which the
// next maxLen stacks draw from.
func (s *search) group(k int) {
	lo := len(s.sources)
	s.sources = append(s.sources, s.stacks[k].items...)
	items := s.sources[lo:]
	slices.SortFunc(items, func(a, b int32) int {
		ha, hb := &s.hyps[a], &s.hyps[b]
		if c := cmp.Compare(ha.covHash, hb.covHash); c != 0 {
			return c
		}
		return cmp.Compare(hb.priority, ha.priority)
	})
	s.groupOff[k] = int32(len(s.groups))
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && s.sameCoverage(items[i], items[j]) {
			j++
		}
		s.groups = append(s.groups, group{int32(lo + i), int32(lo + j)})
		i = j
	}
	s.groupOff[k+1] = int32(len(s.groups))
}

// sameCoverage reports whether two hypotheses cover the same tokens.
func (s *search) sameCoverage(a, b int32) bool {
	ha, hb := &s.hyps[a], &s.hyps[b]
	return ha.covHash == hb.covHash &&
		slices.Equal(s.covs[ha.cov:int(ha.cov)+s.words], s.covs[hb.cov:int(hb.cov)+s.words])
}

// addGroupEdges adds an edge for every span of length size that some
// hypothesis of the group s.sources[lo:hi] may translate next.
func (s *search) addGroupEdges(lo, hi int32, size int) {
	first := &s.hyps[s.sources[lo]]
	minEnd, maxEnd := first.end, first.end
	for _, x := range s.sources[lo:hi] {
		minEnd, maxEnd = min(minEnd, s.hyps[x].end), max(maxEnd, s.hyps[x].end)
	}
	s.gaps = appendGaps(s.gaps[:0], s.covs[first.cov:int(first.cov)+s.words], s.n)
	for gi, g := range s.gaps {
		a, b := int(g.start), int(g.end)-size
		if s.limit >= 0 {
			a, b = max(a, int(minEnd)-s.limit), min(b, int(maxEnd)+s.limit)
		}
		next := s.n
		if gi+1 < len(s.gaps) {
			next = int(s.gaps[gi+1].start)
		}
		for start := a; start <= b; start++ {
			optLo, optHi := s.t.span(start, start+size)
			if optLo == optHi {
				continue
			}
			m, ok := s.newMove(first, g, next, start, start+size)
			if !ok {
				continue
			}
			s.edges = append(s.edges, edge{lo: lo, hi: hi, optLo: optLo, optHi: optHi, m: m})
			s.pushRow(int32(len(s.edges)-1), 0)
		}
	}
}

// push queues cell (i, j) of edge e with its estimate.
func (s *search) push(e, i, j int32) {
	ed := &s.edges[e]
	h := &s.hyps[s.sources[ed.lo+i]]
	o := ed.optLo + j
	est := h.score - s.wDist*float64(jump(h, ed.m.start)) + s.t.static[o] + s.t.est[o] + ed.m.rest
	s.queue = append(s.queue, cell{estimate: est, edge: e, i: i, j: j})
	q := s.queue
	for x := len(q) - 1; x > 0; {
		parent := (x - 1) / 2
		if q[parent].estimate >= q[x].estimate {
			break
		}
		q[parent], q[x] = q[x], q[parent]
		x = parent
	}
}

// pop removes and returns the queued cell with the best estimate.
func (s *search) pop() cell {
	q := s.queue
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	for x := 0; ; {
		best, l, r := x, 2*x+1, 2*x+2
		if l < len(q) && q[l].estimate > q[best].estimate {
			best = l
		}
		if r < len(q) && q[r].estimate > q[best].estimate {
			best = r
		}
		if best == x {
			break
		}
		q[best], q[x] = q[x], q[best]
		x = best
	}
	s.queue = q
	return top
}
