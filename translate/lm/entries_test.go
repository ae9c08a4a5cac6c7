package lm

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

func collect(m *Model) []Entry {
	var entries []Entry
	for e := range m.Entries {
		entries = append(entries, e)
	}
	return entries
}

// TestFromEntriesRoundTrip rebuilds models from their entries, shuffled as a
// store might return them, and checks that every (State, word) scores the
// same and leads to the same State.
func TestFromEntriesRoundTrip(t *testing.T) {
	corpus := randomCorpus(300, 12)
	for order := MinOrder; order <= MaxOrder; order++ {
		m := train(t, corpus, order)
		entries := collect(m)
		rand.New(rand.NewPCG(3, 4)).Shuffle(len(entries), func(i, j int) {
			entries[i], entries[j] = entries[j], entries[i]
		})
		got, err := FromEntries(order, entries)
		if err != nil {
			t.Fatalf("order %d: FromEntries: %v", order, err)
		}
		if got.Begin() != m.Begin() || got.Order() != m.Order() || len(got.nodes) != len(m.nodes) {
			t.Fatalf("order %d: rebuilt Begin %d, Order %d, %d nodes; want %d, %d, %d",
				order, got.Begin(), got.Order(), len(got.nodes), m.Begin(), m.Order(), len(m.nodes))
		}
		for s := range State(len(m.nodes)) {
			for w := range WordID(len(m.vocab.words)) {
				gotLP, gotNext := got.Score(s, w)
				wantLP, wantNext := m.Score(s, w)
				if gotLP != wantLP || gotNext != wantNext {
					t.Fatalf("order %d: Score(%d, %d) = %v, %d; want %v, %d", order, s, w, gotLP, gotNext, wantLP, wantNext)
				}
			}
		}
		if !slices.EqualFunc(collect(got), collect(m), entryEqual) {
			t.Errorf("order %d: rebuilt model's entries differ", order)
		}
	}
}

func entryEqual(a, b Entry) bool {
	return slices.Equal(a.Words, b.Words) && a.LogProb == b.LogProb && a.Backoff == b.Backoff
}

func TestFromEntriesRejects(t *testing.T) {
	valid := collect(train(t, toy, 3))
	without := func(words ...string) []Entry {
		return slices.DeleteFunc(slices.Clone(valid), func(e Entry) bool { return slices.Equal(e.Words, words) })
	}
	tests := map[string]struct {
		order   int
		entries []Entry
		want    error
	}{
		"order too low":     {1, valid, ErrOrder},
		"order too high":    {6, valid, ErrOrder},
		"longer than order": {2, valid, ErrMalformed},
		"no entries":        {3, nil, ErrMalformed},
		"no <unk>":          {3, without("<unk>"), ErrMalformed},
		"missing prefix":    {3, without("<s>", "a"), ErrMalformed},
		"missing suffix":    {3, without("a", "b"), ErrMalformed},
		"unknown word":      {3, append(without(), Entry{Words: []string{"a", "zebra"}}), ErrMalformed},
		"duplicate":         {3, append(without(), valid[len(valid)-1]), ErrMalformed},
		"empty words":       {3, append(without(), Entry{}), ErrMalformed},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := FromEntries(tt.order, tt.entries)
			if !errors.Is(err, tt.want) {
				t.Errorf("FromEntries = %v, want %v", err, tt.want)
			}
		})
	}
}
