package bidi

import (
	"slices"
	"strings"

	xbidi "golang.org/x/text/unicode/bidi"
)

// ShaperOrder returns text for a renderer that, like Fyne 2.7, already
// shapes each right-to-left run from right to left (so reverses it itself)
// but places the runs in logical order. The runs come out in visual order,
// each with its characters in logical order and wrapped in an override (RLO
// or LRO ... PDF) so that the renderer's own bidi pass sees exactly these
// runs in these directions. A mark of the paragraph direction (LRM or RLM)
// opens the line, so that the renderer resolves the same paragraph level; an
// LRM follows each run, so that two RTL runs never fuse into one that the
// renderer would reverse as a whole, and so that its rule L1 cannot pull
// trailing whitespace out of a run. Tabs split runs, because Fyne lays out
// the pieces between tabs in logical order. The bidi controls of text are
// dropped since their effect is already applied; the marks and overrides
// added draw nothing in Fyne. A paragraph that is entirely left to right at
// level 0 is returned unchanged. Handing such a renderer [Visual] instead
// would reverse right-to-left text twice and break Arabic joining.
func ShaperOrder(text string, base Direction) string {
	a := analyse(text, base)
	var b strings.Builder
	b.Grow(len(text) + 16)
	for _, p := range a.paras {
		if a.plainLTR(p) {
			for _, c := range a.runes[p.start:p.end] {
				b.WriteRune(c)
			}
			continue
		}
		if p.level.RTL() {
			b.WriteRune(rlm)
		} else {
			b.WriteRune(lrm)
		}
		for _, r := range a.visualRuns(p) {
			if r.start >= p.body { // the separator: no control may span it
				b.WriteString(string(a.runes[r.start:r.end]))
				continue
			}
			for _, piece := range a.tabPieces(r) {
				if a.writeFenced(&b, piece) {
					b.WriteRune(lrm)
				}
			}
		}
	}
	return b.String()
}

// Controls used to fence runs in ShaperOrder.
const (
	lro = '\u202D'
	rlo = '\u202E'
	pdf = '\u202C'
	lrm = '\u200E'
	rlm = '\u200F'
)

// tabPieces splits a run at its segment separators (tabs), each tab a piece
// of its own; the pieces of an RTL run come last first, as they are drawn.
func (a analysis) tabPieces(r runeRun) []runeRun {
	var pieces []runeRun
	start := r.start
	for i := r.start; i < r.end; i++ {
		if a.classes[i] != xbidi.S {
			continue
		}
		if i > start {
			pieces = append(pieces, runeRun{start, i, r.rtl})
		}
		pieces = append(pieces, runeRun{i, i + 1, r.rtl})
		start = i + 1
	}
	if start < r.end {
		pieces = append(pieces, runeRun{start, r.end, r.rtl})
	}
	if r.rtl {
		slices.Reverse(pieces)
	}
	return pieces
}

// writeFenced writes one run in logical order inside an override, and
// reports whether it wrote anything: a run of bidi controls alone is dropped.
func (a analysis) writeFenced(b *strings.Builder, r runeRun) bool {
	if a.onlyControls(r) {
		return false
	}
	if r.rtl {
		b.WriteRune(rlo)
	} else {
		b.WriteRune(lro)
	}
	for i := r.start; i < r.end; i++ {
		if !isBidiControl(a.classes[i]) {
			b.WriteRune(a.runes[i])
		}
	}
	b.WriteRune(pdf)
	return true
}

// onlyControls reports a run of bidi controls alone, which ShaperOrder
// drops rather than fence nothing.
func (a analysis) onlyControls(r runeRun) bool {
	for _, c := range a.classes[r.start:r.end] {
		if !isBidiControl(c) {
			return false
		}
	}
	return true
}

// plainLTR reports a paragraph at level 0 throughout, which needs no help.
func (a analysis) plainLTR(p span) bool {
	for _, l := range a.levels[p.start:p.end] {
		if l != 0 {
			return false
		}
	}
	return true
}

// isBidiControl reports the explicit embedding, override and isolate
// controls.
func isBidiControl(c xbidi.Class) bool {
	switch c {
	case xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF:
		return true
	}
	return isIsolateControl(c)
}
