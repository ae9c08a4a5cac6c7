package phrases

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// sent builds a sentence from space-separated tokens and links written as
// "src-tgt" pairs, such as "0-0 2-1".
func sent(tb testing.TB, src, tgt, links string) Sentence {
	tb.Helper()
	s := Sentence{Src: strings.Fields(src), Tgt: strings.Fields(tgt)}
	for _, l := range strings.Fields(links) {
		var k Link
		if _, err := fmt.Sscanf(l, "%d-%d", &k.Src, &k.Tgt); err != nil {
			tb.Fatalf("parse link %q: %v", l, err)
		}
		s.Links = append(s.Links, k)
	}
	return s
}

// build runs Build and fails the test on error.
func build(tb testing.TB, corpus []Sentence, opt Options) *Table {
	tb.Helper()
	t, err := Build(context.Background(), corpus, opt)
	if err != nil {
		tb.Fatalf("Build: %v", err)
	}
	return t
}

// pairs lists a table's pairs as sorted "source → target" lines.
func pairs(tb testing.TB, t *Table) []string {
	tb.Helper()
	var got []string
	for src, e := range t.Each {
		got = append(got, src+" → "+e.Target)
	}
	slices.Sort(got)
	return got
}

// swap returns corpus with source and target exchanged.
func swap(corpus []Sentence) []Sentence {
	out := make([]Sentence, len(corpus))
	for i, s := range corpus {
		out[i] = Sentence{Src: s.Tgt, Tgt: s.Src}
		for _, l := range s.Links {
			out[i].Links = append(out[i].Links, Link{Src: l.Tgt, Tgt: l.Src})
		}
	}
	return out
}
