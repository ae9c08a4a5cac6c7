package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// WithoutAccents removes the accents of a lookup key, for comparisons that
// ignore them: it decomposes the key (NFD), drops the marks isAccent names
// and composes the rest again (NFC).
func WithoutAccents(key string) string {
	if isASCII(key) || norm.NFD.IsNormalString(key) && !strings.ContainsFunc(key, isAccent) {
		return key // no accent, precomposed or not: Han, Devanagari, plain Cyrillic...
	}
	d := norm.NFD.String(key)
	if !strings.ContainsFunc(d, isAccent) {
		return key
	}
	b := make([]byte, 0, len(d))
	for _, r := range d {
		if !isAccent(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	if len(b) == 0 {
		return key // a lone mark stays what it is
	}
	return norm.NFC.String(string(b))
}

// isAccent reports the nonspacing marks that writers add or leave out at will:
// the generic combining diacritics (used by Latin, Greek and Cyrillic), the
// Cyrillic titlo, Hebrew points and Arabic vowel, hamza and Quranic marks.
// The marks of Indic and Southeast Asian scripts are vowels and viramas that
// spell the word, so they are not accents.
func isAccent(r rune) bool {
	switch {
	case r < 0x0300:
		return false
	case r <= 0x036F, // Combining Diacritical Marks
		r >= 0x1AB0 && r <= 0x1AFF, r >= 0x1DC0 && r <= 0x1DFF, // their extension and supplement
		r >= 0x20D0 && r <= 0x20FF, r >= 0xFE20 && r <= 0xFE2F: // marks for symbols, half marks
		return true
	case r >= 0x0483 && r <= 0x0489, // Cyrillic titlo and friends
		r >= 0x0591 && r <= 0x05C7,                                                                      // Hebrew points and cantillation
		r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED: // Arabic
		return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r)
	}
	return false
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
