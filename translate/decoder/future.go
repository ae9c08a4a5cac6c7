package decoder

import "math"

// futureCosts returns the best score of translating each span [a, b) on its
// own, at index a*(n+1)+b: spans are translated by their best option or by
// the best split into two translatable parts, -Inf when no options tile
// them, and 0 when empty. An option is valued by its static score plus its
// language-model estimate. The table reuses buf's memory.
func futureCosts(t *table, buf []float64) []float64 {
	n := t.n
	fc := append(buf[:0], make([]float64, (n+1)*(n+1))...)
	for length := 1; length <= n; length++ {
		for a := 0; a+length <= n; a++ {
			b := a + length
			best := math.Inf(-1)
			lo, hi := t.span(a, b)
			for o := lo; o < hi; o++ {
				best = max(best, t.static[o]+t.est[o])
			}
			for m := a + 1; m < b; m++ {
				best = max(best, fc[a*(n+1)+m]+fc[m*(n+1)+b])
			}
			fc[a*(n+1)+b] = best
		}
	}
	return fc
}

// estimateStart returns the state from which phrases are scored without
// their left context: the null context when the model has one (NullContext),
// else the start of the sentence.
func estimateStart(lm LM) int32 {
	if nc, ok := lm.(NullContext); ok {
		return nc.Null()
	}
	return lm.Begin()
}

// phraseLogProb scores words in sequence from state.
func phraseLogProb(lm LM, state int32, words []int32) float64 {
	lp := 0.0
	for _, w := range words {
		var p float64
		p, state = lm.Score(state, w)
		lp += p
	}
	return lp
}
