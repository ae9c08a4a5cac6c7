package lm

import "math/bits"

// table maps (context node, word) to the child node with open addressing and
// linear probing. Node 0 is the root and never a child, so a slot whose val is
// 0 is empty.
type table struct {
	slots []slot
	shift uint
	used  int
}

type slot struct {
	key uint64
	val int32
}

// golden is 2^64 divided by the golden ratio, for Fibonacci hashing.
const golden = 0x9E3779B97F4A7C15

// newTable returns a table that holds n entries with a load of at most 2/3.
func newTable(n int) table {
	size := tableSize(n)
	return table{slots: make([]slot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

// tableSize returns the number of slots newTable gives n entries: the least
// power of two, at least 16, that keeps the load at or below 2/3.
func tableSize(n int) int {
	size := 16
	for size*2 < n*3 {
		size *= 2
	}
	return size
}

func pack(p int32, w WordID) uint64 {
	return uint64(uint32(p))<<32 | uint64(uint32(w))
}

// get returns the child w of p, or 0 when there is none.
func (t *table) get(p int32, w WordID) int32 {
	key := pack(p, w)
	mask := uint64(len(t.slots) - 1)
	for i := (key * golden) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i&mask]
		if s.val == 0 {
			return 0
		}
		if s.key == key {
			return s.val
		}
	}
}

// getOrPut returns the child w of p, storing val as that child when there is
// none; added reports whether it did.
func (t *table) getOrPut(p int32, w WordID, val int32) (got int32, added bool) {
	if (t.used+1)*3 > len(t.slots)*2 {
		t.grow()
	}
	key := pack(p, w)
	mask := uint64(len(t.slots) - 1)
	for i := (key * golden) >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i&mask]
		if s.val == 0 {
			s.key, s.val = key, val
			t.used++
			return val, true
		}
		if s.key == key {
			return s.val, false
		}
	}
}

func (t *table) grow() {
	old := t.slots
	*t = newTable(len(old))
	for _, s := range old {
		if s.val != 0 {
			t.getOrPut(int32(s.key>>32), WordID(uint32(s.key)), s.val)
		}
	}
}
