package metric

import (
	"strings"
	"unicode"
)

// isSpace reports whether Python's str.isspace holds for r. It is Go's
// unicode.IsSpace plus the four information separators U+001C..U+001F, which
// Python counts as whitespace (bidirectional class B or S) and Go does not.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F)
}

// fields splits s like Python's str.split() with no argument.
func fields(s string) []string {
	return strings.FieldsFunc(s, isSpace)
}

// trimRightSpace strips trailing whitespace like Python's str.rstrip().
func trimRightSpace(s string) string {
	return strings.TrimRightFunc(s, isSpace)
}

// removeSpace drops every whitespace character, like Python's "".join(s.split()).
func removeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// lower lowercases s like Python's str.lower: Go's simple mapping everywhere
// except the two places where Python uses Unicode's special casing, the
// dotted capital I (U+0130 becomes "i" and a combining dot above) and the
// final form of capital sigma.
func lower(s string) string {
	if !strings.ContainsAny(s, "\u0130\u03a3") {
		return strings.ToLower(s)
	}
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	for i, r := range runes {
		switch {
		case r == '\u0130':
			b.WriteString("i\u0307")
		case r == '\u03a3' && finalSigma(runes, i):
			b.WriteRune('\u03c2')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at runes[i] ends a word in
// Unicode's Final_Sigma sense: a cased letter before it and none after it,
// skipping case-ignorable characters on both sides.
func finalSigma(runes []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(runes[j]) {
		j--
	}
	if j < 0 || !cased(runes[j]) {
		return false
	}
	k := i + 1
	for k < len(runes) && caseIgnorable(runes[k]) {
		k++
	}
	return k == len(runes) || !cased(runes[k])
}

// cased reports Unicode's Cased property: upper, lower or title case letters
// and the Other_Lowercase and Other_Uppercase characters.
func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.In(r, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// wordMedial holds the Word_Break MidLetter, MidNumLet and Single_Quote
// characters, which Unicode counts as case-ignorable.
const wordMedial = "'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a"

// caseIgnorable reports Unicode's Case_Ignorable property.
func caseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) ||
		strings.ContainsRune(wordMedial, r)
}
