package decoder

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// word builds a one-token option with one phrase score.
func word(pos int, target string, score float64) Option {
	return Option{Start: pos, End: pos + 1, Target: []string{target}, Scores: []float64{score}}
}

// phrase builds an option over [start, end) with one phrase score.
func phrase(start, end int, target string, score float64) Option {
	return Option{Start: start, End: end, Target: strings.Fields(target), Scores: []float64{score}}
}

// near reports whether two scores agree up to rounding.
func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*max(1, math.Abs(a), math.Abs(b))
}

// randomCase is a random sentence: every token has at least one one-word
// option, and some longer spans have options too.
type randomCase struct {
	n       int
	options []Option
	lm      *bigramLM
	w       Weights
}

// newRandomCase draws a sentence of n tokens over a vocabulary of vocab words.
func newRandomCase(rng *rand.Rand, n, vocab, perSpan, maxLen int) randomCase {
	words := make([]string, vocab)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
	}
	c := randomCase{n: n, lm: randomBigramLM(words, rng)}
	c.w = Weights{
		Phrase:        []float64{0.2 + rng.Float64(), rng.Float64()},
		LM:            0.2 + rng.Float64(),
		WordPenalty:   rng.Float64() - 0.5,
		PhrasePenalty: rng.Float64() - 0.5,
		Distortion:    rng.Float64(),
	}
	for s := 0; s < n; s++ {
		for e := s + 1; e <= min(n, s+maxLen); e++ {
			k := perSpan
			if e-s > 1 {
				k = rng.IntN(perSpan + 1)
			}
			for range k {
				target := make([]string, 1+rng.IntN(3))
				for i := range target {
					target[i] = words[rng.IntN(vocab)]
				}
				c.options = append(c.options, Option{
					Start: s, End: e, Target: target,
					Scores: []float64{-3 * rng.Float64(), -3 * rng.Float64()},
				})
			}
		}
	}
	return c
}

// checkResult verifies the invariants every result must keep: the steps
// tile the source once, respect the distortion limit, lay out the target,
// and their scores and the features add up to the result's score.
func checkResult(t *testing.T, n int, options []Option, w Weights, limit int, r Result) {
	t.Helper()
	covered := make([]bool, n)
	end, sum, words := 0, 0.0, 0
	for i, st := range r.Steps {
		o := options[st.Option]
		if jump := max(o.Start-end, end-o.Start); limit >= 0 && jump > limit {
			t.Errorf("step %d jumps %d > limit %d", i, jump, limit)
		}
		for p := o.Start; p < o.End; p++ {
			if covered[p] {
				t.Errorf("step %d covers token %d again", i, p)
			}
			covered[p] = true
		}
		if st.TgtStart != words || st.TgtEnd != words+len(o.Target) {
			t.Errorf("step %d target [%d,%d), want [%d,%d)", i, st.TgtStart, st.TgtEnd, words, words+len(o.Target))
		}
		end, sum, words = o.End, sum+st.Score, words+len(o.Target)
	}
	for p, ok := range covered {
		if !ok {
			t.Errorf("token %d not covered", p)
		}
	}
	if got := len(r.Target); got != words {
		t.Errorf("len(Target) = %d, want %d", got, words)
	}
	if got, want := w.Dot(r.Features), r.Score; !near(got, want) {
		t.Errorf("Weights.Dot(Features) = %v, want Score %v", got, want)
	}
	if got, want := sum, r.Score; !near(got, want) {
		t.Errorf("sum of step scores = %v, want Score %v", got, want)
	}
}
