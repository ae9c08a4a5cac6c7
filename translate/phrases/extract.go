package phrases

// box holds one sentence's alignment geometry for phrase extraction.
type box struct {
	n, m       int
	tMin, tMax []int32 // per source word: range of its linked target words, -1 if none
	sMin, sMax []int32 // per target word: range of its linked source words, -1 if none
}

// reset loads the links of a sentence of n source and m target tokens.
func (b *box) reset(n, m int, links []link) {
	b.n, b.m = n, m
	b.tMin, b.tMax = resetInts(b.tMin, n, -1), resetInts(b.tMax, n, -1)
	b.sMin, b.sMax = resetInts(b.sMin, m, -1), resetInts(b.sMax, m, -1)
	for _, k := range links {
		widen(&b.tMin[k.s], &b.tMax[k.s], k.t)
		widen(&b.sMin[k.t], &b.sMax[k.t], k.s)
	}
}

// widen stretches the range [lo, hi] (-1 when empty) to cover v.
func widen(lo, hi *int32, v int32) {
	if *hi < 0 || v < *lo {
		*lo = v
	}
	if v > *hi {
		*hi = v
	}
}

// extract calls emit for every consistent pair of a source span [s0, s1] and a
// target span [t0, t1], both at most maxLen long, holding at least one link.
func (b *box) extract(maxLen int, emit func(s0, s1, t0, t1 int)) {
	for s0 := range b.n {
		lo, hi := b.m, -1
		for s1 := s0; s1 < b.n && s1-s0 < maxLen; s1++ {
			if b.tMax[s1] >= 0 {
				lo, hi = min(lo, int(b.tMin[s1])), max(hi, int(b.tMax[s1]))
			}
			if hi < 0 {
				continue // no link yet
			}
			if hi-lo >= maxLen {
				break // the target span only grows with s1
			}
			ok, hopeless := b.consistent(s0, s1, lo, hi)
			if hopeless {
				break
			}
			if ok {
				b.stretch(s0, s1, lo, hi, maxLen, emit)
			}
		}
	}
}

// consistent reports whether no link of target words lo..hi leaves [s0, s1];
// hopeless means one leaves to the left of s0, which no longer s1 can mend.
func (b *box) consistent(s0, s1, lo, hi int) (ok, hopeless bool) {
	ok = true
	for t := lo; t <= hi; t++ {
		if b.sMax[t] < 0 {
			continue
		}
		if int(b.sMin[t]) < s0 {
			return false, true
		}
		if int(b.sMax[t]) > s1 {
			ok = false
		}
	}
	return ok, false
}

// stretch emits [lo, hi] and every widening of it over unaligned target words.
func (b *box) stretch(s0, s1, lo, hi, maxLen int, emit func(s0, s1, t0, t1 int)) {
	for t0 := lo; t0 >= 0 && hi-t0 < maxLen; t0-- {
		if t0 < lo && b.sMax[t0] >= 0 {
			break
		}
		for t1 := hi; t1 < b.m && t1-t0 < maxLen; t1++ {
			if t1 > hi && b.sMax[t1] >= 0 {
				break
			}
			emit(s0, s1, t0, t1)
		}
	}
}

// resetInts returns s resized to n, every element v.
func resetInts(s []int32, n int, v int32) []int32 {
	s = s[:0]
	for range n {
		s = append(s, v)
	}
	return s
}
