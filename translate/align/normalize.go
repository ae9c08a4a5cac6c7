package align

import "math"

// minProb floors every estimated probability so no co-occurring pair is ever
// ruled out and no token's posterior sum can reach zero.
const minProb = 1e-12

// logMinProb is ln(minProb).
var logMinProb = math.Log(minProb)

// normalize is the M-step of the lexical tables: expected counts become
// conditional probabilities per generating word (and for NULL).
func (m *Model) normalize(w *workspace) {
	alpha := m.opt.Alpha
	if m.opt.MaxLikelihood {
		alpha = 0
	}
	norms := w.totals
	clear(norms)
	for id, c := range w.counts {
		norms[m.gen[id]] += c + alpha
	}
	for g, total := range norms {
		norms[g] = m.norm(total)
	}
	for id, c := range w.counts {
		m.prob[id] = m.estimate(c+alpha, norms[m.gen[id]])
	}
	var nullTotal float64
	for _, c := range w.nullCounts {
		nullTotal += c + alpha
	}
	nullNorm := m.norm(nullTotal)
	for word, c := range w.nullCounts {
		m.nullProb[word] = m.estimate(c+alpha, nullNorm)
	}
}

// norm turns a row total into what estimate needs: the total itself under
// maximum likelihood, its digamma under variational Bayes. An empty row gets
// +Inf, so its entries fall to the floor instead of dividing by zero.
func (m *Model) norm(total float64) float64 {
	switch {
	case !(total > 0):
		return math.Inf(1)
	case m.opt.MaxLikelihood:
		return total
	}
	return digamma(total)
}

// estimate turns a (pseudo-)count and its row's norm into a probability:
// count/total under maximum likelihood, exp(ψ(count) - ψ(total)) under
// variational Bayes, which discounts rare events and so keeps rare words from
// collecting links ("garbage collection").
func (m *Model) estimate(count, norm float64) float64 {
	if m.opt.MaxLikelihood {
		return max(count/norm, minProb)
	}
	// Most co-occurrences keep tiny counts. As ψ(x) < ln(1+x) - 1/x < x - 1/x,
	// a cheap bound sends them to the floor without a digamma and an exponential.
	if count-1/count < norm+logMinProb {
		return minProb
	}
	return max(math.Exp(digamma(count)-norm), minProb)
}

// digamma returns ψ(x) for x > 0: the recurrence ψ(x) = ψ(x+1) - 1/x lifts x
// to at least 10, where the asymptotic series is accurate to double precision.
func digamma(x float64) float64 {
	var shift float64
	for x < 10 {
		shift -= 1 / x
		x++
	}
	f := 1 / (x * x)
	series := f * (1.0/12 - f*(1.0/120-f*(1.0/252-f*(1.0/240-f/132))))
	return shift + math.Log(x) - 0.5/x - series
}
