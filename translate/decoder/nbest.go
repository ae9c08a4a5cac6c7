package decoder

import (
	"container/heap"
	"context"
	"fmt"
	"strings"
)

// popsPerResult bounds the derivations NBest examines per requested result:
// many derivations (segmentations, orders) can yield the same target.
const popsPerResult = 50

// NBest returns up to k translations with distinct targets, best first. The
// search is Decode's; the recombined alternatives it keeps are then
// enumerated best first, examining at most 50·k derivations.
func NBest(ctx context.Context, n int, options []Option, lm LM, w Weights, cfg Config, k int) ([]Result, error) {
	if k <= 0 {
		return nil, fmt.Errorf("check n-best size %d: %w", k, ErrInvalidArgument)
	}
	s, err := prepare(n, options, lm, w, cfg, true)
	if err != nil {
		return nil, err
	}
	if s == nil {
		return []Result{emptyResult(w)}, nil
	}
	defer s.release()
	if err := s.run(ctx); err != nil {
		return nil, err
	}
	return s.nbest(options, w, k), nil
}

// path is a complete derivation: its parent path with the hypothesis at
// position at (counted from the complete end) replaced by the recombined
// alternative node, or, without a parent, the chain of node.
type path struct {
	parent *path
	at     int
	node   int32
	score  float64
	nodes  []int32 // materialised when popped, latest first
}

// materialise fills p.nodes from its parent and its alternative's chain.
func (s *search) materialise(p *path) {
	if p.parent == nil {
		p.nodes = s.chain(nil, p.node)
		return
	}
	p.nodes = append(make([]int32, 0, len(p.parent.nodes)), p.parent.nodes[:p.at]...)
	p.nodes = s.chain(p.nodes, p.node)
}

// nbest enumerates derivations best first, each one derived from its parent
// by a single swap after the parent's own swap, so each is seen once.
func (s *search) nbest(options []Option, w Weights, k int) []Result {
	var queue paths
	for _, hi := range s.stacks[s.n].items {
		queue = append(queue, &path{at: -1, node: hi, score: s.hyps[hi].score})
	}
	heap.Init(&queue)
	seen := make(map[string]bool)
	var out []Result
	for pops := 0; len(queue) > 0 && len(out) < k && pops < popsPerResult*k; pops++ {
		p := heap.Pop(&queue).(*path)
		s.materialise(p)
		r := s.result(options, w, p.nodes, p.score)
		if key := strings.Join(r.Target, "\x00"); !seen[key] {
			seen[key] = true
			out = append(out, r)
		}
		for i := p.at + 1; i < len(p.nodes)-1; i++ {
			win := s.hyps[p.nodes[i]]
			for a := win.alt; a >= 0; a = s.hyps[a].alt {
				heap.Push(&queue, &path{
					parent: p, at: i, node: a,
					score: p.score - (win.score - s.hyps[a].score),
				})
			}
		}
	}
	return out
}

// paths is a max-heap of derivations by score.
type paths []*path

func (q paths) Len() int           { return len(q) }
func (q paths) Less(i, j int) bool { return q[i].score > q[j].score }
func (q paths) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *paths) Push(x any)        { *q = append(*q, x.(*path)) }
func (q *paths) Pop() any {
	old := *q
	p := old[len(old)-1]
	*q = old[:len(old)-1]
	return p
}
