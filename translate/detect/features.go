package detect

import "slices"

// A feature is a uint32: a hash in the top 29 bits and its class in the
// low 3. Hashing lets the model keep no strings; with the three million
// distinct features of 36 languages of TICO-19, 29 bits make about one in
// two hundred share a key, which blurs a few counts and costs no accuracy.
const (
	classBits  = 3
	classMask  = 1<<classBits - 1
	numClasses = 1 << classBits
	maxOrder   = 5            // longest character n-gram
	classWord  = maxOrder     // a whole word
	classPair  = maxOrder + 1 // two words in a row
	maxWordLen = 24           // longer "words" are runs of unspaced scripts
	fnvOffset  = 14695981039346656037
	fnvPrime   = 1099511628211
	pairSeed   = 0xbf58476d1ce4e5b9 // sets pair hashes apart from word hashes
)

// featureConfig chooses the features a model reads.
type featureConfig struct {
	orders int  // character n-grams of 1..orders runes
	words  bool // whole words
	pairs  bool // pairs of adjacent words
}

// mix adds rune r to hash h (FNV-1a over runes).
func mix(h uint64, r rune) uint64 { return (h ^ uint64(r)) * fnvPrime }

// key folds hash h into a feature of class c; the multiplication brings
// every bit of h into the top half.
func key(h uint64, c int) uint32 {
	return uint32((h*0x9e3779b97f4a7c15)>>32)&^classMask | uint32(c)
}

// appendWord appends the features of a word to dst and returns them with
// the hash of the whole word, which pairs need. The word comes padded with
// a space on both sides (see wordScanner.padded), so that n-grams mark
// where words begin and end; the lone space is no feature.
func (c featureConfig) appendWord(dst []uint32, padded []rune) ([]uint32, uint64) {
	n := len(padded)
	dst = slices.Grow(dst, n*c.orders+1)
	for i := range n - 1 { // the final space starts no n-gram but itself
		h := uint64(fnvOffset)
		for j := i; j < min(i+c.orders, n); j++ {
			h = mix(h, padded[j])
			if j > 0 {
				dst = append(dst, key(h, j-i))
			}
		}
	}
	h := uint64(fnvOffset)
	for _, r := range padded[1 : n-1] {
		h = mix(h, r)
	}
	if c.words && n-2 <= maxWordLen {
		dst = append(dst, key(h, classWord))
	}
	return dst, h
}

// appendText appends the features of every word of text to dst, using s
// to scan it, and adds the letters of each script to scripts (indexed as
// scriptNames) when scripts is not nil.
func (c featureConfig) appendText(dst []uint32, s *wordScanner, text string, scripts []int) []uint32 {
	s.reset(text)
	var prev uint64
	first := true
	for s.next() {
		var h uint64
		dst, h = c.appendWord(dst, s.padded)
		if c.pairs && !first {
			dst = append(dst, key(prev*pairSeed^h, classPair))
		}
		prev, first = h, false
		if scripts != nil && s.script < len(scripts) {
			scripts[s.script] += s.letters
		}
	}
	return dst
}
