package align

import "math"

// scratch holds per-token buffers sized to the longest generating sentence.
type scratch struct {
	prior []float64 // alignment prior of each generating position
	feat  []float64 // diagonal feature of each generating position
	post  []float64 // unnormalised posterior of each generating position
}

// newScratch returns buffers for sentences of up to n generating tokens.
func newScratch(n int) *scratch {
	buf := make([]float64, 3*n)
	return &scratch{prior: buf[:n:n], feat: buf[n : 2*n : 2*n], post: buf[2*n:]}
}

// workspace holds the expected counts of one E-step and the buffers it reuses.
type workspace struct {
	*scratch
	counts     []float64 // expected counts by co-occurrence ID
	nullCounts []float64 // expected NULL counts by aligned word ID
	totals     []float64 // row totals by generating word ID, for normalisation
	classes    []sizeClass
	emp        float64 // posterior-weighted sum of the diagonal feature
	mass       float64 // posterior mass of non-NULL links
	logLik     float64 // log-likelihood of the corpus under the E-step's parameters
}

// newWorkspace allocates everything m's EM loop needs, once.
func newWorkspace(m *Model) *workspace {
	genVocab := len(m.c.srcWords)
	if m.reverse {
		genVocab = len(m.c.tgtWords)
	}
	return &workspace{
		scratch:    newScratch(m.maxInner),
		counts:     make([]float64, len(m.prob)),
		nullCounts: make([]float64, len(m.nullProb)),
		totals:     make([]float64, genVocab),
		classes:    sizeClasses(m),
	}
}

// expect runs one E-step over the corpus, leaving expected counts in w.
func (m *Model) expect(w *workspace, diagonal bool) {
	clear(w.counts)
	clear(w.nullCounts)
	w.emp, w.mass, w.logLik = 0, 0, 0
	for s, grid := range m.c.grids {
		aligned, inner, so, sk := m.view(s)
		if inner == 0 {
			continue
		}
		for o, word := range aligned {
			nullPrior := m.fillPrior(w.scratch, o, len(aligned), inner, diagonal)
			m.expectToken(w, grid[o*so:], sk, inner, word, nullPrior)
		}
	}
}

// expectToken adds the posterior link distribution of one aligned token to w.
// cells[k*stride] is the co-occurrence ID of the token and generating position k.
func (m *Model) expectToken(w *workspace, cells []int32, stride, inner int, word int32, nullPrior float64) {
	pNull := nullPrior * m.nullProb[word]
	sum := pNull
	post := w.post[:inner]
	for k, prior := range w.prior[:inner] {
		p := prior * m.prob[cells[k*stride]]
		post[k] = p
		sum += p
	}
	// Smoothing keeps sum positive; the guard only protects against underflow.
	if !(sum > 0) || math.IsInf(sum, 0) {
		return
	}
	inv := 1 / sum
	w.logLik += math.Log(sum)
	w.nullCounts[word] += pNull * inv
	w.mass += 1 - pNull*inv
	feat := w.feat[:inner]
	for k, p := range post {
		q := p * inv
		w.counts[cells[k*stride]] += q
		w.emp += q * feat[k]
	}
}

// fillPrior writes the alignment prior of aligned position o (of outer) over
// inner generating positions into sc.prior, the diagonal feature into sc.feat,
// and returns the prior of NULL. Model 1's prior is uniform over NULL and
// every position.
func (m *Model) fillPrior(sc *scratch, o, outer, inner int, diagonal bool) float64 {
	prior := sc.prior[:inner]
	if !diagonal {
		u := 1 / float64(inner+1)
		fill(prior, u)
		clear(sc.feat[:inner])
		return u
	}
	z := diagonalWeights(prior, sc.feat[:inner], o, outer, m.tension)
	scale := (1 - m.opt.NullProb) / z
	for k := range prior {
		prior[k] *= scale
	}
	return m.opt.NullProb
}
