package metric

import (
	"regexp"
	"strings"
)

// The four rewriting rules of mteval-v13a, applied in this order. Each pattern
// matches exactly two characters or one, so Go's leftmost non-overlapping
// replacement visits the same matches as Python's re.sub.
var (
	// ASCII symbols become tokens: space through &, ( through +, /, : through
	// @, [ through ` and { through ~. Apostrophe, hyphen, period and comma
	// are left to the rules below or kept inside words.
	symbolRule = regexp.MustCompile(`([\x20-\x26\x28-\x2B\x2F\x3A-\x40\x5B-\x60\x7B-\x7E])`)
	// A period or comma not preceded by a digit is split off.
	punctAfterRule = regexp.MustCompile(`([^0-9])([.,])`)
	// A period or comma not followed by a digit is split off.
	punctBeforeRule = regexp.MustCompile(`([.,])([^0-9])`)
	// A dash preceded by a digit is split off.
	digitDashRule = regexp.MustCompile(`([0-9])(-)`)
)

// Tokenize13a splits text the way sacreBLEU's 13a tokenizer (mteval-v13a) does.
//
// It drops "<skipped>" markers and hyphenated line breaks, unescapes &quot;
// &amp; &lt; and &gt; (one after the other, as sacreBLEU does), splits ASCII
// symbols off, splits periods and commas unless they sit between digits, and
// splits a dash that follows a digit ("2-3" gives 2 - 3; "COVID-19" stays one
// token). Apostrophes stay inside words. Non-ASCII text is split on
// whitespace only.
func Tokenize13a(s string) []string {
	s = strings.ReplaceAll(s, "<skipped>", "")
	s = strings.ReplaceAll(s, "-\n", "")
	s = strings.ReplaceAll(s, "\n", " ")
	if strings.Contains(s, "&") {
		// Sequential, not a single-pass strings.Replacer: "&amp;lt;" must
		// become "<" as it does in sacreBLEU.
		s = strings.ReplaceAll(s, "&quot;", `"`)
		s = strings.ReplaceAll(s, "&amp;", "&")
		s = strings.ReplaceAll(s, "&lt;", "<")
		s = strings.ReplaceAll(s, "&gt;", ">")
	}
	s = " " + s + " "
	s = symbolRule.ReplaceAllString(s, " ${1} ")
	s = punctAfterRule.ReplaceAllString(s, "${1} ${2} ")
	s = punctBeforeRule.ReplaceAllString(s, " ${1} ${2}")
	s = digitDashRule.ReplaceAllString(s, "${1} ${2} ")
	return fields(s)
}
