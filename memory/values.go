package memory

import (
	"strings"
	"unicode"
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
// each stored value is written in target exactly as in the stored source,
// as often as the source holds it, nowhere else (not inside a longer number
// either), and the source never gives one stored value two new ones. A
// refused hit is no translation: the sentence goes to the model.
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
	var pairs []string
	for old, n := range times {
		// A stored value that also appears unchanged in the source (the
		// same "2" twice, one of them changed) is ambiguous too: the
		// count in the target then exceeds n.
		if strings.Count(target, old) != n || !standsAlone(target, old) {
			return "", false
		}
		pairs = append(pairs, old, newOf[old])
	}
	for old := range times {
		for other := range times {
			if other != old && strings.Contains(other, old) {
				return "", false // "1" inside "12": one replacement would spoil the other
			}
		}
	}
	return strings.NewReplacer(pairs...).Replace(target), true
}

// standsAlone reports whether every occurrence of value in text is a whole
// token: no digit or letter touches it, so "2" is not found in "12" or "2x".
func standsAlone(text, value string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], value)
		if j < 0 {
			return true
		}
		start, end := i+j, i+j+len(value)
		if wordRuneBefore(text, start) || wordRuneAt(text, end) {
			return false
		}
		i = end
	}
}

// wordRuneBefore reports whether a letter, mark or digit ends text[:i].
func wordRuneBefore(text string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(text[:i])
	return size > 0 && isWordRune(r)
}

// wordRuneAt reports whether a letter, mark or digit starts text[i:].
func wordRuneAt(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	return size > 0 && isWordRune(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
