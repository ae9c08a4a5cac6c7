package datetime

// parseRange reads a range of days within one month or across two:
// [from] 3 to 7 October, 3–7 October, October 3–7, 28 September – 3 October,
// September 28 to October 3, each with an optional year at the end.
func parseRange(c cursor) (Value, cursor, bool) {
	if n, ok := c.word("from"); ok {
		if !n.spaced() {
			return Value{}, c, false
		}
		c = n
	}
	first, monthFirst, c, ok := rangeStart(c)
	if !ok {
		return Value{}, c, false
	}
	if c, ok = connector(c); !ok {
		return Value{}, c, false
	}
	last, c, ok := rangeEnd(c, first, monthFirst)
	if !ok {
		return Value{}, c, false
	}
	if first.Month == 0 {
		first.Month = last.Month
	}
	first.Year, c = optYear(c)
	last.Year = first.Year
	return Value{Kind: KindRange, Date: first, End: last}, c, true
}

// rangeStart reads the first day: "3", "3 October" or "October 3"; the month
// is 0 when it comes only after the last day.
func rangeStart(c cursor) (Date, bool, cursor, bool) {
	if m, d, n, ok := dayMonth(c); ok {
		_, _, monthFirst := c.month()
		return Date{Month: m, Day: d}, monthFirst, n, true
	}
	d, _, n, ok := c.day()
	return Date{Day: d}, false, n, ok
}

// rangeEnd reads the last day in the order of the first: after "3", "7
// October" (both in October); after "October 3", "7" or "November 7"; after
// "28 September", "3 October".
func rangeEnd(c cursor, first Date, monthFirst bool) (Date, cursor, bool) {
	switch {
	case first.Month == 0:
		d, _, n, ok := c.day()
		if !ok || !n.spaced() {
			return Date{}, c, false
		}
		m, n, ok := n.month()
		return Date{Month: m, Day: d}, n, ok
	case monthFirst:
		if m, n, ok := c.month(); ok && n.spaced() {
			d, _, n, ok := n.day()
			return Date{Month: m, Day: d}, n, ok
		}
		d, _, n, ok := c.day()
		return Date{Month: first.Month, Day: d}, n, ok
	default:
		d, _, n, ok := c.day()
		if !ok || !n.spaced() {
			return Date{}, c, false
		}
		m, n, ok := n.month()
		return Date{Month: m, Day: d}, n, ok
	}
}

// connector reads "to", "until", "through" or a dash.
func connector(c cursor) (cursor, bool) {
	if n, ok := c.word("to", "until", "through"); ok {
		return n, c.spaced() && n.spaced()
	}
	if n, ok := c.punct("–"); ok {
		return n, true
	}
	return c.punct("-")
}
