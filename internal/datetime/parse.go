package datetime

import (
	"strconv"
	"time"
)

// parser reads one kind of expression from the start of the tokens.
type parser func(cursor) (Value, cursor, bool)

// Parse reads text, all of it, as one English date, weekday, range of days
// or time:
//
//	12 March, March 12, 12th March, 12 March 2027, March 12, 2027
//	Saturday 14 May, Saturday, 14 May 2027, Sat 14 May, Saturday, May 14
//	Sunday
//	May 2027, March
//	from 3 to 7 October, 3–7 October, October 3–7, 2027,
//	from 28 September to 3 October
//	2027-03-12, 25/03/2027, 03/25/2027, 12.12.2027
//	8:00, 16:30, 4 pm, 4:30 p.m., 8:00 a.m., 12 noon
//
// Month and weekday names are CLDR's English ones, wide or abbreviated, in
// Title case or capitals; a month alone must be written in full ("March",
// not "Mar"). It reports false for anything else, and for anything it could
// read two ways (see the package documentation).
func Parse(text string) (Value, bool) {
	toks, ok := scan(text)
	if !ok || len(toks) == 0 {
		return Value{}, false
	}
	start := cursor{toks: toks}
	var found []Value
	for _, p := range []parser{parseDate, parseWeekday, parseMonth, parseRange, parseNumeric, parseClock} {
		v, rest, ok := p(start)
		if ok && rest.done() && v.check() == nil {
			found = append(found, v)
		}
	}
	// Two readings of one text would make it ambiguous; none does today,
	// and this keeps it so as the grammar grows.
	if len(found) != 1 {
		return Value{}, false
	}
	return found[0], true
}

// parseDate reads [weekday [,]] day month [[,] year], or the month first.
func parseDate(c cursor) (Value, cursor, bool) {
	var d Date
	if w, n, ok := c.weekday(); ok {
		d.Weekday, d.HasWeekday = w, true
		c = n.optPunct(",")
		if !c.spaced() {
			return Value{}, c, false
		}
	}
	var ok bool
	if d.Month, d.Day, c, ok = dayMonth(c); !ok {
		return Value{}, c, false
	}
	d.Year, c = optYear(c)
	return Value{Kind: KindDate, Date: d}, c, true
}

// parseWeekday reads a weekday alone.
func parseWeekday(c cursor) (Value, cursor, bool) {
	w, c, ok := c.weekday()
	return Value{Kind: KindWeekday, Date: Date{Weekday: w, HasWeekday: true}}, c, ok
}

// parseMonth reads a month and an optional year; a month alone only in full.
func parseMonth(c cursor) (Value, cursor, bool) {
	t, _, _ := c.next()
	m, c, ok := c.month()
	if !ok {
		return Value{}, c, false
	}
	year, c := optYear(c)
	if year == 0 && !englishNames().wide[t.text] {
		return Value{}, c, false
	}
	return Value{Kind: KindMonth, Date: Date{Month: m, Year: year}}, c, true
}

// dayMonth reads "12 March", "12th of March" or "March 12".
func dayMonth(c cursor) (time.Month, int, cursor, bool) {
	if day, ord, n, ok := c.day(); ok {
		if ord {
			if m, ok := n.word("of"); ok && m.spaced() {
				n = m
			}
		}
		if !n.spaced() {
			return 0, 0, c, false
		}
		if m, n, ok := n.month(); ok {
			return m, day, n, true
		}
		return 0, 0, c, false
	}
	m, n, ok := c.month()
	if !ok || !n.spaced() {
		return 0, 0, c, false
	}
	day, _, n, ok := n.day()
	if !ok {
		return 0, 0, c, false
	}
	return m, day, n, true
}

// optYear reads an optional [,] year; it returns 0 when there is none.
func optYear(c cursor) (int, cursor) {
	n := c.optPunct(",")
	if !n.spaced() {
		return 0, c
	}
	t, n, ok := n.next()
	if !ok || t.kind != tokNumber || len(t.text) != 4 || t.text[0] == '0' {
		return 0, c
	}
	y, err := strconv.Atoi(t.text)
	if err != nil {
		return 0, c
	}
	return y, n
}

// day reads a day of the month, 1–31, with an optional ordinal suffix
// ("12th") that must be the right one; it reports whether there was one.
func (c cursor) day() (int, bool, cursor, bool) {
	t, n, ok := c.next()
	if !ok || t.kind != tokNumber || len(t.text) > 2 {
		return 0, false, c, false
	}
	d, err := strconv.Atoi(t.text)
	if err != nil || d < 1 || d > 31 {
		return 0, false, c, false
	}
	if n.done() || n.spaced() || n.toks[n.i].kind != tokWord {
		return d, false, n, true
	}
	if m, ok := n.word(ordinal(d)); ok {
		return d, true, m, true
	}
	return 0, false, c, false
}

// ordinal returns the English ordinal suffix of n: st, nd, rd or th.
func ordinal(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// spaced reports whether white space comes before the next token.
func (c cursor) spaced() bool { return !c.done() && c.toks[c.i].space }
