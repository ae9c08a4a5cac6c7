package lm

import (
	"fmt"
)

// Entry is one stored n-gram in backoff form.
type Entry struct {
	Words   []string // the n-gram, <s>, </s> and <unk> spelled so
	LogProb float64  // natural log of P(last word | the others)
	Backoff float64  // natural log of the weight given to the shorter context; 0 for non-contexts
}

// Entries yields every n-gram, shortest first, for saving; each Entry's Words
// is a fresh slice the caller may keep.
func (m *Model) Entries(yield func(Entry) bool) {
	for i := 1; i < len(m.nodes); i++ {
		n := m.nodes[i]
		if !yield(Entry{Words: m.ngram(int32(i)), LogProb: n.logProb, Backoff: n.backoff}) {
			return
		}
	}
}

// FromEntries rebuilds a model of the given order from the entries of
// Entries, in any order; it scores exactly as the model that wrote them did,
// with the same States.
func FromEntries(order int, entries []Entry) (*Model, error) {
	if order < MinOrder || order > MaxOrder {
		return nil, fmt.Errorf("rebuild model: %w: %d", ErrOrder, order)
	}
	v, err := entryVocab(entries)
	if err != nil {
		return nil, fmt.Errorf("rebuild model: %w", err)
	}
	b := newBuilder(len(entries))
	hot := make([]node, 1, len(entries)+1)
	for k := 1; k <= order; k++ {
		for _, e := range entries {
			if len(e.Words) != k {
				continue
			}
			if err := addEntry(b, v, e); err != nil {
				return nil, fmt.Errorf("rebuild model: %w", err)
			}
			hot = append(hot, node{logProb: e.LogProb, backoff: e.Backoff})
		}
	}
	if len(hot) != len(entries)+1 {
		return nil, fmt.Errorf("rebuild model: %w: n-grams must have 1 to %d words", ErrMalformed, order)
	}
	m, perm, err := b.canonical(order, v)
	if err != nil {
		return nil, fmt.Errorf("rebuild model: %w", err)
	}
	for i, old := range perm {
		m.nodes[i].logProb, m.nodes[i].backoff = hot[old].logProb, hot[old].backoff
	}
	m.linkStates()
	return m, nil
}

// entryVocab collects the words of the unigram entries, which must include
// <s>, </s> and <unk>.
func entryVocab(entries []Entry) (vocab, error) {
	seen := map[string]bool{}
	var words []string
	for _, e := range entries {
		if len(e.Words) != 1 {
			continue
		}
		w := e.Words[0]
		if seen[w] {
			return vocab{}, fmt.Errorf("%w: duplicate unigram %q", ErrMalformed, w)
		}
		seen[w] = true
		if !isSpecial(w) {
			words = append(words, w)
		}
	}
	for _, w := range []string{unkWord, bosWord, eosWord} {
		if !seen[w] {
			return vocab{}, fmt.Errorf("%w: no unigram %s", ErrMalformed, w)
		}
	}
	return newVocab(words), nil
}

// addEntry adds one n-gram whose prefix is already in b.
func addEntry(b *builder, v vocab, e Entry) error {
	if badNumber(e.LogProb) || badNumber(e.Backoff) {
		return fmt.Errorf("%w: n-gram %q has log probability %g, backoff %g", ErrMalformed, e.Words, e.LogProb, e.Backoff)
	}
	n := int32(0)
	for i, w := range e.Words {
		id, ok := v.ids[w]
		if !ok {
			return fmt.Errorf("%w: n-gram %q has a word without a unigram", ErrMalformed, e.Words)
		}
		if i == len(e.Words)-1 {
			if _, added := b.add(n, id); !added {
				return fmt.Errorf("%w: duplicate n-gram %q", ErrMalformed, e.Words)
			}
			return nil
		}
		if n = b.index.get(n, id); n == 0 {
			return fmt.Errorf("%w: n-gram %q has no prefix n-gram", ErrMalformed, e.Words)
		}
	}
	return nil
}
