package decoder

import (
	"context"
	"fmt"
)

// Decode translates a sentence of n source tokens with the given options,
// which must be able to cover every token; a *CoverageError names the first
// position where they cannot. Decode does not modify options and is safe
// for concurrent use when lm is.
func Decode(ctx context.Context, n int, options []Option, lm LM, w Weights, cfg Config) (Result, error) {
	s, err := prepare(n, options, lm, w, cfg, false)
	if err != nil {
		return Result{}, err
	}
	if s == nil {
		return emptyResult(w), nil
	}
	defer s.release()
	if err := s.run(ctx); err != nil {
		return Result{}, err
	}
	best := s.stacks[n].items[0] // finish orders the stack best first
	return s.result(options, w, s.chain(nil, best), s.hyps[best].score), nil
}

// prepare validates the input and builds the search, or returns nil for an
// empty sentence.
func prepare(n int, options []Option, lm LM, w Weights, cfg Config, keepAlts bool) (*search, error) {
	if n < 0 {
		return nil, fmt.Errorf("check sentence length %d: %w", n, ErrInvalidArgument)
	}
	if lm == nil {
		return nil, fmt.Errorf("check language model: %w", ErrInvalidArgument)
	}
	t, err := newTable(n, options, lm, w)
	if err != nil {
		return nil, err
	}
	if err := t.checkCoverage(); err != nil {
		return nil, fmt.Errorf("check coverage: %w", err)
	}
	for _, p := range cfg.Ordered {
		if p < 0 || p >= n {
			return nil, fmt.Errorf("check ordered position %d of %d: %w", p, n, ErrInvalidArgument)
		}
	}
	if n == 0 {
		return nil, nil
	}
	return newSearch(t, lm, w, cfg, keepAlts), nil
}

// emptyResult is the translation of an empty sentence.
func emptyResult(w Weights) Result {
	return Result{Features: make([]float64, len(w.Phrase)+fixedFeatures)}
}

// chain appends hypothesis hi and its predecessors to dst, latest first.
func (s *search) chain(dst []int32, hi int32) []int32 {
	for ; hi >= 0; hi = s.hyps[hi].back {
		dst = append(dst, hi)
	}
	return dst
}

// result recomputes the features of the path nodes (latest first, ending
// with the empty hypothesis) and lays out its target and steps.
func (s *search) result(options []Option, w Weights, nodes []int32, score float64) Result {
	p := len(w.Phrase)
	r := Result{
		Score:    score,
		Steps:    make([]Step, 0, len(nodes)-1),
		Features: make([]float64, p+fixedFeatures),
	}
	f := make([]float64, p+fixedFeatures)
	state, end := s.lm.Begin(), 0
	for i := len(nodes) - 2; i >= 0; i-- {
		io := s.hyps[nodes[i]].option
		o := options[s.t.order[io]]
		copy(f, o.Scores)
		f[p] = 0
		for _, word := range s.t.target(io) {
			var lp float64
			lp, state = s.lm.Score(state, word)
			f[p] += lp
		}
		if i == 0 {
			f[p] += s.lm.End(state)
		}
		f[p+1] = -float64(len(o.Target))
		f[p+2] = -1
		f[p+3] = -float64(max(o.Start-end, end-o.Start))
		end = o.End
		for j, v := range f {
			r.Features[j] += v
		}
		r.Steps = append(r.Steps, Step{
			Option:   int(s.t.order[io]),
			TgtStart: len(r.Target),
			TgtEnd:   len(r.Target) + len(o.Target),
			Score:    w.Dot(f),
		})
		r.Target = append(r.Target, o.Target...)
	}
	return r
}
