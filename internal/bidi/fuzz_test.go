package bidi

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzVisual checks, for any input, that nothing panics, that Levels has a
// level per rune, that Runs cover the text exactly once, and that Visual only
// moves characters: the same runes come out, except that mirrored characters
// may have turned into their mirror.
func FuzzVisual(f *testing.F) {
	for _, c := range lineCases {
		f.Add(c.text)
	}
	for _, s := range []string{
		"\u202b\u202a\u202e\u202d\u202c\u2066\u2067\u2068\u2069",
		"\u2069\u2069ab\u2067",
		"\u2068שלום\u2069 abc",
		strings.Repeat("\u202b", 130) + "a" + strings.Repeat("\u202c", 130),
		strings.Repeat("\u2067", 130) + "a" + strings.Repeat("\u2069", 3),
		strings.Repeat("(", 70) + "ب" + strings.Repeat(")", 70),
		"ب〈a〉\u2329b\u3009",
		"\u0301\u0301ب\u0301",
		"a\r\nب\rc\u2029ب",
		"🇸🇦🇪🇬 ب",
		"\xed\xa0\x80ب\xc0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, base := range []Direction{Auto, LTR, RTL} {
			if n := len(Levels(text, base)); n != utf8.RuneCountInString(text) {
				t.Fatalf("Levels(%q, %v) has %d levels for %d runes", text, base, n, utf8.RuneCountInString(text))
			}
			checkRunsCover(t, text, Runs(text, base))
			got, want := mirrorless(Visual(text, base)), mirrorless(text)
			if !slices.Equal(got, want) {
				t.Fatalf("Visual(%q, %v) changed the runes", text, base)
			}
			_ = ShaperOrder(text, base)
		}
	})
}

// checkRunsCover fails unless runs split [0, len(text)) into non-empty,
// non-overlapping pieces.
func checkRunsCover(t *testing.T, text string, runs []Run) {
	t.Helper()
	sorted := slices.Clone(runs)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	at := 0
	for _, r := range sorted {
		if r.Start != at || r.End <= r.Start {
			t.Fatalf("runs of %q do not tile the text: %v", text, runs)
		}
		at = r.End
	}
	if at != len(text) {
		t.Fatalf("runs of %q end at %d, text has %d bytes: %v", text, at, len(text), runs)
	}
}

// mirrorless returns the runes of s sorted, each mirrored character folded
// with its mirror, so that two texts compare equal when one is a reordering
// of the other with some characters mirrored.
func mirrorless(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = min(r, mirror(r))
	}
	slices.Sort(rs)
	return rs
}
