package datetime

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"tafsiri/internal/cldr"
)

// english holds the English names Parse reads, from CLDR's "en" locale.
type english struct {
	months   map[string]time.Month
	wide     map[string]bool // the months' full names, as months holds them
	weekdays map[string]time.Weekday
}

// englishNames builds the name tables once; they are empty if CLDR has no
// English, and Parse then reads no name.
var englishNames = sync.OnceValue(func() english {
	e := english{months: map[string]time.Month{}, wide: map[string]bool{}, weekdays: map[string]time.Weekday{}}
	loc, ok := cldr.For("en")
	if !ok {
		return e
	}
	for i := range 12 {
		for _, form := range forms(loc.Months[i], loc.MonthsAbbr[i]) {
			e.months[form] = time.Month(i + 1)
		}
		e.wide[loc.Months[i]], e.wide[upper(loc.Months[i])] = true, true
	}
	for i := range 7 {
		for _, form := range forms(loc.Weekdays[i], loc.WeekdaysAbbr[i]) {
			e.weekdays[form] = time.Weekday(i)
		}
	}
	return e
})

// forms returns the spellings of a name Parse accepts: the wide and the
// abbreviated name as CLDR writes them (Title case) and in capitals, and the
// abbreviation with a final dot ("Mar."). Lowercase is refused: "may" is a
// verb.
func forms(wide, abbr string) []string {
	out := []string{wide, upper(wide)}
	if abbr != wide {
		out = append(out, abbr, upper(abbr), abbr+".", upper(abbr)+".")
	}
	return out
}

func upper(s string) string { return strings.ToUpper(s) }

func title(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// month moves past an English month name.
func (c cursor) month() (time.Month, cursor, bool) {
	t, n, ok := c.next()
	if !ok || t.kind != tokWord {
		return 0, c, false
	}
	m, ok := englishNames().months[t.text]
	if !ok {
		return 0, c, false
	}
	return m, n, true
}

// weekday moves past an English weekday name.
func (c cursor) weekday() (time.Weekday, cursor, bool) {
	t, n, ok := c.next()
	if !ok || t.kind != tokWord {
		return 0, c, false
	}
	w, ok := englishNames().weekdays[t.text]
	if !ok {
		return 0, c, false
	}
	return w, n, true
}
