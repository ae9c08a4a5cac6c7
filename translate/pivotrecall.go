package translate

import (
	"context"
	"fmt"

	"tafsiri/memory"
)

// recallPair answers a line on a route through the pivot language from the
// memory of the pair itself: a translation a user accepted for from→to is
// stored for that pair, which no model on the route consults. It returns
// nil when the memory holds no such line (or no segment of the pair).
func (e *Engine) recallPair(ctx context.Context, from, to, line string) (*Result, error) {
	if e.Memory == nil {
		return nil, nil
	}
	has, err := e.Memory.HasSegments(ctx, from, to)
	if err != nil || !has {
		return nil, err
	}
	hits, err := memory.Search(ctx, e.Memory, from, to, line, e.FuzzyThreshold(), 1)
	if err != nil {
		return nil, fmt.Errorf("look up %q in the memory: %w", line, err)
	}
	if len(hits) == 0 {
		return nil, nil
	}
	h := hits[0]
	origin := FromMemory
	if h.Score < 100 {
		origin = FromFuzzyMemory
	}
	return &Result{From: from, To: to, Text: h.Segment.Target, Spans: []Span{{Text: h.Segment.Target, Source: line,
		Origin: origin, Score: float64(h.Score), Match: h.Score, Diff: h.Diff}}}, nil
}
