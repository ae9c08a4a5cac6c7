package align

import (
	"errors"
	"math"
)

// errTooManyPairs reports a corpus whose distinct co-occurring word pairs overflow int32 indices.
var errTooManyPairs = errors.New("too many co-occurring word pairs")

// corpus is a parallel corpus as word IDs plus, for every sentence pair, a grid
// naming the lexical parameter of each (target, source) position. Both
// directions share it: a co-occurrence ID indexes t(tgt|src) in one direction
// and t(src|tgt) in the other.
type corpus struct {
	src, tgt [][]int32 // word IDs of each sentence, subslices of one backing array per side
	srcWords map[string]int32
	tgtWords map[string]int32
	// grids[s][i*len(src[s])+j] is the co-occurrence ID of target token i and source token j.
	grids [][]int32
	// coocSrc and coocTgt name the source and target word of each co-occurrence ID.
	// IDs are numbered source word by source word, so rowStart[e] is the
	// first ID whose source word is e.
	coocSrc, coocTgt []int32
	rowStart         []int32
}

// newCorpus interns the words of pairs and indexes every co-occurrence.
func newCorpus(pairs []Pair) (*corpus, error) {
	c := &corpus{
		src:      make([][]int32, len(pairs)),
		tgt:      make([][]int32, len(pairs)),
		grids:    make([][]int32, len(pairs)),
		srcWords: make(map[string]int32),
		tgtWords: make(map[string]int32),
	}
	var srcToks, tgtToks, cells int
	for _, p := range pairs {
		srcToks += len(p.Src)
		tgtToks += len(p.Tgt)
		cells += len(p.Src) * len(p.Tgt)
	}
	srcIDs := make([]int32, 0, srcToks)
	tgtIDs := make([]int32, 0, tgtToks)
	grid := make([]int32, cells)
	for s, p := range pairs {
		c.src[s], srcIDs = intern(srcIDs, p.Src, c.srcWords)
		c.tgt[s], tgtIDs = intern(tgtIDs, p.Tgt, c.tgtWords)
		size := len(p.Src) * len(p.Tgt)
		c.grids[s], grid = grid[:size:size], grid[size:]
	}
	if err := c.index(srcToks); err != nil {
		return nil, err
	}
	return c, nil
}

// index numbers the co-occurring word pairs and fills the grids. It walks the
// corpus source word by source word, so a dense "last seen" array over target
// words replaces a hash map of pairs.
func (c *corpus) index(srcToks int) error {
	// occurrences lists every (sentence, position) of each source word.
	type occurrence struct{ s, j int32 }
	start := make([]int32, len(c.srcWords)+1)
	for _, sentence := range c.src {
		for _, e := range sentence {
			start[e+1]++
		}
	}
	for e := range len(c.srcWords) {
		start[e+1] += start[e]
	}
	occurrences := make([]occurrence, srcToks)
	next := append([]int32(nil), start[:len(start)-1]...)
	for s, sentence := range c.src {
		for j, e := range sentence {
			occurrences[next[e]] = occurrence{int32(s), int32(j)}
			next[e]++
		}
	}
	seenBy := make([]int32, len(c.tgtWords)) // source word+1 that last numbered each target word
	idOf := make([]int32, len(c.tgtWords))
	c.rowStart = make([]int32, len(c.srcWords)+1)
	for e := range len(c.srcWords) {
		c.rowStart[e] = int32(len(c.coocSrc))
		for _, oc := range occurrences[start[e]:start[e+1]] {
			n := len(c.src[oc.s])
			for i, f := range c.tgt[oc.s] {
				if seenBy[f] != int32(e)+1 {
					if len(c.coocSrc) == math.MaxInt32 {
						return errTooManyPairs
					}
					seenBy[f], idOf[f] = int32(e)+1, int32(len(c.coocSrc))
					c.coocSrc = append(c.coocSrc, int32(e))
					c.coocTgt = append(c.coocTgt, f)
				}
				c.grids[oc.s][i*n+int(oc.j)] = idOf[f]
			}
		}
	}
	c.rowStart[len(c.srcWords)] = int32(len(c.coocSrc))
	return nil
}

// intern appends the IDs of words to ids, adding new words to vocab, and
// returns the appended part (capacity-limited so it cannot clobber its
// neighbours) and the grown backing slice.
func intern(ids []int32, words []string, vocab map[string]int32) (sentence, grown []int32) {
	start := len(ids)
	for _, w := range words {
		id, ok := vocab[w]
		if !ok {
			id = int32(len(vocab))
			vocab[w] = id
		}
		ids = append(ids, id)
	}
	return ids[start:len(ids):len(ids)], ids
}

// cooc returns the co-occurrence ID of words src and tgt, if they ever share a sentence pair.
func (c *corpus) cooc(src, tgt string) (int32, bool) {
	e, ok := c.srcWords[src]
	if !ok {
		return 0, false
	}
	f, ok := c.tgtWords[tgt]
	if !ok {
		return 0, false
	}
	for id := c.rowStart[e]; id < c.rowStart[e+1]; id++ {
		if c.coocTgt[id] == f {
			return id, true
		}
	}
	return 0, false
}
