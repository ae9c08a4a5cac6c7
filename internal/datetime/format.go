package datetime

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"tafsiri/internal/cldr"
	"tafsiri/internal/cldr/pattern"
)

// Errors of Format, besides ErrInvalid.
var (
	ErrLocale  = errors.New("no CLDR date data for the language")
	ErrPattern = errors.New("pattern field not written")
)

// Options change how Format writes a value.
type Options struct {
	// WesternDigits writes 0–9 where the language's default digits are
	// others (Persian ۰–۹, Bengali ০–৯).
	WesternDigits bool
}

// Format writes v in the language of the BCP 47 tag (one of cldr.Tags), with
// that language's CLDR names, patterns and default digits: "12 de marzo"
// (es-419), "12 марта" (ru), "3月12日" (zh-Hans), "samedi 14 mai" (fr), "4:30
// PM" (en) or "16:30" (fr). A weekday or a month alone is written in its
// stand-alone form, a month with its year with CLDR's "month year" pattern
// ("mayo de 2027", "2027年5月"). It fails on an unknown language or an invalid value.
func Format(v Value, tag string, opts Options) (string, error) {
	loc, ok := cldr.For(tag)
	if !ok {
		return "", fmt.Errorf("format date: %w: %q", ErrLocale, tag)
	}
	if err := v.check(); err != nil {
		return "", fmt.Errorf("format date: %w", err)
	}
	w := writer{loc: loc, digits: []rune(loc.Numbers.Digits)}
	if opts.WesternDigits {
		w.digits = []rune("0123456789")
	}
	var s string
	var err error
	switch v.Kind {
	case KindWeekday:
		return loc.WeekdaysStandAlone[v.Date.Weekday], nil
	case KindMonth:
		if v.Date.Year == 0 {
			return loc.MonthsStandAlone[v.Date.Month-1], nil
		}
		s, err = w.dates(loc.Patterns.MonthYear, v.Date, v.Date)
	case KindDate:
		s, err = w.dates(datePattern(loc.Patterns, v.Date), v.Date, v.Date)
	case KindRange:
		s, err = w.dates(rangePattern(loc.Patterns, v), v.Date, v.End)
	case KindTime:
		s, err = w.clock(v.Clock)
	}
	if err != nil {
		return "", fmt.Errorf("format date in %s: %w", tag, err)
	}
	return s, nil
}

// datePattern chooses the pattern that writes exactly the fields d has.
func datePattern(p cldr.Patterns, d Date) string {
	switch {
	case d.Numeric && d.Year != 0 && monthInDigits(p.DayMonthYear):
		return p.DayMonthYear // Chinese "2027年3月25日", the digits its texts write
	case d.Numeric && d.Padded:
		return padded(p.NumericDate)
	case d.Numeric:
		return p.NumericDate
	case d.HasWeekday && d.Year != 0:
		return p.WeekdayDayMonthYear
	case d.HasWeekday:
		return p.WeekdayDayMonth
	case d.Year != 0:
		return p.DayMonthYear
	}
	return p.DayMonth
}

// padded returns date pattern p with its day and numeric month written
// with two digits ("d/M/y" → "dd/MM/y"), or p when it cannot be read.
func padded(p string) string {
	toks, err := pattern.Parse(p)
	if err != nil {
		return p
	}
	for i, t := range toks {
		if (t.Field == 'd' || t.Field == 'M' || t.Field == 'L') && t.Count == 1 {
			toks[i].Count = 2
		}
	}
	return pattern.String(toks)
}

// MonthBeforeDay reports whether the language of tag writes a date's month
// before its day ("7月13日", "July 13"), by its CLDR day-and-month pattern.
func MonthBeforeDay(tag string) bool {
	loc, ok := cldr.For(tag)
	if !ok {
		return false
	}
	toks, err := pattern.Parse(loc.Patterns.DayMonth)
	if err != nil {
		return false
	}
	for _, t := range toks {
		switch t.Field {
		case 'M', 'L':
			return true
		case 'd':
			return false
		}
	}
	return false
}

// monthInDigits reports whether date pattern p writes its month in digits
// (M or MM): a language whose dates are all digits and characters, as
// Chinese "y年M月d日", writes a date given in digits that way too.
func monthInDigits(p string) bool {
	toks, err := pattern.Parse(p)
	if err != nil {
		return false
	}
	for _, t := range toks {
		if (t.Field == 'M' || t.Field == 'L') && t.Count <= 2 {
			return true
		}
	}
	return false
}

// rangePattern chooses the interval pattern of a range.
func rangePattern(p cldr.Patterns, v Value) string {
	sameMonth := v.Date.Month == v.End.Month
	switch {
	case sameMonth && v.Date.Year != 0:
		return p.DayRangeY
	case sameMonth:
		return p.DayRange
	case v.Date.Year != 0:
		return p.MonthRangeY
	}
	return p.MonthRange
}

// writer writes the fields of patterns in one language.
type writer struct {
	loc    *cldr.Locale
	digits []rune
}

// dates writes a date pattern; in an interval pattern, the fields after the
// first repeated one are the last day's (UTS #35).
func (w writer) dates(p string, first, last Date) (string, error) {
	toks, err := pattern.Parse(p)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	seen := map[rune]bool{}
	d := first
	for _, t := range toks {
		if !t.IsField() {
			b.WriteString(t.Text)
			continue
		}
		k := fieldKind(t.Field)
		if seen[k] {
			d = last
			clear(seen)
		}
		seen[k] = true
		s, err := w.dateField(t, d)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// fieldKind folds the letters of one field: L is a month, c a weekday.
func fieldKind(r rune) rune {
	switch r {
	case 'L':
		return 'M'
	case 'c':
		return 'E'
	}
	return r
}

func (w writer) dateField(t pattern.Token, d Date) (string, error) {
	l := w.loc
	switch {
	case t.Field == 'd' && t.Count <= 2:
		return w.number(d.Day, t.Count), nil
	case t.Field == 'y' && t.Count == 1 && d.Year != 0:
		return w.number(d.Year, 1), nil
	case (t.Field == 'M' || t.Field == 'L') && t.Count <= 2:
		return w.number(int(d.Month), t.Count), nil
	case t.Field == 'M' && t.Count == 3:
		return l.MonthsAbbr[d.Month-1], nil
	case t.Field == 'M' && t.Count == 4:
		return l.Months[d.Month-1], nil
	case t.Field == 'L' && t.Count == 3:
		return l.MonthsStandAloneAbbr[d.Month-1], nil
	case t.Field == 'L' && t.Count == 4:
		return l.MonthsStandAlone[d.Month-1], nil
	case t.Field == 'E' && d.HasWeekday && t.Count <= 3:
		return l.WeekdaysAbbr[d.Weekday], nil
	case t.Field == 'E' && d.HasWeekday && t.Count == 4:
		return l.Weekdays[d.Weekday], nil
	case t.Field == 'c' && d.HasWeekday && t.Count == 4:
		return l.WeekdaysStandAlone[d.Weekday], nil
	}
	return "", fmt.Errorf("%w: %s", ErrPattern, strings.Repeat(string(t.Field), t.Count))
}

// clock writes a time: one whose morning or evening the source leaves open
// without a day period; a whole hour of a 12-hour language as "4 PM"; any
// other with the short time pattern. A 24-hour language writes a whole hour
// with its minutes ("16:00"): its whole-hour pattern is a bare number in many
// languages, which reads as a count, not a time.
func (w writer) clock(c Clock) (string, error) {
	p := w.loc.Patterns
	switch {
	case c.Unmarked:
		return w.times(p.ClockTime, c)
	case !c.Minutes && p.Hour12 && p.Hour != "":
		return w.times(p.Hour, c)
	}
	return w.times(p.Time, c)
}

func (w writer) times(p string, c Clock) (string, error) {
	toks, err := pattern.Parse(p)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, t := range toks {
		switch {
		case !t.IsField():
			b.WriteString(t.Text)
		case t.Field == 'h' && t.Count <= 2:
			h := c.Hour % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(w.number(h, t.Count))
		case t.Field == 'H' && t.Count <= 2 && !c.Unmarked:
			b.WriteString(w.number(c.Hour, t.Count))
		case t.Field == 'm' && t.Count <= 2:
			b.WriteString(w.number(c.Minute, t.Count))
		case t.Field == 'a' && t.Count <= 3 && !c.Unmarked:
			b.WriteString(w.period(c.Hour))
		default:
			return "", fmt.Errorf("%w: %s", ErrPattern, strings.Repeat(string(t.Field), t.Count))
		}
	}
	return b.String(), nil
}

func (w writer) period(hour int) string {
	if hour < 12 {
		return w.loc.AM
	}
	return w.loc.PM
}

// number writes n with at least width digits, in the writer's digits.
func (w writer) number(n, width int) string {
	s := strconv.Itoa(n)
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(w.digits[r-'0'])
	}
	return b.String()
}
