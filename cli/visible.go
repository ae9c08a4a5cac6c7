package cli

import (
	"strconv"
	"strings"
	"unicode"
)

// visible returns s with its control characters written as Go escapes (ESC
// as \x1b, BEL as \a, a tab as \t), so that text read from a file can
// neither drive the terminal that shows it (colours, cursor moves, a window
// title, a bell) nor break the tab-separated line it is printed on. The
// bidi embeddings, overrides and isolates are escaped too, since they would
// reorder the rest of the line. Every other character is kept, the joiners
// and direction marks of Arabic or Hindi text included. Output is escaped
// always, not only on a terminal: a file or pipe gets the same lines.
func visible(s string) string {
	if strings.IndexFunc(s, hidden) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !hidden(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r) // '\x1b'
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// hidden reports a character that acts on a terminal or on the order of a
// line instead of showing: C0 and C1 controls, DEL, and the bidi
// embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
func hidden(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
