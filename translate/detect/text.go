package detect

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Joiners that Persian and the Indic scripts write inside words.
const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// prefix returns the longest prefix of s of at most n bytes that does not
// cut a rune in two.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isWordRune reports whether r belongs inside a word: letters, combining
// marks, the joiners, and digits other than ASCII ones, because Persian ۱,
// Arabic ١ and Devanagari १ tell languages apart where 1 does not.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		r |= 0x20 // ASCII letters only differ in this bit
		return 'a' <= r && r <= 'z'
	}
	return r == zwnj || r == zwj || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// isApostrophe reports whether r is one of the apostrophes written inside
// words (Oromo ta'e, French l'eau, English don't).
func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// wordScanner splits a text into words, each lower-cased and in
// normalisation form C. It reuses its buffer, so a word's runes are valid
// until the next call.
type wordScanner struct {
	text string
	pos  int
	// padded is the last word with a space before and after it, the form
	// n-grams are taken from.
	padded []rune
	// start and end are the byte offsets of the last word in text.
	start, end int
	// letters counts the letters of the last word (marks and digits are not).
	letters int
	// script is the index in scriptNames of the script of the word's first
	// letter, 0 when it has none.
	script int
}

// reset makes the scanner read text from the start.
func (s *wordScanner) reset(text string) {
	s.text, s.pos = text, 0
}

// next moves to the next word and reports whether there was one.
func (s *wordScanner) next() bool {
	t, tbl := s.text, runes()
	for s.pos < len(t) {
		r, n := utf8.DecodeRuneInString(t[s.pos:])
		if flags, _ := tbl.info(r); flags&flagWord != 0 {
			break
		}
		s.pos += n
	}
	if s.pos >= len(t) {
		return false
	}
	s.start = s.pos
	s.padded, s.letters, s.script = append(s.padded[:0], ' '), 0, 0
	needsNorm, prev := false, uint16(0)
	for s.pos < len(t) {
		r, n := utf8.DecodeRuneInString(t[s.pos:])
		flags, script := tbl.info(r)
		if flags&flagWord == 0 {
			if !isApostrophe(r) || !s.letterAt(s.pos+n) {
				break
			}
			r, flags = '\'', flagWord // an apostrophe between letters
		}
		if s.script == 0 && flags&flagLetter != 0 {
			s.script = script
		}
		needsNorm = needsNorm || flags&flagNotNFC != 0 || (prev&flagAfter != 0 && flags&flagBefore != 0)
		prev = flags
		s.add(r, flags)
		s.pos += n
	}
	s.end = s.pos
	if needsNorm && !norm.NFC.IsNormalString(t[s.start:s.end]) {
		s.renormalise()
	}
	s.padded = append(s.padded, ' ')
	return true
}

// word returns the runes of the last word.
func (s *wordScanner) word() []rune { return s.padded[1 : len(s.padded)-1] }

// letterAt reports whether the text has a letter at byte offset i.
func (s *wordScanner) letterAt(i int) bool {
	if i >= len(s.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[i:])
	flags, _ := runeInfo(r)
	return flags&flagLetter != 0
}

// add appends r, lower-cased, to the word.
func (s *wordScanner) add(r rune, flags uint16) {
	if flags&flagLetter != 0 {
		s.letters++
	}
	if flags&flagUpper != 0 {
		r = unicode.ToLower(r)
	}
	s.padded = append(s.padded, r)
}

// renormalise rebuilds the word's runes from its text in form C; the byte
// offsets stay those of the original text.
func (s *wordScanner) renormalise() {
	s.padded, s.letters = s.padded[:1], 0
	for _, r := range norm.NFC.String(s.text[s.start:s.end]) {
		if isApostrophe(r) {
			s.padded = append(s.padded, '\'')
			continue
		}
		flags, _ := runeInfo(r)
		s.add(r, flags)
	}
}
