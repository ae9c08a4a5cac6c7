package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"tafsiri/internal/cldr/pattern"
)

// choice is a pattern and where in CLDR it came from.
type choice struct {
	Pattern string
	From    string
}

// deriver chooses one locale's patterns.
type deriver struct {
	g *gregorian
	// widenMonths tells whether an abbreviated month (MMM) in a borrowed
	// pattern may be widened to MMMM. Not where the locale writes "day
	// month" the same way whatever the width (Chinese "M月d日"): its MMM
	// names ("3月") are then the ones its dates use, and its wide ones
	// ("三月") are not.
	widenMonths bool
}

func newDeriver(g *gregorian) deriver {
	af := g.DateTimeFormats.AvailableFormats
	return deriver{g: g, widenMonths: af["MMMMd"] != af["MMMd"]}
}

// date chooses the pattern of a date skeleton: availableFormats, else the
// dateFormats entry whose dateSkeleton it is, else the availableFormats
// entry of a narrower skeleton (E for EEEE, MMM for MMMM) with its fields
// widened, as UTS #35 "Matching Skeletons" adjusts field widths.
func (d deriver) date(skel string) (choice, error) {
	c, err := d.dateCandidate(skel)
	if err != nil {
		return choice{}, err
	}
	if err := checkDate(c.Pattern, skel); err != nil {
		return choice{}, fmt.Errorf("check %s (%s): %w", skel, c.From, err)
	}
	return c, nil
}

func (d deriver) dateCandidate(skel string) (choice, error) {
	af := d.g.DateTimeFormats.AvailableFormats
	if p, ok := af[skel]; ok {
		return choice{p, "availableFormats " + skel}, nil
	}
	for _, w := range []string{"full", "long", "medium", "short"} {
		if d.g.DateSkeletons[w] == skel {
			return choice{d.g.DateFormats[w], "dateFormats " + w}, nil
		}
	}
	for _, n := range narrower(skel) {
		if p, ok := af[n]; ok {
			return d.widened(p, "availableFormats "+n)
		}
	}
	return choice{}, fmt.Errorf("choose %s: no pattern", skel)
}

// narrower returns the skeletons whose patterns may stand for skel once
// widened, nearest first.
func narrower(skel string) []string {
	e := strings.Replace(skel, "EEEE", "E", 1)
	m := strings.Replace(skel, "MMMM", "MMM", 1)
	both := strings.Replace(e, "MMMM", "MMM", 1)
	var out []string
	for _, s := range []string{e, m, both} {
		if s != skel && !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// widened returns p with its abbreviated weekday and month fields made wide.
func (d deriver) widened(p, from string) (choice, error) {
	toks, err := pattern.Parse(p)
	if err != nil {
		return choice{}, err
	}
	for i, t := range toks {
		switch {
		case t.Field == 'E' && t.Count < 4, t.Field == 'c' && t.Count == 3:
			toks[i].Count = 4
		case (t.Field == 'M' || t.Field == 'L') && t.Count == 3 && d.widenMonths:
			toks[i].Count = 4
		}
	}
	w := pattern.String(toks)
	if w != p {
		from += " (" + p + "), widened"
	}
	return choice{w, from}, nil
}

// interval chooses the interval pattern of a date skeleton for a greatest
// difference ("d" or "M"): intervalFormats, else that of a narrower skeleton
// widened, else intervalFormatFallback around the date pattern. A CLDR
// pattern that would drop a field of either date is passed over.
func (d deriver) interval(skel, diff string, date choice) (choice, error) {
	var skipped []string
	for _, s := range append([]string{skel}, narrower(skel)...) {
		raw, ok := d.g.DateTimeFormats.IntervalFormats[s]
		if !ok {
			continue
		}
		var m map[string]string
		if err := json.Unmarshal(raw, &m); err != nil {
			return choice{}, fmt.Errorf("decode intervalFormats %s: %w", s, err)
		}
		p, ok := m[diff]
		if !ok {
			continue
		}
		c := choice{p, "intervalFormats " + s + "/" + diff}
		if s != skel {
			w, err := d.widened(p, c.From)
			if err != nil {
				return choice{}, err
			}
			c = w
		}
		if err := checkInterval(c.Pattern, skel, diff); err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", c.From, err))
			continue
		}
		return c, nil
	}
	c, err := d.fallback(date)
	if err != nil {
		return choice{}, err
	}
	if len(skipped) > 0 {
		c.From += "; passed over " + strings.Join(skipped, "; ")
	}
	return c, checkInterval(c.Pattern, skel, diff)
}

// fallback writes both dates in full with intervalFormatFallback between.
func (d deriver) fallback(date choice) (choice, error) {
	raw, ok := d.g.DateTimeFormats.IntervalFormats["intervalFormatFallback"]
	if !ok {
		return choice{}, fmt.Errorf("choose interval: no intervalFormatFallback")
	}
	var f string
	if err := json.Unmarshal(raw, &f); err != nil {
		return choice{}, fmt.Errorf("decode intervalFormatFallback: %w", err)
	}
	before, rest, ok1 := strings.Cut(f, "{0}")
	mid, after, ok2 := strings.Cut(rest, "{1}")
	if !ok1 || !ok2 {
		return choice{}, fmt.Errorf("read intervalFormatFallback %q: want {0} then {1}", f)
	}
	toks, err := pattern.Parse(date.Pattern)
	if err != nil {
		return choice{}, err
	}
	var all []pattern.Token
	for _, part := range [][]pattern.Token{literal(before), toks, literal(mid), toks, literal(after)} {
		all = append(all, part...)
	}
	return choice{pattern.String(all), "intervalFormatFallback " + f + " around " + date.From}, nil
}

func literal(s string) []pattern.Token {
	if s == "" {
		return nil
	}
	return []pattern.Token{{Text: s}}
}

// times chooses the short time, the whole-hour and the clock patterns.
func (d deriver) times() (short, hour, clock choice, hour12 bool, err error) {
	short = choice{d.g.TimeFormats["short"], "timeFormats short"}
	toks, err := pattern.Parse(short.Pattern)
	if err != nil {
		return short, hour, clock, false, err
	}
	if err := checkTime(toks); err != nil {
		return short, hour, clock, false, fmt.Errorf("check %s %q: %w", short.From, short.Pattern, err)
	}
	hour12 = hasField(toks, 'h')
	if hour12 {
		hour = choice{d.g.DateTimeFormats.AvailableFormats["h"], "availableFormats h"}
		ht, err := pattern.Parse(hour.Pattern)
		if err != nil {
			return short, hour, clock, false, err
		}
		if err := checkTime(ht); err != nil || hasField(ht, 'm') || !hasField(ht, 'a') {
			return short, hour, clock, false, fmt.Errorf("check %s %q: want h and a, no minutes (%v)", hour.From, hour.Pattern, err)
		}
	}
	clock, err = clockPattern(toks)
	return short, hour, clock, hour12, err
}

// clockPattern derives, from the short time, the pattern of a time written
// without am or pm (whose morning or evening the source leaves open): the day
// period and the space beside it are dropped and the hour is unpadded and
// counted 1–12, so that "8:00" stays "8:00" and is not made "08:00".
func clockPattern(toks []pattern.Token) (choice, error) {
	var out []pattern.Token
	for i, t := range toks {
		switch {
		case t.Field == 'a' && i != 0 && i != len(toks)-1:
			return choice{}, fmt.Errorf("derive clock pattern: day period inside %q", pattern.String(toks))
		case t.Field == 'a':
			continue
		case t.Field == 'h' || t.Field == 'H':
			t = pattern.Token{Field: 'h', Count: 1}
		}
		out = append(out, t)
	}
	if n := len(out); n > 0 && !out[0].IsField() {
		out[0].Text = strings.TrimLeftFunc(out[0].Text, unicode.IsSpace)
	}
	if n := len(out); n > 0 && !out[n-1].IsField() {
		out[n-1].Text = strings.TrimRightFunc(out[n-1].Text, unicode.IsSpace)
	}
	var kept []pattern.Token
	for _, t := range out {
		if t.IsField() || t.Text != "" {
			kept = append(kept, t)
		}
	}
	return choice{pattern.String(kept), "timeFormats short without day period, hour h"}, nil
}
