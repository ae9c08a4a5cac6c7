// Package pattern reads and writes CLDR date and time patterns (UTS #35,
// "Date Format Patterns"): runs of one ASCII letter are fields ("MMMM",
// "d"), text between single quotes is literal, and "”" is an apostrophe.
package pattern

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnterminatedQuote reports a quoted literal that never closes.
var ErrUnterminatedQuote = errors.New("unterminated quote")

// Token is one field or one stretch of literal text of a pattern.
type Token struct {
	Field rune   // the pattern letter ('d', 'M', 'E', ...), or 0 for literal text
	Count int    // how many times the letter repeats: "MMMM" is 4
	Text  string // the literal text, unquoted; empty for a field
}

// IsField reports whether t is a field rather than literal text.
func (t Token) IsField() bool { return t.Field != 0 }

// Parse splits a pattern into fields and literal text; adjacent literal text
// is merged into one token.
func Parse(p string) ([]Token, error) {
	var toks []Token
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			toks = append(toks, Token{Text: lit.String()})
			lit.Reset()
		}
	}
	rs := []rune(p)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\'':
			n, err := quoted(rs[i:], &lit)
			if err != nil {
				return nil, fmt.Errorf("parse pattern %q: %w", p, err)
			}
			i += n
		case isLetter(r):
			j := i
			for j < len(rs) && rs[j] == r {
				j++
			}
			flush()
			toks = append(toks, Token{Field: r, Count: j - i})
			i = j
		default:
			lit.WriteRune(r)
			i++
		}
	}
	flush()
	return toks, nil
}

// quoted reads the quoted literal at the start of rs (which begins with an
// apostrophe) into lit and returns how many runes it took.
func quoted(rs []rune, lit *strings.Builder) (int, error) {
	if len(rs) > 1 && rs[1] == '\'' {
		lit.WriteRune('\'')
		return 2, nil
	}
	for i := 1; i < len(rs); i++ {
		if rs[i] != '\'' {
			lit.WriteRune(rs[i])
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '\'' {
			lit.WriteRune('\'')
			i++
			continue
		}
		return i + 1, nil
	}
	return 0, ErrUnterminatedQuote
}

// String writes tokens back as a pattern, quoting literal text that holds
// ASCII letters or apostrophes, so that Parse(String(t)) gives t again.
func String(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.IsField() {
			b.WriteString(strings.Repeat(string(t.Field), t.Count))
			continue
		}
		b.WriteString(quote(t.Text))
	}
	return b.String()
}

// quote returns literal text as pattern text: runs of ASCII letters go
// between quotes ("de" becomes "'de'") and an apostrophe is doubled.
func quote(s string) string {
	var b strings.Builder
	open := false
	for _, r := range s {
		switch {
		case isLetter(r):
			if !open {
				b.WriteByte('\'')
				open = true
			}
			b.WriteRune(r)
		case r == '\'':
			b.WriteString("''")
		default:
			if open {
				b.WriteByte('\'')
				open = false
			}
			b.WriteRune(r)
		}
	}
	if open {
		b.WriteByte('\'')
	}
	return b.String()
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
