package main

import (
	"fmt"

	"golang.org/x/text/language"
)

// entry is one locale of the tables, with where each pattern came from.
type entry struct {
	tag, source string
	aliases     []string

	months, monthsAbbr, monthsSA, monthsSAAbbr [12]string
	weekdays, weekdaysAbbr, weekdaysSA         [7]string
	am, pm                                     string

	patterns []field // in the order of cldr.Patterns
	hour12   bool
	numbers  numbers
}

// field is a named pattern of cldr.Patterns.
type field struct {
	name string
	c    choice
}

// generate reads the CLDR packages under dir and returns tables.go for tags.
func generate(dir string, tags []string) ([]byte, error) {
	d, err := load(dir)
	if err != nil {
		return nil, err
	}
	var entries []entry
	for _, tag := range tags {
		e, err := d.entry(tag)
		if err != nil {
			return nil, fmt.Errorf("generate %s: %w", tag, err)
		}
		entries = append(entries, e)
	}
	return write(d, entries)
}

// entry reads and derives everything the tables hold for tag.
func (d *data) entry(tag string) (entry, error) {
	src, err := d.source(tag)
	if err != nil {
		return entry{}, err
	}
	e := entry{tag: tag, source: src}
	for _, a := range d.aliases(src) {
		t, err := language.Parse(a)
		if err != nil {
			return entry{}, fmt.Errorf("parse alias %s: %w", a, err)
		}
		e.aliases = append(e.aliases, t.String())
	}
	if !contains(e.aliases, tag) {
		return entry{}, fmt.Errorf("alias %s: not among %v", tag, e.aliases)
	}
	g, err := d.calendar(src)
	if err != nil {
		return entry{}, err
	}
	if err := e.names(g); err != nil {
		return entry{}, err
	}
	if e.patterns, e.hour12, err = derive(g); err != nil {
		return entry{}, err
	}
	e.numbers, err = d.numbers(src)
	return e, err
}

// names copies the month, weekday and day period names.
func (e *entry) names(g *gregorian) error {
	var err error
	steps := []func() error{
		func() error { e.months, err = months(g.Months.Format.Wide, "months format wide"); return err },
		func() error {
			e.monthsAbbr, err = months(g.Months.Format.Abbreviated, "months format abbreviated")
			return err
		},
		func() error {
			e.monthsSA, err = months(g.Months.StandAlone.Wide, "months stand-alone wide")
			return err
		},
		func() error {
			e.monthsSAAbbr, err = months(g.Months.StandAlone.Abbreviated, "months stand-alone abbreviated")
			return err
		},
		func() error { e.weekdays, err = days(g.Days.Format.Wide, "days format wide"); return err },
		func() error {
			e.weekdaysAbbr, err = days(g.Days.Format.Abbreviated, "days format abbreviated")
			return err
		},
		func() error { e.weekdaysSA, err = days(g.Days.StandAlone.Wide, "days stand-alone wide"); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	e.am, e.pm = g.DayPeriods.Format.Abbreviated["am"], g.DayPeriods.Format.Abbreviated["pm"]
	if e.am == "" || e.pm == "" {
		return fmt.Errorf("read day periods: am or pm missing")
	}
	return nil
}

// derive chooses every pattern of cldr.Patterns.
func derive(g *gregorian) ([]field, bool, error) {
	dv := newDeriver(g)
	var out []field
	dates := map[string]choice{}
	for _, f := range []struct{ name, skel string }{
		{"DayMonth", "MMMMd"}, {"DayMonthYear", "yMMMMd"},
		{"WeekdayDayMonth", "MMMMEEEEd"}, {"WeekdayDayMonthYear", "yMMMMEEEEd"},
		{"NumericDate", "yMd"}, {"MonthYear", "yMMMM"},
	} {
		c, err := dv.date(f.skel)
		if err != nil {
			return nil, false, err
		}
		dates[f.skel] = c
		out = append(out, field{f.name, c})
	}
	short, hour, clock, hour12, err := dv.times()
	if err != nil {
		return nil, false, err
	}
	out = append(out, field{"Time", short}, field{"Hour", hour}, field{"ClockTime", clock})
	for _, f := range []struct{ name, skel, diff string }{
		{"DayRange", "MMMMd", "d"}, {"MonthRange", "MMMMd", "M"},
		{"DayRangeY", "yMMMMd", "d"}, {"MonthRangeY", "yMMMMd", "M"},
	} {
		c, err := dv.interval(f.skel, f.diff, dates[f.skel])
		if err != nil {
			return nil, false, fmt.Errorf("choose %s: %w", f.name, err)
		}
		out = append(out, field{f.name, c})
	}
	return out, hour12, nil
}
