// Package textnorm normalises the text of translation files the same way in every format:
// whitespace runs collapsed, line breaks of every kind recognised, Unicode NFC.
package textnorm

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// breakWidth returns the length of the line break at the start of s, or 0:
// LF, CR, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR.
func breakWidth(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == '\n', s[0] == '\r':
		return 1
	case strings.HasPrefix(s, "\u0085"):
		return 2
	case strings.HasPrefix(s, "\u2028"), strings.HasPrefix(s, "\u2029"):
		return 3
	}
	return 0
}

// spaceWidth returns the length of the whitespace that collapses at the
// start of s, or 0: ASCII whitespace and the line breaks of breakWidth.
// No-break and fixed-width spaces are text, not layout.
func spaceWidth(s string) int {
	if s != "" && (s[0] == ' ' || s[0] == '\t' || s[0] == '\v' || s[0] == '\f') {
		return 1
	}
	return breakWidth(s)
}

// OneLine returns s without leading and trailing whitespace, each internal
// run of whitespace turned into one space, in normalisation form C.
func OneLine(s string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(s); {
		if n := spaceWidth(s[i:]); n > 0 {
			pending = b.Len() > 0
			i += n
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteByte(s[i])
		i++
	}
	return norm.NFC.String(b.String())
}

// SplitLines returns the lines of s, each made oneLine, without empty ones.
func SplitLines(s string) []string {
	var lines []string
	for s != "" {
		end := 0
		for end < len(s) && breakWidth(s[end:]) == 0 {
			end++
		}
		if line := OneLine(s[:end]); line != "" {
			lines = append(lines, line)
		}
		s = s[end:]
		s = s[breakWidth(s):]
	}
	return lines
}

// JoinLine returns text with line appended on a line of its own; an empty
// line leaves text as it is.
func JoinLine(text, line string) string {
	switch {
	case line == "":
		return text
	case text == "":
		return line
	}
	return text + "\n" + line
}

// Lines returns the lines of s, each made oneLine, without empty ones,
// joined with "\n".
func Lines(s string) string { return strings.Join(SplitLines(s), "\n") }
