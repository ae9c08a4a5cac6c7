package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"unicode/utf8"
)

// widths is one context of a name list (months, days or day periods).
type widths struct {
	Abbreviated map[string]string `json:"abbreviated"`
	Wide        map[string]string `json:"wide"`
}

// contexts is a name list in both contexts.
type contexts struct {
	Format     widths `json:"format"`
	StandAlone widths `json:"stand-alone"`
}

// gregorian is the part of ca-gregorian.json the tables use.
type gregorian struct {
	Months          contexts          `json:"months"`
	Days            contexts          `json:"days"`
	DayPeriods      contexts          `json:"dayPeriods"`
	DateFormats     map[string]string `json:"dateFormats"`
	DateSkeletons   map[string]string `json:"dateSkeletons"`
	TimeFormats     map[string]string `json:"timeFormats"`
	DateTimeFormats struct {
		AvailableFormats map[string]string          `json:"availableFormats"`
		IntervalFormats  map[string]json.RawMessage `json:"intervalFormats"`
	} `json:"dateTimeFormats"`
}

// numbers is what the tables keep of numbers.json.
type numbers struct {
	System, Digits, Decimal, Group, Native string
}

// dayKeys are CLDR's weekday keys in time.Weekday order.
var dayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// calendar reads the Gregorian calendar of CLDR locale src.
func (d *data) calendar(src string) (*gregorian, error) {
	var f struct {
		Main map[string]struct {
			Dates struct {
				Calendars struct {
					Gregorian gregorian `json:"gregorian"`
				} `json:"calendars"`
			} `json:"dates"`
		} `json:"main"`
	}
	path := filepath.Join(d.dir, "cldr-dates-full", "main", src, "ca-gregorian.json")
	if err := readJSON(path, &f); err != nil {
		return nil, err
	}
	m, ok := f.Main[src]
	if !ok {
		return nil, fmt.Errorf("read %s: no main.%s", path, src)
	}
	return &m.Dates.Calendars.Gregorian, nil
}

// numbers reads the default numbering system of CLDR locale src.
func (d *data) numbers(src string) (numbers, error) {
	var f struct {
		Main map[string]struct {
			Numbers map[string]json.RawMessage `json:"numbers"`
		} `json:"main"`
	}
	path := filepath.Join(d.dir, "cldr-numbers-full", "main", src, "numbers.json")
	if err := readJSON(path, &f); err != nil {
		return numbers{}, err
	}
	raw := f.Main[src].Numbers
	var n numbers
	var other map[string]string
	var sym struct{ Decimal, Group string }
	if err := json.Unmarshal(raw["defaultNumberingSystem"], &n.System); err != nil {
		return numbers{}, fmt.Errorf("decode %s defaultNumberingSystem: %w", path, err)
	}
	if err := json.Unmarshal(raw["otherNumberingSystems"], &other); err != nil {
		return numbers{}, fmt.Errorf("decode %s otherNumberingSystems: %w", path, err)
	}
	n.Native = other["native"]
	if err := json.Unmarshal(raw["symbols-numberSystem-"+n.System], &sym); err != nil {
		return numbers{}, fmt.Errorf("decode %s symbols of %s: %w", path, n.System, err)
	}
	n.Decimal, n.Group = sym.Decimal, sym.Group
	ns := d.systems[n.System]
	if ns.Type != "numeric" || utf8.RuneCountInString(ns.Digits) != 10 {
		return numbers{}, fmt.Errorf("read numbering system %s of %s: not ten decimal digits", n.System, src)
	}
	n.Digits = ns.Digits
	return n, nil
}

// months returns the twelve names of w (wide or abbreviated) in order.
func months(w map[string]string, what string) ([12]string, error) {
	var out [12]string
	for i := range out {
		s, ok := w[strconv.Itoa(i+1)]
		if !ok || s == "" {
			return out, fmt.Errorf("read %s: month %d missing", what, i+1)
		}
		out[i] = s
	}
	return out, nil
}

// days returns the seven names of w in time.Weekday order.
func days(w map[string]string, what string) ([7]string, error) {
	var out [7]string
	for i, k := range dayKeys {
		s, ok := w[k]
		if !ok || s == "" {
			return out, fmt.Errorf("read %s: %s missing", what, k)
		}
		out[i] = s
	}
	return out, nil
}
