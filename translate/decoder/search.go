package decoder

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// errNoHypothesis reports an empty final stack, which the coverage checks
// and the distortion rules should make impossible.
var errNoHypothesis = errors.New("no complete hypothesis")

// search is the state of decoding one sentence.
type search struct {
	n, words  int // sentence length; uint64 words per coverage set
	t         *table
	fc        []float64 // future costs by span, see futureCosts
	zob       []uint64  // coverage hash prefixes, see spanHashes
	lm        LM
	wLM       float64
	wDist     float64
	limit     int // distortion limit, negative for none
	beam      int
	threshold float64
	popLimit  int // cells popped per stack by cube pruning, 0 for stack decoding
	// bound allows skipping a candidate before its LM score is complete:
	// log-probabilities are never positive, so with a non-negative LM weight
	// they can only lower the candidate's priority.
	bound     bool
	ignoreEnd bool // the last end changes neither score nor constraints
	keepAlts  bool // keep recombination losers for n-best lists

	hyps    []hyp
	covs    []uint64
	stacks  []stack
	gaps    []gap
	scratch []uint64
	// Cube pruning: the finished stacks' hypotheses grouped by coverage,
	// stack k's groups at groups[groupOff[k]:groupOff[k+1]].
	sources  []int32
	groups   []group
	groupOff []int32
	edges    []edge
	queue    []cell

	ordered   []int     // Config.Ordered, sorted
	forbid    [][]int32 // Config.Forbidden as word IDs
	forbidLen int       // the longest of them
	forbidBuf []int32

	expanded int // hypotheses expanded, or cells scored by cube pruning, for tests
}

// workspaces recycles searches, so decoding sentence after sentence reuses
// the hypothesis arena and stacks instead of allocating them anew.
var workspaces sync.Pool

// maxPooledHyps bounds the arena a pooled search may keep.
const maxPooledHyps = 1 << 18

// newSearch prepares the stacks of a sentence of n tokens.
func newSearch(t *table, lm LM, w Weights, cfg Config, keepAlts bool) *search {
	old, _ := workspaces.Get().(*search)
	if old == nil {
		old = new(search)
	}
	n := t.n
	s := old
	*s = search{
		n: n, words: coverWords(n), t: t,
		fc:  futureCosts(t, old.fc),
		zob: spanHashes(n, old.zob),
		lm:  lm, wLM: w.LM, wDist: w.Distortion,
		limit: cfg.DistortionLimit, beam: cfg.BeamSize, threshold: cfg.Threshold,
		popLimit:  cfg.PopLimit,
		bound:     w.LM >= 0,
		ignoreEnd: cfg.DistortionLimit < 0 && w.Distortion == 0,
		keepAlts:  keepAlts,
		hyps:      old.hyps[:0],
		covs:      append(old.covs[:0], make([]uint64, coverWords(n))...),
		stacks:    old.stacks[:0],
		gaps:      old.gaps[:0],
		sources:   old.sources[:0],
		groups:    old.groups[:0],
		groupOff:  append(old.groupOff[:0], make([]int32, n+2)...),
		edges:     old.edges[:0],
		queue:     old.queue[:0],
		forbidBuf: old.forbidBuf[:0],
		ordered:   append(old.ordered[:0], cfg.Ordered...),
		scratch:   append(old.scratch[:0], make([]uint64, coverWords(n))...),
	}
	s.forbid, s.forbidLen = forbidIDs(lm, cfg.Forbidden)
	slices.Sort(s.ordered)
	if s.beam <= 0 {
		s.beam = DefaultConfig().BeamSize
	}
	switch {
	case s.popLimit == 0:
		s.popLimit = defaultPopLimit
	case s.popLimit < 0:
		s.popLimit = 0 // stack decoding
	}
	for k := 0; k <= n; k++ {
		if k < cap(s.stacks) {
			s.stacks = s.stacks[:k+1]
			s.stacks[k].reset()
		} else {
			s.stacks = append(s.stacks, newStack())
		}
	}
	return s
}

// release returns s to the pool unless its arena grew too large to keep.
func (s *search) release() {
	if cap(s.hyps) > maxPooledHyps {
		return
	}
	s.t, s.lm = nil, nil
	workspaces.Put(s)
}

// run fills the stacks from the empty hypothesis to the complete ones, by
// expanding each finished stack into the larger ones or, with a pop limit,
// by building each stack from the smaller ones with cube pruning.
func (s *search) run(ctx context.Context) error {
	s.hyps = append(s.hyps, hyp{
		future: s.fc[s.n], priority: s.fc[s.n],
		back: -1, option: -1, state: s.lm.Begin(), alt: -1,
	})
	s.hyps[0].key = stateKey(0, 0, s.hyps[0].state)
	s.stacks[0].items = append(s.stacks[0].items, 0)
	for k := 0; k <= s.n; k++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("decode sentence: %w", err)
		}
		st := &s.stacks[k]
		if s.popLimit > 0 && k > 0 {
			s.cube(k)
		}
		s.finish(st)
		if s.popLimit > 0 && k < s.n {
			s.group(k)
		}
		if s.popLimit > 0 || k == s.n {
			continue
		}
		for _, hi := range st.items {
			s.expand(hi, k)
		}
	}
	if len(s.stacks[s.n].items) == 0 {
		if s.forbid != nil {
			return fmt.Errorf("decode sentence: %w", ErrNoTranslation) // the vetoes emptied it
		}
		return fmt.Errorf("decode sentence: %w", errNoHypothesis)
	}
	return nil
}

// expand adds the extensions of hypothesis hi, which covers k tokens, to the
// later stacks: every option of every uncovered span the distortion limit allows.
func (s *search) expand(hi int32, k int) {
	s.expanded++
	h := s.hyps[hi]
	s.gaps = appendGaps(s.gaps[:0], s.covs[h.cov:int(h.cov)+s.words], s.n)
	end := int(h.end)
	for gi, g := range s.gaps {
		a, b := int(g.start), int(g.end)
		lo, hiStart := a, b
		if s.limit >= 0 {
			lo, hiStart = max(a, end-s.limit), min(b, end+s.limit+1)
		}
		next := s.n
		if gi+1 < len(s.gaps) {
			next = int(s.gaps[gi+1].start)
		}
		for start := lo; start < hiStart; start++ {
			for stop := start + 1; stop <= min(b, start+s.t.maxLen); stop++ {
				s.expandSpan(&h, hi, k, g, next, start, stop)
			}
		}
	}
}

// expandSpan considers the options of [start, stop) inside gap g of h;
// next is the start of the gap after g, or n.
func (s *search) expandSpan(h *hyp, hi int32, k int, g gap, next, start, stop int) {
	lo, hiOpt := s.t.span(start, stop)
	if lo == hiOpt {
		return
	}
	m, ok := s.newMove(h, g, next, start, stop)
	if !ok {
		return
	}
	st := &s.stacks[k+stop-start]
	for o := lo; o < hiOpt && s.consider(st, h, hi, &m, o); o++ {
	}
}
