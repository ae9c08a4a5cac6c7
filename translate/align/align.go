package align

import (
	"cmp"
	"context"
	"fmt"
	"sync"
)

// Pair is one tokenized sentence pair.
type Pair struct{ Src, Tgt []string }

// Link aligns source token Src with target token Tgt (0-based positions).
type Link struct{ Src, Tgt int }

// compareLinks orders links by (Src, Tgt).
func compareLinks(a, b Link) int {
	return cmp.Or(cmp.Compare(a.Src, b.Src), cmp.Compare(a.Tgt, b.Tgt))
}

// Directional aligns every target token of pairs to at most one source token
// (or NULL): IBM Model 1 iterations initialise a diagonal-favouring IBM Model
// 2, and the Viterbi alignment of every pair is returned, sorted by (Src, Tgt).
func Directional(ctx context.Context, pairs []Pair, opt Options) ([][]Link, error) {
	m, err := Train(ctx, pairs, opt)
	if err != nil {
		return nil, err
	}
	return m.Links(), nil
}

// Bidirectional trains source→target and target→source models concurrently
// and combines the two alignments of every pair with grow-diag-final-and.
// opt.Progress counts the iterations of both directions together and is
// never called concurrently.
func Bidirectional(ctx context.Context, pairs []Pair, opt Options) ([][]Link, error) {
	c, err := newCorpus(pairs)
	if err != nil {
		return nil, fmt.Errorf("index corpus: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	opt = opt.resolved()
	opt.Progress = joinProgress(opt.Progress, 2*opt.total())
	var links [2][][]Link
	var errs [2]error
	var wg sync.WaitGroup
	for d := range links {
		wg.Go(func() {
			m, err := train(ctx, c, d == 1, opt)
			if err != nil {
				errs[d] = err
				cancel() // the other direction is wasted work now
				return
			}
			links[d] = m.Links()
		})
	}
	wg.Wait()
	if err := cmp.Or(errs[0], errs[1]); err != nil {
		return nil, err
	}
	out := make([][]Link, len(pairs))
	for s := range out {
		out[s] = Symmetrize(links[0][s], links[1][s], len(pairs[s].Src), len(pairs[s].Tgt))
	}
	return out, nil
}

// joinProgress turns per-direction reports into one serialised count of all
// iterations, since both directions report from their own goroutines.
func joinProgress(report func(done, total int), total int) func(done, total int) {
	if report == nil {
		return nil
	}
	var mu sync.Mutex
	done := 0
	return func(int, int) {
		mu.Lock()
		defer mu.Unlock()
		done++
		report(done, total)
	}
}
