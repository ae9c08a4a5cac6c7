package lm

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

func marshal(tb testing.TB, m *Model) []byte {
	tb.Helper()
	blob, err := m.MarshalBinary()
	if err != nil {
		tb.Fatalf("MarshalBinary: %v", err)
	}
	return blob
}

func load(tb testing.TB, blob []byte) *Model {
	tb.Helper()
	m, err := Load(blob)
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return m
}

// float32Model rebuilds m from its entries rounded to float32, the model a
// round trip through the binary form must score like.
func float32Model(tb testing.TB, m *Model) *Model {
	tb.Helper()
	entries := collect(m)
	for i := range entries {
		entries[i].LogProb = float64(float32(entries[i].LogProb))
		entries[i].Backoff = float64(float32(entries[i].Backoff))
	}
	r, err := FromEntries(m.Order(), entries)
	if err != nil {
		tb.Fatalf("FromEntries: %v", err)
	}
	return r
}

// assertSameScores compares Score on every State and WordID, one invalid
// value of each included.
func assertSameScores(tb testing.TB, got, want *Model) {
	tb.Helper()
	if got.Begin() != want.Begin() || got.Order() != want.Order() || len(got.nodes) != len(want.nodes) {
		tb.Fatalf("Begin %d, Order %d, %d nodes; want %d, %d, %d",
			got.Begin(), got.Order(), len(got.nodes), want.Begin(), want.Order(), len(want.nodes))
	}
	for s := State(-1); s <= State(len(want.nodes)); s++ {
		for w := WordID(-1); w <= WordID(len(want.vocab.words)); w++ {
			gotLP, gotNext := got.Score(s, w)
			wantLP, wantNext := want.Score(s, w)
			if gotLP != wantLP || gotNext != wantNext {
				tb.Fatalf("Score(%d, %d) = %v, %d; want %v, %d", s, w, gotLP, gotNext, wantLP, wantNext)
			}
		}
	}
}

func TestLoadRoundTrip(t *testing.T) {
	tests := map[string]struct {
		corpus [][]string
		order  int
	}{
		"toy order 2":            {toy, 2},
		"toy order 3":            {toy, 3},
		"random order 2":         {randomCorpus(200, 12), 2},
		"random order 3":         {randomCorpus(200, 12), 3},
		"random order 4":         {randomCorpus(200, 12), 4},
		"random order 5":         {randomCorpus(200, 12), 5},
		"empty sentence order 4": {[][]string{{}}, 4},
		"odd words":              {[][]string{{"", "ñandú", "a b", "<s>"}, {"ñandú", ""}}, 3},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := train(t, tt.corpus, tt.order)
			blob := marshal(t, m)
			got, want := load(t, blob), float32Model(t, m)
			assertSameScores(t, got, want)
			for w, id := range want.vocab.ids {
				if got.WordID(w) != id {
					t.Errorf("WordID(%q) = %d, want %d", w, got.WordID(w), id)
				}
			}
			if !slices.EqualFunc(collect(got), collect(want), entryEqual) {
				t.Errorf("loaded model's entries differ from the float32 rebuild's")
			}
			// float32 numbers survive a second round trip byte for byte.
			if again := marshal(t, got); !bytes.Equal(again, blob) {
				t.Errorf("MarshalBinary of the loaded model differs: %d bytes, want %d", len(again), len(blob))
			}
		})
	}
}

func TestLoadOnTICO(t *testing.T) {
	training, held := ticoSpanish(t)
	m := train(t, training, 4)
	blob := marshal(t, m)
	got, want := load(t, blob), float32Model(t, m)
	t.Logf("%d n-grams in %d bytes", len(m.nodes)-1, len(blob))
	if g, w := got.Perplexity(held), want.Perplexity(held); g != w {
		t.Errorf("held-out perplexity %v, want %v", g, w)
	}
	// Every State a decoder can be in, with a few words.
	words := []WordID{Unknown, bos, eos, WordID(len(want.vocab.words) / 2)}
	for s := range State(len(want.nodes)) {
		if want.nodes[s].next != s {
			continue
		}
		for _, w := range words {
			gotLP, gotNext := got.Score(s, w)
			wantLP, wantNext := want.Score(s, w)
			if gotLP != wantLP || gotNext != wantNext {
				t.Fatalf("Score(%d, %d) = %v, %d; want %v, %d", s, w, gotLP, gotNext, wantLP, wantNext)
			}
		}
	}
}

func TestLoadTruncated(t *testing.T) {
	blob := marshal(t, train(t, toy, 3))
	for i := range len(blob) {
		if _, err := Load(blob[:i]); !errors.Is(err, ErrMalformed) {
			t.Fatalf("Load of the first %d of %d bytes: %v, want ErrMalformed", i, len(blob), err)
		}
	}
	if _, err := Load(append(blob, 0)); !errors.Is(err, ErrMalformed) {
		t.Errorf("Load with a byte appended: %v, want ErrMalformed", err)
	}
}

func TestLoadFlippedBits(t *testing.T) {
	blob := marshal(t, train(t, toy, 3))
	for i := range blob {
		for bit := range 8 {
			damaged := bytes.Clone(blob)
			damaged[i] ^= 1 << bit
			if _, err := Load(damaged); !errors.Is(err, ErrMalformed) {
				t.Fatalf("Load with bit %d of byte %d flipped: %v, want ErrMalformed", bit, i, err)
			}
		}
	}
}

func TestMarshalBinaryUnbuilt(t *testing.T) {
	if blob, err := new(Model).MarshalBinary(); err == nil {
		t.Errorf("MarshalBinary of a zero Model = %d bytes, want an error", len(blob))
	}
}
