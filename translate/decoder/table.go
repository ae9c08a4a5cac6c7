package decoder

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// table holds the options of one sentence indexed by span, with their target
// word ids and the part of their score that does not depend on context.
type table struct {
	n, maxLen int
	// off[key]..off[key+1] are the options of span key = start*maxLen + len-1,
	// ordered by static score, best first.
	off []int32
	// order maps an internal option index to the caller's index.
	order []int32
	// static is the weighted phrase features and penalties of each option.
	static []float64
	// est is the weighted language-model estimate of each option's words
	// without their left context, see estimateStart.
	est []float64
	// words[wordOff[o]:wordOff[o+1]] are the target word ids of option o.
	wordOff []int32
	words   []int32
}

// newTable validates the options and indexes them by span.
func newTable(n int, options []Option, lm LM, w Weights) (*table, error) {
	t := &table{n: n, maxLen: 1}
	static := make([]float64, len(options))
	for i, o := range options {
		if err := checkOption(n, o, len(w.Phrase)); err != nil {
			return nil, fmt.Errorf("check option %d: %w", i, err)
		}
		t.maxLen = max(t.maxLen, o.End-o.Start)
		s := -w.WordPenalty*float64(len(o.Target)) - w.PhrasePenalty
		for j, f := range o.Scores {
			s += w.Phrase[j] * f
		}
		static[i] = s
	}
	t.order = make([]int32, len(options))
	for i := range t.order {
		t.order[i] = int32(i)
	}
	slices.SortStableFunc(t.order, func(a, b int32) int {
		if c := cmp.Compare(t.key(options[a]), t.key(options[b])); c != 0 {
			return c
		}
		return cmp.Compare(static[b], static[a])
	})
	t.off = make([]int32, n*t.maxLen+1)
	t.static = make([]float64, len(options))
	t.est = make([]float64, len(options))
	t.wordOff = make([]int32, 1, len(options)+1)
	start := estimateStart(lm)
	for i, ci := range t.order {
		o := options[ci]
		t.off[t.key(o)+1]++
		t.static[i] = static[ci]
		for _, word := range o.Target {
			t.words = append(t.words, lm.WordID(word))
		}
		t.wordOff = append(t.wordOff, int32(len(t.words)))
		t.est[i] = w.LM * phraseLogProb(lm, start, t.target(int32(i)))
	}
	for k := 1; k < len(t.off); k++ {
		t.off[k] += t.off[k-1]
	}
	return t, nil
}

// checkOption rejects spans outside the sentence, empty targets and wrong feature counts.
func checkOption(n int, o Option, features int) error {
	switch {
	case o.Start < 0 || o.End > n || o.Start >= o.End:
		return fmt.Errorf("%w: span [%d,%d) in a sentence of %d tokens", ErrInvalidOption, o.Start, o.End, n)
	case len(o.Target) == 0:
		return fmt.Errorf("%w: empty target", ErrInvalidOption)
	case len(o.Scores) != features:
		return fmt.Errorf("%w: %d scores for %d phrase weights", ErrInvalidOption, len(o.Scores), features)
	}
	for _, f := range o.Scores {
		if math.IsNaN(f) {
			return fmt.Errorf("%w: NaN score", ErrInvalidOption)
		}
	}
	return nil
}

// key returns the span index of an option.
func (t *table) key(o Option) int { return o.Start*t.maxLen + o.End - o.Start - 1 }

// span returns the internal option range of [s, e), empty when e-s exceeds maxLen.
func (t *table) span(s, e int) (lo, hi int32) {
	if e-s > t.maxLen {
		return 0, 0
	}
	k := s*t.maxLen + e - s - 1
	return t.off[k], t.off[k+1]
}

// target returns the word ids of internal option o.
func (t *table) target(o int32) []int32 { return t.words[t.wordOff[o]:t.wordOff[o+1]] }

// checkCoverage reports the first token no option covers, then the first
// position from which no chain of options reaches the end of the sentence.
func (t *table) checkCoverage() error {
	depth := make([]int, t.n+1)
	reach := make([]bool, t.n+1)
	reach[0] = true
	for s := 0; s < t.n; s++ {
		for e := s + 1; e <= min(t.n, s+t.maxLen); e++ {
			if lo, hi := t.span(s, e); lo < hi {
				depth[s]++
				depth[e]--
				reach[e] = reach[e] || reach[s]
			}
		}
	}
	covered, last := 0, 0
	for p := 0; p < t.n; p++ {
		if covered += depth[p]; covered == 0 {
			return &CoverageError{Pos: p, Err: ErrUncovered}
		}
		if reach[p] {
			last = p
		}
	}
	if t.n > 0 && !reach[t.n] {
		return &CoverageError{Pos: last, Err: ErrNoTiling}
	}
	return nil
}
