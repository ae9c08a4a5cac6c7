package datetime

import (
	"slices"
	"strings"
	"unicode"

	"tafsiri/internal/cldr"
)

// EnglishNames returns the English month and weekday names, as CLDR writes
// them in full ("March", "Sunday"), that text holds as whole words. A word
// that only starts with one ("Marché", "Mayo") is not one, and neither is a
// lowercase "may". Benchmarks and tests use it to find names a translation
// left in English.
func EnglishNames(text string) []string {
	loc, ok := cldr.For("en")
	if !ok {
		return nil
	}
	var found []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(loc.Months[:], w) || slices.Contains(loc.Weekdays[:], w) {
			found = append(found, w)
		}
	}
	return found
}
