package decoder

import (
	"cmp"
	"math"
	"slices"
)

// stack holds the recombined hypotheses covering one number of source tokens.
type stack struct {
	items []int32 // hypothesis indices, one per recombination class
	// slots is an open-addressing table of 1+position in items, 0 when free.
	slots []int32
	// floor is the worst priority kept at the last pruning; worse candidates
	// could never survive the next one.
	floor float64
	best  float64 // best priority seen, for threshold pruning
}

// newStack returns an empty stack.
func newStack() stack {
	return stack{floor: math.Inf(-1), best: math.Inf(-1)}
}

// reset empties the stack, keeping its memory.
func (st *stack) reset() {
	st.items = st.items[:0]
	clear(st.slots)
	st.floor, st.best = math.Inf(-1), math.Inf(-1)
}

// cutoff returns the priority a candidate must reach to enter the stack.
func (st *stack) cutoff(threshold float64) float64 {
	if threshold > 0 {
		return max(st.floor, st.best-threshold)
	}
	return st.floor
}

// lookup returns the slot of the recombination class of a candidate with
// coverage cov, and the class's position in items or -1.
func (s *search) lookup(st *stack, key uint64, cov []uint64, end, state int32) (slot, pos int) {
	mask := len(st.slots) - 1
	for slot = int(key) & mask; ; slot = (slot + 1) & mask {
		p := st.slots[slot] - 1
		if p < 0 {
			return slot, -1
		}
		h := &s.hyps[st.items[p]]
		if h.key == key && h.state == state && (s.ignoreEnd || h.end == end) &&
			slices.Equal(s.covs[h.cov:int(h.cov)+len(cov)], cov) {
			return slot, int(p)
		}
	}
}

// reserve grows the slot table so one more class keeps it at most half full.
func (s *search) reserve(st *stack) {
	if 2*(len(st.items)+1) <= len(st.slots) {
		return
	}
	st.slots = make([]int32, max(64, 2*len(st.slots)))
	s.rehash(st)
}

// rehash rebuilds the slot table from items.
func (s *search) rehash(st *stack) {
	clear(st.slots)
	mask := len(st.slots) - 1
	for p, hi := range st.items {
		slot := int(s.hyps[hi].key) & mask
		for st.slots[slot] != 0 {
			slot = (slot + 1) & mask
		}
		st.slots[slot] = int32(p + 1)
	}
}

// prune keeps the beam best classes and raises the stack's floor.
func (s *search) prune(st *stack) {
	if len(st.items) <= s.beam {
		return
	}
	s.selectTop(st.items, s.beam)
	st.items = st.items[:s.beam]
	st.floor = math.Inf(1)
	for _, hi := range st.items {
		st.floor = min(st.floor, s.hyps[hi].priority)
	}
	s.rehash(st)
}

// finish prunes a stack for expansion and orders it best first, so good
// hypotheses fill the next stacks early and raise their floors.
func (s *search) finish(st *stack) {
	if s.threshold > 0 {
		st.items = slices.DeleteFunc(st.items, func(hi int32) bool {
			return s.hyps[hi].priority < st.best-s.threshold
		})
	}
	if len(st.items) > s.beam {
		s.selectTop(st.items, s.beam)
		st.items = st.items[:s.beam]
	}
	slices.SortFunc(st.items, func(a, b int32) int {
		return cmp.Compare(s.hyps[b].priority, s.hyps[a].priority)
	})
}

// selectTop partially orders items so the first k have the highest priorities.
func (s *search) selectTop(items []int32, k int) {
	lo, hi := 0, len(items)-1
	for lo < hi {
		pivot := s.hyps[items[lo+(hi-lo)/2]].priority
		i, j := lo, hi
		for i <= j {
			for s.hyps[items[i]].priority > pivot {
				i++
			}
			for s.hyps[items[j]].priority < pivot {
				j--
			}
			if i <= j {
				items[i], items[j] = items[j], items[i]
				i++
				j--
			}
		}
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
}
