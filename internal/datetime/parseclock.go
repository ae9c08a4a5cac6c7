package datetime

import (
	"strconv"
	"time"
)

// parseClock reads a time: "16:30", "8:00", "4 pm", "4:30 p.m.", "4.30pm",
// "8:00 a.m.", "12 noon".
func parseClock(c cursor) (Value, cursor, bool) {
	t, n, ok := c.next()
	if !ok || t.kind != tokNumber || len(t.text) > 2 {
		return Value{}, c, false
	}
	hour, err := strconv.Atoi(t.text)
	if err != nil {
		return Value{}, c, false
	}
	clock := Clock{Hour: hour}
	if m, ok := minutes(n, ":"); ok {
		clock.Minute, clock.Minutes, n = m.minute, true, m.c
	} else if m, ok := minutes(n, "."); ok {
		// "4.30" is a time only when am or pm follows.
		if _, _, ok := dayPeriod(m.c); !ok {
			return Value{}, c, false
		}
		clock.Minute, clock.Minutes, n = m.minute, true, m.c
	}
	if pm, rest, ok := dayPeriod(n); ok {
		// "12 pm" and "12:00 a.m." are read both ways (noon, midnight).
		if hour < 1 || hour > 12 || hour == 12 && clock.Minute == 0 {
			return Value{}, c, false
		}
		clock.Hour = hour % 12
		if pm {
			clock.Hour += 12
		}
		return Value{Kind: KindTime, Clock: clock}, rest, true
	}
	if rest, ok := n.word("noon"); ok && hour == 12 && clock.Minute == 0 && n.spaced() {
		return Value{Kind: KindTime, Clock: clock}, rest, true
	}
	if !clock.Minutes || hour > 23 {
		return Value{}, c, false
	}
	clock.Unmarked = hour >= 1 && hour <= 12 && t.text[0] != '0'
	return Value{Kind: KindTime, Clock: clock}, n, true
}

// minuteAfter is the minute read after an hour and the cursor past it.
type minuteAfter struct {
	minute int
	c      cursor
}

// minutes reads sep and two digits, 00–59, with no space around sep.
func minutes(c cursor, sep string) (minuteAfter, bool) {
	if c.spaced() {
		return minuteAfter{}, false
	}
	n, ok := c.punct(sep)
	if !ok || n.spaced() {
		return minuteAfter{}, false
	}
	t, n, ok := n.next()
	if !ok || t.kind != tokNumber || len(t.text) != 2 {
		return minuteAfter{}, false
	}
	m, err := strconv.Atoi(t.text)
	if err != nil || m > 59 {
		return minuteAfter{}, false
	}
	return minuteAfter{m, n}, true
}

// dayPeriod reads am or pm ("am", "a.m.", "AM", "A.M.") and reports pm.
func dayPeriod(c cursor) (bool, cursor, bool) {
	if n, ok := c.word("am", "a.m."); ok {
		return false, n, true
	}
	if n, ok := c.word("pm", "p.m."); ok {
		return true, n, true
	}
	return false, c, false
}

// parseNumeric reads an all-digit date: ISO 2027-03-12, or day and month
// with a four-digit year, "25/03/2027", only when they can be told apart
// (one is over 12, or both are equal).
func parseNumeric(c cursor) (Value, cursor, bool) {
	parts, seps, n, ok := numbers(c)
	if !ok || len(parts) != 3 || seps[0] != seps[1] {
		return Value{}, c, false
	}
	a, b, y := parts[0], parts[1], parts[2]
	if len(a.text) == 4 && seps[0] == "-" && len(b.text) == 2 && len(y.text) == 2 {
		d := Date{Year: a.n, Month: time.Month(b.n), Day: y.n, Numeric: true, Padded: true}
		return Value{Kind: KindDate, Date: d}, n, a.text[0] != '0'
	}
	if len(a.text) > 2 || len(b.text) > 2 || len(y.text) != 4 || y.text[0] == '0' {
		return Value{}, c, false
	}
	padded := len(a.text) == 2 && len(b.text) == 2
	switch {
	case a.n == b.n, a.n > 12 && b.n <= 12:
		return Value{Kind: KindDate, Date: Date{Year: y.n, Month: time.Month(b.n), Day: a.n, Numeric: true, Padded: padded}}, n, true
	case b.n > 12 && a.n <= 12:
		return Value{Kind: KindDate, Date: Date{Year: y.n, Month: time.Month(a.n), Day: b.n, Numeric: true, Padded: padded}}, n, true
	}
	return Value{}, c, false
}

// number is a number token and its value.
type number struct {
	text string
	n    int
}

// numbers reads numbers joined by "/", "." or "-" with no space.
func numbers(c cursor) ([]number, []string, cursor, bool) {
	var parts []number
	var seps []string
	for {
		t, n, ok := c.next()
		if !ok || t.kind != tokNumber || len(parts) > 0 && t.space {
			return nil, nil, c, false
		}
		v, err := strconv.Atoi(t.text)
		if err != nil {
			return nil, nil, c, false
		}
		parts = append(parts, number{t.text, v})
		c = n
		s, n, ok := c.next()
		if !ok || s.kind != tokPunct || s.space || s.text != "/" && s.text != "." && s.text != "-" {
			return parts, seps, c, true
		}
		seps = append(seps, s.text)
		c = n
	}
}
