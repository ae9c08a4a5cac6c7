package xmltext

import (
	"strconv"
	"unicode/utf8"
)

// AppendAttr appends ` name="value"` with value escaped.
func AppendAttr(b []byte, name, value string) []byte {
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="`...)
	b = AppendEscaped(b, value)
	return append(b, '"')
}

// AppendEscaped appends s escaped for XML text or attribute values. Line
// breaks and tabs become character references, so attribute normalisation
// keeps them; invalid UTF-8 and characters XML 1.0 forbids become U+FFFD.
func AppendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == '&':
			b = append(b, "&amp;"...)
		case c == '<':
			b = append(b, "&lt;"...)
		case c == '>':
			b = append(b, "&gt;"...)
		case c == '"':
			b = append(b, "&quot;"...)
		case c == '\'':
			b = append(b, "&apos;"...)
		case c == '\t', c == '\n', c == '\r':
			b = append(b, "&#"...)
			b = strconv.AppendInt(b, int64(c), 10)
			b = append(b, ';')
		case !xmlChar(c, n):
			b = append(b, "\uFFFD"...)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// xmlChar reports whether c, decoded from n bytes, may appear in XML 1.0.
func xmlChar(c rune, n int) bool {
	switch {
	case c == utf8.RuneError && n == 1:
		return false
	case c < 0x20:
		return c == '\t' || c == '\n' || c == '\r'
	case c <= 0xD7FF:
		return true
	case c >= 0xE000 && c <= 0xFFFD:
		return true
	}
	return c >= 0x10000 && c <= utf8.MaxRune
}
