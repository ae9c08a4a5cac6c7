package datetime

import (
	"unicode"
	"unicode/utf8"
)

// tokenKind is the kind of a token of the source text.
type tokenKind int

const (
	tokNumber tokenKind = iota + 1 // ASCII digits
	tokWord                        // letters, with the dots of "p.m." or "Mar."
	tokPunct                       // one punctuation character
)

// token is one number, word or punctuation mark of the source text.
type token struct {
	kind  tokenKind
	text  string
	space bool // white space stands before it
}

// scan splits text into tokens, or fails on a character no expression uses.
func scan(text string) ([]token, bool) {
	var toks []token
	space := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, token{tokNumber, text[i:j], space})
			i = j
		case unicode.IsLetter(r):
			j := wordEnd(text, i)
			toks = append(toks, token{tokWord, text[i:j], space})
			i = j
		case r == ',' || r == ':' || r == '.' || r == '/' || r == '-' || r == '–':
			toks = append(toks, token{tokPunct, text[i : i+n], space})
			i += n
		default:
			return nil, false
		}
		space = false
	}
	return toks, true
}

// wordEnd returns where the word starting at i ends: letters, and a dot
// after a letter ("a.m.", "Mar.").
func wordEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			i += n
			continue
		}
		if r == '.' && i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(prev) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// cursor walks tokens; each parsing step works on a copy and the caller
// keeps the copy only when the step succeeds.
type cursor struct {
	toks []token
	i    int
}

func (c cursor) done() bool { return c.i == len(c.toks) }

// next returns the next token and the cursor past it.
func (c cursor) next() (token, cursor, bool) {
	if c.done() {
		return token{}, c, false
	}
	t := c.toks[c.i]
	c.i++
	return t, c, true
}

// punct moves past the punctuation mark s.
func (c cursor) punct(s string) (cursor, bool) {
	t, n, ok := c.next()
	if !ok || t.kind != tokPunct || t.text != s {
		return c, false
	}
	return n, true
}

// optPunct moves past the punctuation mark s if it comes next.
func (c cursor) optPunct(s string) cursor {
	if n, ok := c.punct(s); ok {
		return n
	}
	return c
}

// word moves past one of words, in lowercase, Title or UPPER case.
func (c cursor) word(words ...string) (cursor, bool) {
	t, n, ok := c.next()
	if !ok || t.kind != tokWord {
		return c, false
	}
	for _, w := range words {
		if t.text == w || t.text == title(w) || t.text == upper(w) {
			return n, true
		}
	}
	return c, false
}
