// Package datetime reads the dates, weekdays and times an English health
// notice writes and writes them again the way another language does, with
// the month and weekday names, patterns and digits of CLDR (package
// internal/cldr).
//
// [Parse] is strict on purpose: a translation must never say what the source
// does not, and a wrong date is worse than an untranslated one. It takes the
// whole text as one expression and refuses anything it cannot read one way
// only: "12/03/2027" (day/month or month/day), a two-digit year, "12 pm",
// an impossible date ("31 April"), lowercase month names ("may" is a verb),
// a range that ends before it starts. A time written without am/pm and
// without a leading zero ("8:00") keeps its ambiguity: [Format] writes it on
// a clock without a day period ("8:00"), never "08:00" or "8:00 AM". A weekday
// given with a date is kept and written, not checked against the calendar.
//
// [Format] writes the values the source gave and nothing else: no year is
// added to "12 March", no weekday to a date without one. A date the source
// writes in digits only stays in digits, in the language's order and
// separators: "25/03/2027" is "25.03.2027" in Russian; in Chinese, whose
// dates are written in digits anyway, it is "2027年3月25日", as its texts
// write it, not the short form "2027/3/25".
package datetime
