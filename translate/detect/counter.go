package detect

// Counting the features of a language is most of training, and its cost is
// memory traffic: a feature is read and written a few times on its way to
// a count. Sorting all of a language's features (a million or two) in one
// array takes four passes over megabytes, each missing the cache. The
// counter instead drops each feature into one of 256 parts by its top bits
// as it comes; a part holds a few thousand features, which it counts in a
// hash table that stays in the processor's cache. Order does not matter:
// merge sorts the features of all languages at once.
//
// Single runes and pairs of runes are a third of the features but take a
// few thousand values in a language: they are counted in a small table of
// their own as they come, and skip the parts.
//
// For the French of TICO-19 (1.4 million features) this takes 7 ms where
// sorting all at once takes 25 ms.

// partBits is how many top bits of a feature choose its part.
const partBits = 8

// hotBits sizes the table of short n-grams; it takes new n-grams until it
// is half full, and sends the rest to the parts.
const hotBits = 12

// maxSlotBits sizes the largest part table; a part with more features than
// half its slots is sorted instead.
const maxSlotBits = 16

// counter counts the features of one language.
type counter struct {
	totals [numClasses]uint64   // features counted, per class
	hot    [1 << hotBits]uint64 // (feature+1)<<32 | count; 0 is free
	used   int
	parts  [1 << partBits][]uint32
	// slots counts the features of one part at a time: feature<<32 |
	// generation<<16 | count. A slot of another generation is free, so the
	// table needs no clearing between parts.
	slots []uint64
	gen   uint16
	found []int    // the slots the current part filled
	out   []uint64 // feature<<32 | count, for each distinct feature
	tmp   []uint32
}

// reset empties the counter, keeping its memory.
func (c *counter) reset() {
	clear(c.totals[:])
	clear(c.hot[:])
	c.used = 0
	for i := range c.parts {
		c.parts[i] = c.parts[i][:0]
	}
}

// addAll counts feats.
func (c *counter) addAll(feats []uint32) {
	for _, f := range feats {
		c.totals[f&classMask]++
		if f&classMask <= 1 && c.addHot(f) {
			continue
		}
		p := f >> (32 - partBits)
		c.parts[p] = append(c.parts[p], f)
	}
}

// addHot counts f in the table of short n-grams, and reports whether it
// could.
func (c *counter) addHot(f uint32) bool {
	const mask = 1<<hotBits - 1
	want := uint64(f) + 1
	for i := f >> (32 - hotBits); ; i = (i + 1) & mask {
		switch v := c.hot[i]; {
		case v>>32 == want:
			if uint32(v) < maxSaturate {
				c.hot[i]++
			}
			return true
		case v == 0:
			if c.used >= len(c.hot)/2 {
				return false
			}
			c.hot[i] = want<<32 | 1
			c.used++
			return true
		}
	}
}

// counts returns every distinct feature counted, with its count, as
// feature<<32 | count, in no particular order. A short n-gram may come
// twice, from the small table and from a part, with counts that add up.
// The result is valid until the next call.
func (c *counter) counts() []uint64 {
	c.out = c.out[:0]
	for _, v := range c.hot {
		if v != 0 {
			c.out = append(c.out, (v>>32-1)<<32|v&0xffffffff)
		}
	}
	if c.slots == nil {
		c.slots = make([]uint64, 1<<maxSlotBits)
	}
	for _, part := range c.parts {
		if 2*len(part) > len(c.slots) {
			c.sortPart(part)
		} else {
			c.hashPart(part)
		}
	}
	return c.out
}

// hashPart counts a part in the part table, sized to the part.
func (c *counter) hashPart(part []uint32) {
	c.gen++
	if c.gen == 0 { // wrapped: slots of old parts could pass for new ones
		clear(c.slots)
		c.gen = 1
	}
	bits := uint(1)
	for 1<<bits < 2*len(part) {
		bits++
	}
	mask := 1<<bits - 1
	gen := uint64(c.gen) << 16
	c.found = c.found[:0]
	for _, f := range part {
		i := int(f>>(32-partBits-bits)) & mask // bits under the part's
		for {
			v := c.slots[i]
			if v&0xffff0000 != gen {
				c.slots[i] = uint64(f)<<32 | gen | 1
				c.found = append(c.found, i)
				break
			}
			if uint32(v>>32) == f {
				if v&0xffff < maxSaturate {
					c.slots[i]++
				}
				break
			}
			i = (i + 1) & mask
		}
	}
	for _, i := range c.found {
		v := c.slots[i]
		c.out = append(c.out, v>>32<<32|v&0xffff)
	}
}

// sortPart counts a part too large for the part table by sorting it.
func (c *counter) sortPart(part []uint32) {
	if cap(c.tmp) < len(part) {
		c.tmp = make([]uint32, len(part))
	}
	radixSort(part, c.tmp[:len(part)], 0, 32-partBits)
	for i := 0; i < len(part); {
		f, j := part[i], i+1
		for j < len(part) && part[j] == f {
			j++
		}
		c.out = append(c.out, uint64(f)<<32|uint64(min(j-i, maxSaturate)))
		i = j
	}
}
