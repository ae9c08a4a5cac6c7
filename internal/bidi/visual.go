package bidi

import (
	"strings"
	"unicode"
)

// Runs returns the runs of text in visual order: a renderer that lays out
// from left to right draws them in this order, each RTL run with its
// characters reversed. Start and End are byte offsets into text. A text with
// several paragraphs gives the runs of each line in turn, each paragraph
// separator as a run of its own at the end of its line.
func Runs(text string, base Direction) []Run {
	a := analyse(text, base)
	var out []Run
	for _, p := range a.paras {
		for _, r := range a.visualRuns(p) {
			out = append(out, Run{Start: a.offs[r.start], End: a.offs[r.end], RTL: r.rtl})
		}
	}
	return out
}

// Visual returns text in display order, for a renderer that draws
// characters strictly from left to right. RTL runs are reversed by cluster (a
// base character keeps its combining marks after it, and ZWJ sequences,
// emoji modifiers and flag pairs stay whole) and their mirrored characters
// are mirrored, so "(" in Arabic text becomes ")" (L4). Bidi controls are
// kept; invalid bytes become U+FFFD.
func Visual(text string, base Direction) string {
	a := analyse(text, base)
	var b strings.Builder
	b.Grow(len(text))
	for _, p := range a.paras {
		for _, r := range a.visualRuns(p) {
			rs := a.runes[r.start:r.end]
			if r.rtl {
				writeReversed(&b, rs)
				continue
			}
			for _, c := range rs {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// writeReversed writes rs cluster by cluster from last to first, mirroring
// each character.
func writeReversed(b *strings.Builder, rs []rune) {
	bounds := clusterStarts(rs)
	for k := len(bounds) - 1; k >= 0; k-- {
		end := len(rs)
		if k+1 < len(bounds) {
			end = bounds[k+1]
		}
		for _, r := range rs[bounds[k]:end] {
			b.WriteRune(mirror(r))
		}
	}
}

// zwj is ZERO WIDTH JOINER, which glues emoji into one picture.
const zwj = 0x200D

// clusterStarts returns where each user-perceived character of rs starts. It
// approximates UAX #29 grapheme clusters with the cases a reversal must not
// break: CR LF, base plus marks, emoji ZWJ sequences (ZWJ glues a symbol to
// what precedes it, but not an Arabic letter: "ب‍ت" still reverses), emoji
// modifiers and tags, and regional-indicator pairs.
func clusterStarts(rs []rune) []int {
	var starts []int
	for i := 0; i < len(rs); {
		starts = append(starts, i)
		j := i + 1
		switch {
		case rs[i] == '\r' && j < len(rs) && rs[j] == '\n':
			j++
		case isRegionalIndicator(rs[i]) && j < len(rs) && isRegionalIndicator(rs[j]):
			j++
		}
		for j < len(rs) && (extendsCluster(rs[j]) || (rs[j-1] == zwj && unicode.Is(unicode.So, rs[j]))) {
			j++
		}
		i = j
	}
	return starts
}

// extendsCluster reports characters that attach to the one before them.
func extendsCluster(r rune) bool {
	switch {
	case r == zwj, r == 0x200C: // joiners
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin-tone modifiers
		return true
	case r >= 0xE0020 && r <= 0xE007F: // emoji tag sequences
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
