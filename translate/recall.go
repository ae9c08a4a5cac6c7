package translate

import (
	"context"
	"fmt"

	"tafsiri/memory"
)

// Memory is the translation memory as the engine uses it: exact and fuzzy
// candidates, and a place for translations users accept. Storage implements it.
type Memory interface {
	memory.Candidates
	// Remember stores a translation a user accepted or corrected.
	Remember(ctx context.Context, seg memory.Segment) error
	// HasSegments reports whether the memory holds any src→tgt segment.
	HasSegments(ctx context.Context, src, tgt string) (bool, error)
}

// DefaultFuzzyThreshold is the lowest fuzzy match used instead of the model, as CAT tools default.
const DefaultFuzzyThreshold = memory.DefaultThreshold

// recall looks a sentence up in the translation memory: an exact match, or
// the best fuzzy match at or above the threshold, becomes the sentence's
// translation with its percentage and the differing words marked.
func (e *Engine) recall(ctx context.Context, m *loadedModel, s segment) (*piece, error) {
	if e.Memory == nil || !m.hasMemory.Load() {
		return nil, nil // most sentences of a pair the memory lacks need no lookup
	}
	text := surfaceText(m.info.Src, s.tokens)
	hits, err := memory.Search(ctx, e.Memory, m.info.Src, m.info.Tgt, text, e.FuzzyThreshold(), 1)
	if err != nil {
		return nil, fmt.Errorf("look up %q in the memory: %w", text, err)
	}
	if len(hits) == 0 {
		return nil, nil
	}
	h := hits[0]
	p := &piece{source: text, origin: FromMemory, score: float64(h.Score), match: h.Score, diff: h.Diff}
	for _, t := range prepare(m.info.Tgt, h.Segment.Target).tokens {
		p.words = append(p.words, t.Text)
	}
	if h.Score < 100 {
		p.origin = FromFuzzyMemory
	}
	return p, nil
}

// Accept stores a translation a user accepted or corrected in the memory,
// so the same sentence comes back from it at once.
func (e *Engine) Accept(ctx context.Context, from, to, source, target string) error {
	if e.Memory == nil {
		return fmt.Errorf("accept translation: no translation memory")
	}
	src, err := CanonicalTag(from)
	if err != nil {
		return err
	}
	tgt, err := CanonicalTag(to)
	if err != nil {
		return err
	}
	err = e.Memory.Remember(ctx, memory.Segment{SrcLang: src, TgtLang: tgt, Source: source, Target: target,
		Origin: "user", Approved: true})
	if err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, m := range e.loaded {
		if m.info.Src == src && m.info.Tgt == tgt {
			m.hasMemory.Store(true)
		}
	}
	return nil
}
