package detect

import "math/bits"

// table maps each feature to the languages whose samples showed it, with a
// count for each. Keys are sorted; a directory indexed by their top bits
// narrows a lookup to a handful of keys, and the postings of key i are
// langs[offs[i]:offs[i+1]] and counts[offs[i]:offs[i+1]]. Flat slices cost
// a fraction of what maps do and marshal as they are.
type table struct {
	dirBits uint
	dir     []uint32 // dir[d] is the first key whose top dirBits are d
	keys    []uint32
	offs    []uint32
	langs   []uint16
	counts  []uint16 // saturated at maxSaturate
}

// find returns the range of the postings of feature f, empty when no
// language showed it.
func (t *table) find(f uint32) (lo, hi uint32) {
	if len(t.keys) == 0 {
		return 0, 0
	}
	d := f >> (32 - t.dirBits)
	for i := t.dir[d]; i < t.dir[d+1]; i++ { // a few keys: no need to bisect
		if k := t.keys[i]; k >= f {
			if k > f {
				return 0, 0
			}
			return t.offs[i], t.offs[i+1]
		}
	}
	return 0, 0
}

// buildDir fills the directory from the sorted keys, with two to eight
// keys per entry: a lookup then reads a cache line or two of keys, and the
// directory takes a byte per key.
func (t *table) buildDir() {
	t.dirBits = uint(max(1, bits.Len(uint(len(t.keys)))-3))
	t.dir = make([]uint32, 1<<t.dirBits+1)
	shift := 32 - t.dirBits
	i := 0
	for d := range len(t.dir) - 1 {
		for i < len(t.keys) && int(t.keys[i]>>shift) < d {
			i++
		}
		t.dir[d] = uint32(i)
	}
	t.dir[len(t.dir)-1] = uint32(len(t.keys))
}

// radixSort sorts a on bits [lo, hi) of its values (lo a multiple of 8),
// stably, a byte per pass, using tmp (as long as a) as scratch space; the
// result is in a. A pass where every value has the same byte is skipped.
func radixSort[T uint32 | uint64](a, tmp []T, lo, hi uint) {
	if len(a) == 0 {
		return
	}
	orig := a
	var count [256]int
	for shift := lo; shift < hi; shift += 8 {
		clear(count[:])
		for _, v := range a {
			count[byte(v>>shift)]++
		}
		if count[byte(a[0]>>shift)] == len(a) {
			continue
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, v := range a {
			b := byte(v >> shift)
			tmp[count[b]] = v
			count[b]++
		}
		a, tmp = tmp, a
	}
	if &a[0] != &orig[0] {
		copy(orig, a)
	}
}
