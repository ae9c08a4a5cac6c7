package translate

import (
	"context"
	"fmt"

	"tafsiri/memory"
)

// recallPair answers a line on a route through the pivot language from the
// memory of the pair itself, as recall does for a sentence: a translation a
// user accepted for from→to is stored for that pair, which no model on the
// route consults. It returns nil when the memory holds no answer, with the
// suggestion it holds, if any, for the caller to pass on.
func (e *Engine) recallPair(ctx context.Context, from, to, line string) (*Result, *Span, error) {
	if e.Memory == nil {
		return nil, nil, nil
	}
	has, err := e.Memory.HasSegments(ctx, from, to)
	if err != nil || !has {
		return nil, nil, err
	}
	hits, err := memory.Search(ctx, e.Memory, from, to, line, e.FuzzyThreshold(), 1)
	if err != nil {
		return nil, nil, fmt.Errorf("look up %q in the memory: %w", line, err)
	}
	answer, target, suggestion := memoryAnswer(hits, from, to)
	if answer == nil {
		if suggestion == nil {
			return nil, nil, nil
		}
		span := memorySpan(suggestion, line, suggestion.Segment.Target)
		return nil, &span, nil
	}
	span := memorySpan(answer, line, target)
	span.Start = 0
	return &Result{From: from, To: to, Text: target, Spans: []Span{span}}, nil, nil
}
