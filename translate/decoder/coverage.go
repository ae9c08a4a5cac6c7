package decoder

import "math/bits"

// Coverage sets are bitsets of (n+63)/64 words; bits at n and beyond stay zero.

// coverWords returns the number of uint64 words a coverage set of n tokens needs.
func coverWords(n int) int { return max(1, (n+63)/64) }

// cover writes src with the span [s, e) set into dst.
func cover(dst, src []uint64, s, e int) {
	copy(dst, src)
	for p := s; p < e; {
		w, b := p>>6, p&63
		k := min(64-b, e-p)
		mask := ^uint64(0) >> (64 - k) << b
		dst[w] |= mask
		p += k
	}
}

// nextZero returns the first uncovered position at or after p, or n.
func nextZero(cov []uint64, p, n int) int {
	for w := p >> 6; w < len(cov) && p < n; w++ {
		if x := ^cov[w] &^ (uint64(1)<<(p&63) - 1); x != 0 {
			return min(n, w<<6+bits.TrailingZeros64(x))
		}
		p = (w + 1) << 6
	}
	return n
}

// nextOne returns the first covered position at or after p, or n.
func nextOne(cov []uint64, p, n int) int {
	for w := p >> 6; w < len(cov) && p < n; w++ {
		if x := cov[w] &^ (uint64(1)<<(p&63) - 1); x != 0 {
			return min(n, w<<6+bits.TrailingZeros64(x))
		}
		p = (w + 1) << 6
	}
	return n
}

// gap is an uncovered run of source positions [start, end).
type gap struct{ start, end int32 }

// appendGaps appends the uncovered runs of cov to dst.
func appendGaps(dst []gap, cov []uint64, n int) []gap {
	for p := nextZero(cov, 0, n); p < n; {
		q := nextOne(cov, p, n)
		dst = append(dst, gap{int32(p), int32(q)})
		p = nextZero(cov, q, n)
	}
	return dst
}

// spanHashes returns prefix XORs of per-position random words, so the hash of
// a coverage set is the XOR of prefix[s]^prefix[e] over its covered spans.
// The prefixes reuse buf's memory.
func spanHashes(n int, buf []uint64) []uint64 {
	prefix := append(buf[:0], make([]uint64, n+1)...)
	x := uint64(0x9e3779b97f4a7c15)
	for p := 0; p < n; p++ {
		x += 0x9e3779b97f4a7c15
		prefix[p+1] = prefix[p] ^ mix64(x)
	}
	return prefix
}

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// stateKey hashes a coverage hash with a last end position and an LM state.
func stateKey(covHash uint64, end, state int32) uint64 {
	return mix64(covHash ^ (uint64(uint32(end))<<32 | uint64(uint32(state))))
}
