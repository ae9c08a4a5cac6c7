package translate

import "context"

// recallPair answers a line on a route through the pivot language from the
// memory of the pair itself, as recall does for a sentence: a translation a
// user accepted for from→to is stored for that pair, which no model on the
// route consults. It returns nil when the memory holds no answer, with the
// suggestion it holds, if any, for the caller to pass on. A fuzzy match is
// not repaired here: no model of the pair translates the changed words.
func (e *Engine) recallPair(ctx context.Context, from, to, line string) (*Result, *Span, error) {
	if e.Memory == nil {
		return nil, nil, nil
	}
	has, err := e.Memory.HasSegments(ctx, from, to)
	if err != nil || !has {
		return nil, nil, err
	}
	answer, suggestion, _, err := e.lookupMemory(ctx, from, to, line)
	if answer == nil {
		return nil, suggestion, err
	}
	answer.Start = 0
	return &Result{From: from, To: to, Text: answer.Text, Spans: []Span{*answer}}, nil, nil
}
