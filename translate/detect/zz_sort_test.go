package detect

import (
	"math/bits"
	"testing"
)

func radix11(a, tmp []uint32) {
	orig := a
	var count [2048]int
	for shift := uint(0); shift < 32; shift += 11 {
		clear(count[:])
		for _, v := range a {
			count[(v>>shift)&2047]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, v := range a {
			b := (v >> shift) & 2047
			tmp[count[b]] = v
			count[b]++
		}
		a, tmp = tmp, a
	}
	if &a[0] != &orig[0] {
		copy(orig, a)
	}
}

func countTable(a []uint32) int {
	size := 1 << bits.Len(uint(len(a)))
	keys := make([]uint64, size) // key<<32|count, key+1 to avoid zero
	mask := uint32(size - 1)
	n := 0
	for _, f := range a {
		k := uint64(f) + 1
		i := (f * 0x9e3779b1) >> (32 - uint(bits.Len(uint(size))-1)) & mask
		for {
			v := keys[i]
			if v == 0 {
				keys[i] = k<<32 | 1
				n++
				break
			}
			if v>>32 == k {
				keys[i]++
				break
			}
			i = (i + 1) & mask
		}
	}
	return n
}

func scratchFeats(b *testing.B) []uint32 {
	train := loadTICO(b, "train")
	var w countWork
	w.scriptsIn = resize(w.scriptsIn, len(scriptNames()))
	for _, text := range train["fr"] {
		w.feats = defaultTraining.features.appendText(w.feats, &w.scanner, text, w.scriptsIn)
	}
	return w.feats
}

func BenchmarkZRadix8(b *testing.B) {
	f := scratchFeats(b)
	a, tmp := make([]uint32, len(f)), make([]uint32, len(f))
	for b.Loop() {
		copy(a, f)
		radixSort(a, tmp, 0)
	}
}
func BenchmarkZRadix11(b *testing.B) {
	f := scratchFeats(b)
	a, tmp := make([]uint32, len(f)), make([]uint32, len(f))
	for b.Loop() {
		copy(a, f)
		radix11(a, tmp)
	}
}
func BenchmarkZTable(b *testing.B) {
	f := scratchFeats(b)
	for b.Loop() {
		countTable(f)
	}
}
func BenchmarkZMap(b *testing.B) {
	f := scratchFeats(b)
	for b.Loop() {
		m := make(map[uint32]uint32, len(f)/2)
		for _, x := range f {
			m[x]++
		}
	}
}
