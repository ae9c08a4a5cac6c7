package app

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"tafsiri/internal/bidi"
)

// Right-to-left text cannot be wrapped by Fyne: Fyne would wrap the display
// order that displayText returns, so the first row of an Arabic paragraph
// would show the end of the sentence. These helpers wrap the logical text
// first and put each row in display order afterwards.

// textSpan is a byte range of a text.
type textSpan struct{ Start, End int }

// wrapLogical cuts text into rows no wider than width when drawn at size in
// style, breaking after spaces and at line breaks. A word wider than width
// gets a row of its own. Widths are measured with the app theme's font, the
// one every script is drawn with (fonts.go).
func wrapLogical(text string, width, size float32, style fyne.TextStyle) []textSpan {
	var rows []textSpan
	lineStart := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimSuffix(line, "\n")
		rows = append(rows, wrapLine(text, lineStart, lineStart+len(body), width, size, style)...)
		lineStart += len(line)
	}
	return rows
}

// wrapLine wraps text[start:end], a line without breaks, greedily.
func wrapLine(text string, start, end int, width, size float32, style fyne.TextStyle) []textSpan {
	var rows []textSpan
	rowStart, lastBreak := start, -1
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !unicode.IsSpace(r) && i < end {
			continue
		}
		if fyne.MeasureText(strings.TrimRight(text[rowStart:i], " "), size, style).Width > width && lastBreak > rowStart {
			rows = append(rows, textSpan{rowStart, lastBreak})
			rowStart = lastBreak
		}
		lastBreak = i
	}
	return append(rows, textSpan{rowStart, end})
}

// wrapDisplay returns text of lang wrapped to width (see wrapLogical), each
// row in display order (displayText), rows joined by line breaks.
func wrapDisplay(lang, text string, width, size float32, style fyne.TextStyle) string {
	rows := wrapLogical(text, width, size, style)
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = displayText(lang, strings.TrimRight(text[r.Start:r.End], " "))
	}
	return strings.Join(out, "\n")
}

// displayPiece is a piece of a line ready to be drawn on its own, for
// RichText segments or canvas.Text objects laid out left to right.
type displayPiece struct {
	Start, End int    // the piece's bytes in the logical line
	RTL        bool   // drawn right to left
	Text       string // what to give Fyne
}

// displayPieces cuts a line of lang at the byte offsets in cuts (where the
// caller's colour or style changes) and at direction changes, and returns
// the pieces in visual order, left to right: laid out in this order, one
// segment each, they show the line as the bidirectional algorithm says.
// Each piece's text is in logical order inside a directional override, as
// Fyne needs it (see scripts.go); Start and End tell which span of the
// caller's a piece belongs to. A cut inside a word breaks Arabic joining
// there, so cut at span boundaries only.
func displayPieces(lang, line string, cuts []int) []displayPiece {
	cuts = append([]int(nil), cuts...)
	sort.Ints(cuts)
	runs := bidi.Runs(line, baseDirection(lang))
	plain := len(runs) == 1 && !runs[0].RTL && baseDirection(lang) != bidi.RTL
	var pieces []displayPiece
	for _, run := range runs {
		var part []displayPiece
		from := run.Start
		for _, c := range cuts {
			if c > from && c < run.End {
				part = append(part, newPiece(line, from, c, run.RTL, plain))
				from = c
			}
		}
		part = append(part, newPiece(line, from, run.End, run.RTL, plain))
		if run.RTL {
			for i, j := 0, len(part)-1; i < j; i, j = i+1, j-1 {
				part[i], part[j] = part[j], part[i]
			}
		}
		for _, p := range part {
			if p.Text != "" {
				pieces = append(pieces, p)
			}
		}
	}
	return pieces
}

// Directional overrides that fence a piece (see bidi.ShaperOrder).
const (
	leftToRightOverride = "\u202D"
	rightToLeftOverride = "\u202E"
	popFormatting       = "\u202C"
)

// newPiece makes the piece line[start:end]; the bidi controls of the text
// are dropped, their effect being in the run order already.
func newPiece(line string, start, end int, rtl, plain bool) displayPiece {
	body := strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, line[start:end])
	p := displayPiece{Start: start, End: end, RTL: rtl, Text: body}
	switch {
	case body == "" || plain:
	case rtl:
		p.Text = rightToLeftOverride + body + popFormatting
	default:
		p.Text = leftToRightOverride + body + popFormatting
	}
	return p
}

// isBidiControl reports the explicit bidi formatting characters
// (embeddings, overrides, isolates); the marks (LRM, RLM, ALM) are ordinary
// strong characters and stay.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}
