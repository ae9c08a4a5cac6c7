package decoder

import (
	"math"
	"slices"
)

// move is the translation of the source span [start, stop) from one
// coverage set: what it leaves uncovered and what that is expected to cost.
type move struct {
	start, stop int32
	firstGap    int32   // first uncovered position afterwards, n when complete
	future      float64 // future cost of the gaps afterwards
	rest        float64 // future plus the least distortion still to pay
}

// newMove prepares the move over [start, stop) inside gap g of h, where next
// is the start of the gap after g or n. It fails when the move would strand
// the first gap beyond the distortion limit, leave a gap no options tile or
// take an ordered position out of turn (inOrder).
func (s *search) newMove(h *hyp, g gap, next, start, stop int) (move, bool) {
	n1, a, b := s.n+1, int(g.start), int(g.end)
	if !s.inOrder(h, start, stop) {
		return move{}, false
	}
	m := move{start: int32(start), stop: int32(stop), firstGap: h.firstGap}
	if start == int(h.firstGap) {
		m.firstGap = int32(stop)
		if stop == b {
			m.firstGap = int32(next)
		}
	}
	stranded := int(m.firstGap) < stop && stop-int(m.firstGap) > s.limit
	if s.limit >= 0 && stranded {
		return m, false
	}
	if int(m.firstGap) == s.n {
		return m, true // complete: nothing left to estimate
	}
	m.future = h.future - s.fc[a*n1+b] + s.fc[a*n1+start] + s.fc[stop*n1+b]
	if math.IsInf(m.future, -1) {
		return m, false
	}
	m.rest = m.future
	if s.wDist > 0 && int(m.firstGap) < stop {
		// Some later jump must go back at least to the first gap.
		m.rest -= s.wDist * float64(stop-int(m.firstGap))
	}
	return m, true
}

// inOrder reports whether covering [start, stop) after h keeps the ordered
// positions (Config.Ordered) in source order: a span that holds one may be
// covered only when every ordered position before the span is covered.
func (s *search) inOrder(h *hyp, start, stop int) bool {
	i, _ := slices.BinarySearch(s.ordered, start)
	if i == len(s.ordered) || s.ordered[i] >= stop {
		return true // the span holds no ordered position
	}
	cov := s.covs[h.cov : int(h.cov)+s.words]
	for _, p := range s.ordered[:i] {
		if cov[p>>6]&(1<<(p&63)) == 0 {
			return false
		}
	}
	return true
}

// jump returns the distortion distance of starting at start after h.
func jump(h *hyp, start int32) int32 {
	return max(start-h.end, h.end-start)
}

// consider applies option o to hypothesis hi (h) by move m and inserts the
// result into st if it can survive there. It returns false when neither o
// nor any worse option of the span can enter st.
func (s *search) consider(st *stack, h *hyp, hi int32, m *move, o int32) bool {
	base := h.score - s.wDist*float64(jump(h, m.start)) + s.t.static[o]
	floor := st.cutoff(s.threshold)
	if s.bound && base+m.rest < floor {
		return false // options are ordered by static score
	}
	if s.forbid != nil && s.forbidden(h, o) {
		return true
	}
	state, lp, ok := s.scoreWords(h.state, o, base+m.rest, floor)
	if !ok {
		return true
	}
	c := cand{
		parent: hi, option: o, start: m.start, end: m.stop,
		state: state, firstGap: m.firstGap, future: m.future,
		score: base + s.wLM*lp,
	}
	if int(c.firstGap) == s.n {
		c.score += s.wLM * s.lm.End(state)
	}
	c.priority = c.score + m.rest
	if c.priority >= floor { // false for NaN
		s.insert(st, h, &c)
	}
	return true
}

// scoreWords returns the LM state and log-probability after option o's
// words, or false as soon as the candidate falls below floor.
func (s *search) scoreWords(state int32, o int32, pre, floor float64) (int32, float64, bool) {
	lp := 0.0
	for _, w := range s.t.target(o) {
		var p float64
		p, state = s.lm.Score(state, w)
		lp += p
		if s.bound && pre+s.wLM*lp < floor {
			return 0, 0, false
		}
	}
	return state, lp, true
}
