package align

import "math"

// tensionSteps bounds the Newton steps re-estimating the tension per EM iteration.
const tensionSteps = 8

// sizeClass counts the sentence pairs of one shape: outer aligned tokens, inner generating ones.
type sizeClass struct {
	outer, inner int
	count        float64
}

// diagonalWeights writes the unnormalised diagonal prior exp(tension·h) of
// aligned position o (of outer) for every generating position into weights,
// the feature h itself into feats, and returns the weights' sum.
//
// The feature is fast_align's -|i/m - j/n|, measured at token centres so that
// the first and the last tokens of a pair both lie on the diagonal.
func diagonalWeights(weights, feats []float64, o, outer int, tension float64) (z float64) {
	n := len(weights)
	if n == 0 {
		return 0
	}
	x := (float64(o) + 0.5) / float64(outer)
	for k := range feats {
		feats[k] = -math.Abs(x - (float64(k)+0.5)/float64(n))
	}
	// Every step away from x lowers the feature by 1/n, so the weights on
	// either side of x form geometric series: two exponentials suffice.
	ratio := math.Exp(-tension / float64(n))
	split := min(max(int(math.Ceil(x*float64(n)-0.5)), 0), n) // first position at or after x
	if split < n {
		w := math.Exp(tension * feats[split])
		for k := split; k < n; k++ {
			weights[k] = w
			z += w
			w *= ratio
		}
	}
	if split > 0 {
		w := math.Exp(tension * feats[split-1])
		for k := split - 1; k >= 0; k-- {
			weights[k] = w
			z += w
			w *= ratio
		}
	}
	return z
}

// sizeClasses counts the sentence shapes of m's corpus, which is all the
// tension's M-step needs from it.
func sizeClasses(m *Model) []sizeClass {
	index := make(map[[2]int]int)
	var classes []sizeClass
	for s := range m.c.grids {
		aligned, inner, _, _ := m.view(s)
		if len(aligned) == 0 || inner == 0 {
			continue
		}
		key := [2]int{len(aligned), inner}
		i, ok := index[key]
		if !ok {
			i = len(classes)
			index[key] = i
			classes = append(classes, sizeClass{outer: len(aligned), inner: inner})
		}
		classes[i].count++
	}
	return classes
}

// fitTension moves m's tension by Newton steps until the prior's mean diagonal
// feature matches target, the posterior mean of the last E-step. This
// maximises the expected log-likelihood in the tension when every token weighs
// the same; the log-partition is convex, so Newton steps are safe.
func (m *Model) fitTension(w *workspace, target float64) {
	tension := m.tension
	for range tensionSteps {
		mean, variance := diagonalMoments(w, tension)
		if !(variance > 0) {
			break
		}
		next := clamp(tension+(target-mean)/variance, minTension, maxTension)
		step := math.Abs(next - tension)
		tension = next
		if step < 1e-6 {
			break
		}
	}
	m.tension = tension
}

// diagonalMoments returns the per-token mean and variance of the diagonal
// feature under the normalised prior with the given tension, over w's size
// classes. It uses w's per-token buffers.
func diagonalMoments(w *workspace, tension float64) (mean, variance float64) {
	var tokens float64
	for _, c := range w.classes {
		weights, feats := w.prior[:c.inner], w.feat[:c.inner]
		for o := range c.outer {
			z := diagonalWeights(weights, feats, o, c.outer, tension)
			var e1, e2 float64
			for k, x := range weights {
				h := feats[k]
				e1 += x * h
				e2 += x * h * h
			}
			e1 /= z
			e2 /= z
			mean += c.count * e1
			variance += c.count * (e2 - e1*e1)
		}
		tokens += c.count * float64(c.outer)
	}
	if tokens == 0 {
		return 0, 0
	}
	return mean / tokens, variance / tokens
}
