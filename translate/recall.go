package translate

import (
	"context"
	"fmt"

	"tafsiri/memory"
	"tafsiri/translate/tokenize"
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

// DefaultFuzzyThreshold is the lowest fuzzy match the memory uses, as CAT
// tools default. The threshold (Engine.SetFuzzyThreshold, the Settings'
// "suggest from") is one bar for two uses: a match at or above it is
// offered as a suggestion, and the memory tries to repair it (repair.go);
// a repaired match is the translation, with the words it changed marked.
// Lowering it lets more sentences be repaired, never with a difference
// the repair rules refuse (an added or dropped word, a number, a
// negation...): those go to the model, whatever the threshold.
const DefaultFuzzyThreshold = memory.DefaultThreshold

// memoryAnswer picks, from a sentence's memory hits (best first, as
// memory.Search orders them: 100% matches, then values-only ones), what the
// memory can say for sure: an exact match, else a segment that differs from
// the sentence only in values (numbers, dates, times...), with the
// sentence's values written into its translation, as the source writes them
// or, where the translation writes dates and times in its own language's
// form, in that form (sentenceValues of text, the sentence in src, made
// only then). A fuzzy match is never the translation as it stands, since it
// may say what the source does not; the best one comes back for repair and
// as a suggestion for a person to review (nil when there is an answer or no
// hit at all).
func memoryAnswer(hits []memory.Hit, src, tgt, text string) (answer *memory.Hit, target string, fuzzy *memory.Hit) {
	for i := range hits {
		if h := &hits[i]; h.Score == 100 {
			return h, h.Segment.Target, nil
		}
	}
	for i := range hits {
		h := &hits[i]
		if !h.ValuesOnly || len(h.Values) == 0 {
			continue
		}
		if filled, ok := memory.FillValues(h.Segment.Target, h.Values); ok {
			return h, filled, nil
		}
		values := newSentenceValues(src, tgt, tokenize.Tokenize(src, text))
		if filled, ok := memory.FillValues(h.Segment.Target, inTargetForm(h.Values, values)); ok {
			return h, filled, nil
		}
	}
	if len(hits) > 0 {
		return nil, "", &hits[0]
	}
	return nil, "", nil
}

// inTargetForm writes both sides of each change as the sentence's values
// are written in the target: a stored "12 March" is "12 de marzo" in a
// Spanish translation.
func inTargetForm(changes []memory.ValueChange, values sentenceValues) []memory.ValueChange {
	out := make([]memory.ValueChange, len(changes))
	for i, c := range changes {
		out[i] = memory.ValueChange{Kind: c.Kind,
			Stored: values.write(tokenize.Token{Text: c.Stored, Kind: c.Kind}),
			Query:  values.write(tokenize.Token{Text: c.Query, Kind: c.Kind})}
	}
	return out
}

// memorySpan is the span of a memory answer or suggestion h for source, whose translation is text.
func memorySpan(h *memory.Hit, source, text string) Span {
	origin := FromMemory
	switch {
	case h.Score == 100:
	case h.ValuesOnly:
		origin = FromMemoryValues
	default:
		origin = FromFuzzyMemory
	}
	return Span{Text: text, Start: -1, Source: source, Origin: origin, Score: float64(h.Score), Match: h.Score,
		Diff: h.Diff, Values: h.Values}
}

// lookupMemory looks text up in the src→tgt memory: it returns the span the
// memory answers with (memoryAnswer), or nil and, when there is a fuzzy
// match at or above the threshold, that match and its suggestion.
func (e *Engine) lookupMemory(ctx context.Context, src, tgt, text string) (answer, suggestion *Span, fuzzy *memory.Hit, err error) {
	hits, err := memory.Search(ctx, e.Memory, src, tgt, text, e.FuzzyThreshold(), 1)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("look up %q in the memory: %w", text, err)
	}
	hit, target, fuzzy := memoryAnswer(hits, src, tgt, text)
	switch {
	case hit != nil:
		span := memorySpan(hit, text, target)
		return &span, nil, nil, nil
	case fuzzy != nil:
		span := memorySpan(fuzzy, text, fuzzy.Segment.Target)
		return nil, &span, fuzzy, nil
	}
	return nil, nil, nil, nil
}

// recallPieces looks a sentence up in the translation memory
// (lookupMemory): it returns the pieces the memory answers with, one for
// an exact or a values-only match, several for a repaired one (repair),
// else none. The suggestion is the best fuzzy match at or above the
// threshold, repaired or not; a caller offers it only when there are no
// pieces.
func (e *Engine) recallPieces(ctx context.Context, m *loadedModel, s segment) ([]piece, *Span, error) {
	answer, suggestion, fuzzy, err := e.recallSentence(ctx, m, s)
	if answer != nil || fuzzy == nil || err != nil {
		return answer, suggestion, err
	}
	repaired, err := e.repair(ctx, m, s, fuzzy)
	return repaired, suggestion, err
}

// recallSentence is recallPieces without repair: the memory's exact or
// values-only answer as one piece, else the suggestion and its fuzzy match.
func (e *Engine) recallSentence(ctx context.Context, m *loadedModel, s segment) ([]piece, *Span, *memory.Hit, error) {
	if e.Memory == nil || !m.hasMemory.Load() {
		return nil, nil, nil, nil // most sentences of a pair the memory lacks need no lookup
	}
	answer, suggestion, fuzzy, err := e.lookupMemory(ctx, m.info.Src, m.info.Tgt, surfaceText(m.info.Src, s.tokens))
	if answer == nil {
		return nil, suggestion, fuzzy, err
	}
	p := piece{text: answer.Text, source: answer.Source, origin: answer.Origin, score: answer.Score,
		match: answer.Match, diff: answer.Diff, values: answer.Values}
	for _, t := range prepare(m.info.Tgt, answer.Text).tokens {
		p.words = append(p.words, t.Text)
	}
	return []piece{p}, nil, nil, nil
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
