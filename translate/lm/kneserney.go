package lm

import "math"

// bosNode is the unigram <s>, excluded from every distribution.
const bosNode = 1 + bos

// discount holds the modified Kneser-Ney discounts D1, D2 and D3+ at
// indexes 1 to 3; index 0 is for a zero count.
type discount [4]float64

// fallbackDiscount is used when count-of-counts cannot estimate discounts,
// as on tiny corpora; the values are KenLM's --discount_fallback.
var fallbackDiscount = discount{0, 0.5, 1, 1.5}

func (d *discount) of(count int32) float64 {
	return d[min(count, 3)]
}

// estimateDiscount applies Chen & Goodman's estimates to the count-of-counts
// n[1..4] of one order, falling back as a whole when any of them is zero or
// any discount leaves (0, i].
func estimateDiscount(n [5]int) discount {
	for _, c := range n[1:] {
		if c == 0 {
			return fallbackDiscount
		}
	}
	n1, n2, n3, n4 := float64(n[1]), float64(n[2]), float64(n[3]), float64(n[4])
	y := n1 / (n1 + 2*n2)
	d := discount{0, 1 - 2*y*n2/n1, 2 - 3*y*n3/n2, 3 - 4*y*n4/n3}
	for i := 1; i <= 3; i++ {
		if !(d[i] > 0 && d[i] <= float64(i)) {
			return fallbackDiscount
		}
	}
	return d
}

// estimate sets every node's log probability and every context's backoff by
// interpolated modified Kneser-Ney from raw counts, lowest order first so
// that each n-gram finds its lower-order probability ready.
func (m *Model) estimate(raw []int32) {
	adjusted := m.adjustedCounts(raw)
	prob := make([]float64, len(m.nodes))
	for k := 1; k+1 < len(m.levels); k++ {
		d := m.levelDiscount(adjusted, k)
		hi := m.levels[k+1]
		for lo := m.levels[k]; lo < hi; {
			end := lo + 1
			for end < hi && m.parent[end] == m.parent[lo] {
				end++
			}
			m.estimateSiblings(adjusted, prob, &d, lo, end)
			lo = end
		}
	}
}

// adjustedCounts returns the counts Kneser-Ney discounts: raw counts at the
// highest order and for n-grams that start with <s> (which have no left
// extension), continuation counts N1+(• g) for every other n-gram g.
func (m *Model) adjustedCounts(raw []int32) []int32 {
	adjusted := make([]int32, len(m.nodes))
	for i := int(m.levels[min(2, len(m.levels)-1)]); i < len(m.nodes); i++ {
		adjusted[m.nodes[i].suffix]++
	}
	fromBOS := make([]bool, len(m.nodes))
	for k := 1; k+1 < len(m.levels); k++ {
		for i := m.levels[k]; i < m.levels[k+1]; i++ {
			fromBOS[i] = i == bosNode || fromBOS[m.parent[i]]
			if k == m.order || fromBOS[i] {
				adjusted[i] = raw[i]
			}
		}
	}
	return adjusted
}

// levelDiscount estimates the discounts of the n-grams of length k.
func (m *Model) levelDiscount(adjusted []int32, k int) discount {
	var n [5]int
	for i := m.levels[k]; i < m.levels[k+1]; i++ {
		if a := adjusted[i]; i != bosNode && a >= 1 && a <= 4 {
			n[a]++
		}
	}
	return estimateDiscount(n)
}

// estimateSiblings handles the children [lo, hi) of one context h:
//
//	P(w|h) = (a(h·w) - D(a(h·w))) / Σ_v a(h·v) + γ(h)·P(w|h'),
//	γ(h)   = Σ_v D(a(h·v)) / Σ_v a(h·v),
//
// where h' is h without its first word and, below the unigrams, P is uniform
// over every word but <s>.
func (m *Model) estimateSiblings(adjusted []int32, prob []float64, d *discount, lo, hi int32) {
	var total, mass float64
	for c := lo; c < hi; c++ {
		if c != bosNode {
			total += float64(adjusted[c])
			mass += d.of(adjusted[c])
		}
	}
	gamma := 1.0
	if total > 0 {
		gamma = mass / total
	}
	h := m.parent[lo]
	if h != 0 {
		m.nodes[h].backoff = math.Log(gamma)
	}
	uniform := 1 / float64(len(m.vocab.words)-1)
	for c := lo; c < hi; c++ {
		if c == bosNode {
			m.nodes[c].logProb = impossible
			continue
		}
		lower := uniform
		if h != 0 {
			lower = prob[m.nodes[c].suffix]
		}
		p := gamma * lower
		if a := adjusted[c]; a > 0 {
			p += (float64(a) - d.of(a)) / total
		}
		prob[c] = p
		m.nodes[c].logProb = math.Log(p)
	}
}
