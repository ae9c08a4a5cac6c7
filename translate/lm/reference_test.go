package lm

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// reference is interpolated modified Kneser-Ney computed straight from the
// formulas with string-keyed maps, independently of the trie, the backoff
// form and the States, to check them against.
type reference struct {
	order    int
	adjusted []map[string]int     // by n-gram length, keyed by joined words
	total    []map[string]float64 // by n-gram length, keyed by the context
	mass     []map[string]float64 // likewise: the discounted mass of the context
	discount []discount           // by n-gram length
	words    []string             // every word that can be predicted
}

func newReference(tb testing.TB, sentences [][]string, order int) *reference {
	tb.Helper()
	raw := make([]map[string]int, order+1)
	for k := range raw {
		raw[k] = map[string]int{}
	}
	for _, s := range sentences {
		padded := append(append([]string{bosWord}, s...), eosWord)
		for i := range padded {
			for k := 1; k <= order && i+k <= len(padded); k++ {
				raw[k][strings.Join(padded[i:i+k], " ")]++
			}
		}
	}
	r := &reference{order: order, adjusted: make([]map[string]int, order+1)}
	for k := 1; k <= order; k++ {
		r.adjusted[k] = map[string]int{}
		for g, c := range raw[k] {
			if k == order || strings.HasPrefix(g, bosWord+" ") || g == bosWord {
				r.adjusted[k][g] = c
			}
		}
		if k > 1 {
			for g := range raw[k] { // every left extension v·g' adds one to g'
				r.adjusted[k-1][g[strings.Index(g, " ")+1:]]++
			}
		}
	}
	r.estimate()
	return r
}

func (r *reference) estimate() {
	r.total = make([]map[string]float64, r.order+1)
	r.mass = make([]map[string]float64, r.order+1)
	r.discount = make([]discount, r.order+1)
	for k := 1; k <= r.order; k++ {
		var n [5]int
		for g, a := range r.adjusted[k] {
			if g != bosWord && a <= 4 {
				n[a]++
			}
		}
		r.discount[k] = estimateDiscount(n)
		r.total[k], r.mass[k] = map[string]float64{}, map[string]float64{}
		for g, a := range r.adjusted[k] {
			if g == bosWord {
				continue
			}
			h := ""
			if i := strings.LastIndex(g, " "); i >= 0 {
				h = g[:i]
			}
			r.total[k][h] += float64(a)
			r.mass[k][h] += r.discount[k].of(int32(a))
		}
	}
	r.words = []string{unkWord}
	for g := range r.adjusted[1] {
		if g != bosWord && g != unkWord {
			r.words = append(r.words, g)
		}
	}
}

// prob returns P(w | h) by the interpolation formula.
func (r *reference) prob(h []string, w string) float64 {
	if len(h) >= r.order {
		h = h[len(h)-r.order+1:]
	}
	lower := 1 / float64(len(r.words))
	if len(h) > 0 {
		lower = r.prob(h[1:], w)
	}
	k, key := len(h)+1, strings.Join(h, " ")
	total := r.total[k][key]
	if total == 0 {
		return lower
	}
	p := r.mass[k][key] / total * lower
	if a := r.adjusted[k][strings.TrimPrefix(key+" "+w, " ")]; a > 0 {
		p += (float64(a) - r.discount[k].of(int32(a))) / total
	}
	return p
}

// context returns the longest suffix of h that begins a longer n-gram.
func (r *reference) context(h []string) string {
	for i := range h {
		if k := len(h) - i + 1; k <= r.order && r.total[k][strings.Join(h[i:], " ")] > 0 {
			return strings.Join(h[i:], " ")
		}
	}
	return ""
}

// randomCorpus returns n sentences of 1 to 8 words drawn unevenly from size
// words, so that every count-of-counts is non-zero.
func randomCorpus(n, size int) [][]string {
	rng := rand.New(rand.NewPCG(1, 2))
	sentences := make([][]string, n)
	for i := range sentences {
		s := make([]string, 1+rng.IntN(8))
		for j := range s {
			s[j] = fmt.Sprintf("w%d", min(rng.IntN(size), rng.IntN(size)))
		}
		sentences[i] = s
	}
	return sentences
}

// histories returns every sequence of n symbols, each also after <s>.
func histories(symbols []string, n int) [][]string {
	all := [][]string{{}}
	for range n {
		var longer [][]string
		for _, h := range all {
			for _, s := range symbols {
				longer = append(longer, append(h[:len(h):len(h)], s))
			}
		}
		all = longer
	}
	for _, h := range all[:len(all):len(all)] {
		if len(h) > 0 && h[0] == symbols[0] {
			all = append(all, append([]string{bosWord}, h[1:]...))
		}
	}
	return all
}
