package phrases

import "math"

// lexicon is the word translation table behind the lexical weights: joint
// counts of linked word pairs, with ID 0 standing for NULL on either side.
type lexicon struct {
	joint    map[uint64]int32 // f<<32 | e → c(f,e)
	srcTotal []int32          // Σe c(f,e) per source word, NULL included
	tgtTotal []int32          // Σf c(f,e) per target word, NULL included
}

func pairKey(f, e int32) uint64 { return uint64(uint32(f))<<32 | uint64(uint32(e)) }

// newLexicon counts every link of enc once and every unaligned word once as a
// link to NULL.
func newLexicon(enc *encoded) *lexicon {
	l := &lexicon{
		joint:    map[uint64]int32{},
		srcTotal: make([]int32, len(enc.srcVocab.words)),
		tgtTotal: make([]int32, len(enc.tgtVocab.words)),
	}
	var srcLinked, tgtLinked []bool
	for i := range enc.len() {
		src, tgt, links := enc.sentence(i)
		srcLinked = resetBools(srcLinked, len(src))
		tgtLinked = resetBools(tgtLinked, len(tgt))
		for _, k := range links {
			l.count(src[k.s], tgt[k.t])
			srcLinked[k.s], tgtLinked[k.t] = true, true
		}
		for j, f := range src {
			if !srcLinked[j] {
				l.count(f, 0)
			}
		}
		for j, e := range tgt {
			if !tgtLinked[j] {
				l.count(0, e)
			}
		}
	}
	return l
}

func (l *lexicon) count(f, e int32) {
	l.joint[pairKey(f, e)]++
	l.srcTotal[f]++
	l.tgtTotal[e]++
}

// wEF returns w(e|f).
func (l *lexicon) wEF(f, e int32) float64 {
	return float64(l.joint[pairKey(f, e)]) / float64(l.srcTotal[f])
}

// wFE returns w(f|e).
func (l *lexicon) wFE(f, e int32) float64 {
	return float64(l.joint[pairKey(f, e)]) / float64(l.tgtTotal[e])
}

// factors fills the log lexical factor of every word of one sentence: logT[j]
// is log of the mean w(e_j|f) over e_j's links, or log w(e_j|NULL) when it has
// none; logS likewise for w(f|e). Inside a consistent pair a word keeps all its
// links, so a pair's log lex is the sum of its words' factors.
func (l *lexicon) factors(src, tgt []int32, links []link, logS, logT []float64, nS, nT []int32) {
	for j := range src {
		logS[j], nS[j] = 0, 0
	}
	for j := range tgt {
		logT[j], nT[j] = 0, 0
	}
	for _, k := range links {
		f, e := src[k.s], tgt[k.t]
		logT[k.t] += l.wEF(f, e)
		logS[k.s] += l.wFE(f, e)
		nT[k.t]++
		nS[k.s]++
	}
	for j, f := range src {
		if nS[j] == 0 {
			logS[j] = math.Log(l.wFE(f, 0))
		} else {
			logS[j] = math.Log(logS[j] / float64(nS[j]))
		}
	}
	for j, e := range tgt {
		if nT[j] == 0 {
			logT[j] = math.Log(l.wEF(0, e))
		} else {
			logT[j] = math.Log(logT[j] / float64(nT[j]))
		}
	}
}

// resetBools returns b resized to n, all false.
func resetBools(b []bool, n int) []bool {
	b = b[:0]
	for range n {
		b = append(b, false)
	}
	return b
}
