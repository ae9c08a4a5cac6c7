package lm

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzLoad feeds Load arbitrary bytes, each also with its checksum repaired
// so that the fuzzer gets past it: Load must never panic, and a model it
// accepts must score any State and WordID, list its entries and encode back
// to the same bytes.
func FuzzLoad(f *testing.F) {
	for _, m := range []*Model{train(f, toy, 2), train(f, toy, 3), train(f, randomCorpus(20, 5), 4)} {
		blob := marshal(f, m)
		f.Add(blob)
		f.Add(blob[:len(blob)/2])
	}
	f.Add([]byte(nil))
	f.Add([]byte(binaryMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, blob := range [][]byte{data, reseal(bytes.Clone(data))} {
			m, err := Load(blob)
			if err != nil {
				if !errors.Is(err, ErrMalformed) {
					t.Fatalf("Load = %v, want ErrMalformed", err)
				}
				continue
			}
			exercise(t, m)
			if again := marshal(t, m); !bytes.Equal(again, blob) {
				t.Fatalf("MarshalBinary of the loaded model differs from its input")
			}
		}
	})
}

// exercise scores a sample of States and WordIDs, invalid ones included,
// and lists the entries of m.
func exercise(t *testing.T, m *Model) {
	t.Helper()
	limit := func(n int) int32 { return int32(min(n, 300)) }
	for s := State(-2); s <= limit(len(m.nodes))+1; s++ {
		for w := WordID(-2); w <= limit(len(m.vocab.words))+1; w++ {
			if _, next := m.Score(s, w); next < 0 || int(next) >= len(m.nodes) {
				t.Fatalf("Score(%d, %d) leads to State %d of %d", s, w, next, len(m.nodes))
			}
		}
	}
	m.SentenceLogProb(m.vocab.words)
	for e := range m.Entries {
		if len(e.Words) == 0 || len(e.Words) > m.Order() {
			t.Fatalf("entry %q in a model of order %d", e.Words, m.Order())
		}
	}
}
