package glossary

import (
	"testing"

	"tafsiri/translate/tokenize"
)

// entries makes one approved entry per text, in concepts 1, 2, 3...
func entries(texts ...string) []Entry {
	es := make([]Entry, len(texts))
	for k, t := range texts {
		es[k] = Entry{ConceptID: int64(k + 1), TermID: int64(k + 1), Text: t, Status: Approved}
	}
	return es
}

// show renders matches as "surface=term", the surface cut from the
// normalized text by the match's byte offsets.
func show(tb testing.TB, text string, ms []Match) []string {
	tb.Helper()
	s := tokenize.Normalize(text)
	var out []string
	for _, m := range ms {
		if m.ByteStart < 0 || m.ByteStart >= m.ByteEnd || m.ByteEnd > len(s) {
			tb.Fatalf("match of %q has bytes %d:%d in %q", m.Term.Text, m.ByteStart, m.ByteEnd, s)
		}
		out = append(out, s[m.ByteStart:m.ByteEnd]+"="+m.Term.Text)
	}
	return out
}

// checkOrder fails when matches are out of order or overlap; matches of
// terms with the same form share one span.
func checkOrder(tb testing.TB, ms []Match) {
	tb.Helper()
	for k := 1; k < len(ms); k++ {
		prev, cur := ms[k-1], ms[k]
		same := cur.Start == prev.Start && cur.End == prev.End
		if !same && cur.Start < prev.End {
			tb.Errorf("match %d [%d,%d) overlaps or precedes [%d,%d)", k, cur.Start, cur.End, prev.Start, prev.End)
		}
	}
}
