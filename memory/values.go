package memory

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tafsiri/translate/tokenize"
)

// ValueChange is a placeholder (a number, date, time, phone number, URL or
// e-mail address) that the query writes differently from a stored source:
// Stored is the stored source's text, Query the query's.
type ValueChange struct {
	Kind          tokenize.Kind
	Stored, Query string
}

// valueChanges returns how stored segment c differs from query q when it
// differs only in placeholder values: every other token has the same key
// (punctuation included), and each placeholder stands where the query has
// one of the same kind. ok is false for any other difference; changes is
// empty when no value differs.
func valueChanges(q, c segment) (changes []ValueChange, ok bool) {
	if len(q.toks) != len(c.toks) {
		return nil, false
	}
	for k, qt := range q.toks {
		ct := c.toks[k]
		if !qt.Kind.IsPlaceholder() || !ct.Kind.IsPlaceholder() {
			if q.keys[k] != c.keys[k] {
				return nil, false
			}
			continue
		}
		if qt.Kind != ct.Kind {
			return nil, false
		}
		if q.keys[k] != c.keys[k] {
			changes = append(changes, ValueChange{Kind: qt.Kind, Stored: ct.Text, Query: qt.Text})
		}
	}
	return changes, true
}

// FillValues writes the query's values into target, the stored translation
// of a source that differs from the query only in changes (Hit.Values). It
// refuses (ok false) unless every changed value can be put right for sure:
// each stored value stands in target, as a whole (not inside "12" or "2x"),
// written exactly as in the stored source and as often as the source holds
// it; the source never gives one stored value two new ones; and no two
// values overlap ("8" in "8:00"). A refused hit is no translation: the
// sentence goes to the model.
func FillValues(target string, changes []ValueChange) (string, bool) {
	if len(changes) == 0 {
		return target, true
	}
	newOf := map[string]string{}
	times := map[string]int{}
	for _, c := range changes {
		if prev, seen := newOf[c.Stored]; seen && prev != c.Query {
			return "", false
		}
		newOf[c.Stored] = c.Query
		times[c.Stored]++
	}
	var found []occurrence
	for old, n := range times {
		at := standalone(target, old)
		if len(at) != n {
			return "", false
		}
		found = append(found, at...)
	}
	slices.SortFunc(found, func(a, b occurrence) int { return a.start - b.start })
	var b strings.Builder
	end := 0
	for _, o := range found {
		if o.start < end {
			return "", false // two values overlap
		}
		b.WriteString(target[end:o.start])
		b.WriteString(newOf[o.value])
		end = o.start + len(o.value)
	}
	b.WriteString(target[end:])
	return b.String(), true
}

// occurrence is where a value stands in a text.
type occurrence struct {
	start int
	value string
}

// standalone returns where value stands in text as a whole: nothing that
// would make it part of a word touches it, so "2" is not found in "12" or
// "2x" (but is in "2岁", and in "2:30").
func standalone(text, value string) []occurrence {
	var out []occurrence
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], value)
		if j < 0 {
			break
		}
		start, end := i+j, i+j+len(value)
		if !wordRuneBefore(text, start) && !wordRuneAt(text, end) {
			out = append(out, occurrence{start, value})
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		i = start + size
	}
	return out
}

// wordRuneBefore reports whether the rune that ends text[:i] would join a
// number starting at i into a word (tokenize.JoinsWord).
func wordRuneBefore(text string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(text[:i])
	return size > 0 && tokenize.JoinsWord(r)
}

// wordRuneAt reports whether the rune that starts text[i:] would join a
// number ending at i into a word.
func wordRuneAt(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	return size > 0 && tokenize.JoinsWord(r)
}
