package main

import (
	"fmt"
	"slices"
	"strings"

	"tafsiri/internal/cldr/pattern"
)

// fieldWidths lists, for each field the formatter writes, the widths it
// writes; a chosen pattern with any other field fails generation.
type fieldWidths map[rune][]int

var (
	dateFields = fieldWidths{'d': {1, 2}, 'M': {1, 2, 3, 4}, 'L': {1, 2, 3, 4}, 'E': {4}, 'c': {4}, 'y': {1}}
	timeFields = fieldWidths{'h': {1, 2}, 'H': {1, 2}, 'm': {2}, 'a': {1, 2, 3}}
)

func (w fieldWidths) check(toks []pattern.Token) error {
	for _, t := range toks {
		if t.IsField() && !slices.Contains(w[t.Field], t.Count) {
			return fmt.Errorf("field %s not written", strings.Repeat(string(t.Field), t.Count))
		}
	}
	return nil
}

// kind folds the letters of one field: L is a month like M, c a weekday like E.
func kind(r rune) rune {
	switch r {
	case 'L':
		return 'M'
	case 'c':
		return 'E'
	}
	return r
}

// hasField reports whether toks hold a field of the kind of r.
func hasField(toks []pattern.Token, r rune) bool {
	return slices.ContainsFunc(toks, func(t pattern.Token) bool { return t.IsField() && kind(t.Field) == kind(r) })
}

// checkDate checks that p writes exactly the fields of skel, at widths the
// formatter writes.
func checkDate(p, skel string) error {
	toks, err := pattern.Parse(p)
	if err != nil {
		return err
	}
	if err := dateFields.check(toks); err != nil {
		return err
	}
	for _, r := range "dMyE" {
		if want := strings.ContainsRune(skel, r); hasField(toks, r) != want {
			return fmt.Errorf("pattern %q: field %c present %v, want %v", p, r, !want, want)
		}
	}
	return nil
}

// checkInterval checks that an interval pattern writes both dates whole: it
// splits where a field first repeats (UTS #35), and the field of the greatest
// difference and every smaller one must be in both halves.
func checkInterval(p, skel, diff string) error {
	toks, err := pattern.Parse(p)
	if err != nil {
		return err
	}
	if err := dateFields.check(toks); err != nil {
		return err
	}
	first, second := split(toks)
	if len(second) == 0 {
		return fmt.Errorf("pattern %q: no field repeats", p)
	}
	need := "d"
	if diff == "M" {
		need = "dM"
	}
	for _, r := range need {
		if !hasField(first, r) || !hasField(second, r) {
			return fmt.Errorf("pattern %q: %c not in both dates", p, r)
		}
	}
	for _, r := range "dMyE" {
		if want := strings.ContainsRune(skel, r); hasField(toks, r) != want {
			return fmt.Errorf("pattern %q: field %c present %v, want %v", p, r, !want, want)
		}
	}
	return nil
}

// split cuts interval tokens where a field kind first repeats.
func split(toks []pattern.Token) (first, second []pattern.Token) {
	seen := map[rune]bool{}
	for i, t := range toks {
		if !t.IsField() {
			continue
		}
		if seen[kind(t.Field)] {
			return toks[:i], toks[i:]
		}
		seen[kind(t.Field)] = true
	}
	return toks, nil
}

// checkTime checks the fields of a time pattern: an hour, and a day period
// exactly when the hour counts 1–12.
func checkTime(toks []pattern.Token) error {
	if err := timeFields.check(toks); err != nil {
		return err
	}
	if !hasField(toks, 'h') && !hasField(toks, 'H') {
		return fmt.Errorf("no hour")
	}
	if hasField(toks, 'h') != hasField(toks, 'a') {
		return fmt.Errorf("a 12-hour clock needs a day period, a 24-hour one none")
	}
	return nil
}
