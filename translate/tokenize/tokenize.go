package tokenize

import "strings"

// Tokenize normalizes text (see Normalize) and cuts it into tokens; each
// token's Text is a slice of the normalized text. lang is a BCP 47 code
// ("en", "fr", "es-419", "zh") and selects the few language rules: French,
// Italian and Catalan elision ("l'" "eau"), English clitics ("WHO" "'s").
//
// Placeholders are found first, at every token start: URLs, e-mail addresses,
// dates, times, phone numbers and numbers. Then words of spaced scripts are
// runs of letters, marks and digits; combining marks, ZWJ and ZWNJ never leave
// their base. Han text is cut into characters, kana into runs, and Thai, Lao,
// Khmer and Myanmar into orthographic syllables. Every other character
// (punctuation, symbols, emoji with their modifiers) is a token of its own.
func Tokenize(lang, text string) []Token {
	s := Normalize(text)
	if s == "" {
		return nil
	}
	t := scanner{
		s:     s,
		rules: rulesFor(lang),
		toks:  make([]Token, 0, len(s)/3+2), // a token per Han character
		hasAt: strings.IndexByte(s, '@') >= 0,
	}
	t.scan()
	return t.toks
}

// scanner holds the state of one Tokenize call.
type scanner struct {
	s           string
	rules       langRules
	toks        []Token
	space       bool   // a space came after the last token
	hasAt       bool   // the text has an '@', so e-mail addresses are worth trying
	segs        []span // the parts of a hyphenated word, reused
	clitic      int    // the end of the English clitic that stopped the last run
	noHostUntil int    // no bare host name starts before this index
}

type span struct{ start, end int }

func (t *scanner) emit(i, j int, k Kind) {
	t.toks = append(t.toks, Token{Text: t.s[i:j], Kind: k, SpaceBefore: t.space})
	t.space = false
}

func (t *scanner) scan() {
	s := t.s
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if r == ' ' {
			t.space = true
			i++
			continue
		}
		if end, kind := t.placeholder(i, r); end > i {
			t.emit(i, end, kind)
			i = end
			continue
		}
		switch classOf(r) {
		case clsLetter, clsMark, clsDigit, clsNumber:
			i = t.word(i)
		case clsNoSpace:
			end := syllableEnd(s, i, scriptOf(r))
			t.emit(i, end, Word)
			i = end
		default:
			if isApostrophe(r) && i > 0 && !t.space && classOf(peek(s, i+size)) == clsLetter {
				// A suffix after an apostrophe: Oromo "(ECDC)’tti", "30’n".
				end, _ := t.run(i + size)
				t.emit(i, end, Word)
				i = end
				continue
			}
			if r == '°' && i+3 <= len(s) && (s[i+2] == 'C' || s[i+2] == 'F') && endsWord(s, i+3) {
				t.emit(i, i+3, Word) // °C and °F are units, like km
				i += 3
				continue
			}
			end := symbolEnd(s, i, r, size)
			t.emit(i, end, Punct)
			i = end
		}
	}
}

// placeholder returns the end and kind of the placeholder at s[i], if any.
func (t *scanner) placeholder(i int, r rune) (int, Kind) {
	s := t.s
	switch r {
	case 'h', 'H', 'w', 'W', 'f', 'F':
		if end := matchURL(s, i); end > 0 {
			return end, URL
		}
	}
	if t.hasAt && r < 0x80 && isAlnumByte(byte(r)) {
		if end := matchEmail(s, i); end > 0 {
			return end, Email
		}
	}
	c := classOf(r)
	if t.rules.monthNames && (c == clsLetter || c == clsDigit) {
		if end := matchWrittenDate(s, i); end > 0 {
			return end, Date
		}
	}
	if c == clsLetter || c == clsNoSpace || c == clsMark {
		return 0, Word
	}
	if c == clsDigit {
		if end := matchDate(s, i); end > 0 {
			return end, Date
		}
		if t.rules.han {
			if end := matchHanDate(s, i); end > 0 {
				return end, Date
			}
			if end := matchHanMonth(s, i); end > 0 {
				return end, Word // "8月": a month alone is a word, like "August"
			}
		}
		if end := matchTime(s, i); end > 0 {
			return end, Time
		}
	}
	if c == clsDigit || r == '+' || r == '(' {
		if end := matchPhone(s, i); end > 0 {
			return end, Phone
		}
	}
	if c == clsDigit || c == clsNumber || (r == '-' || r == '+' || r == '−') && t.signAllowed(i) {
		if end := matchNumber(s, i); end > 0 {
			return end, Number
		}
	}
	return 0, Word
}

// signAllowed reports whether a + or - at s[i] may be the sign of a number:
// only where it cannot join two words or numbers ("5-3", "COVID-19").
func (t *scanner) signAllowed(i int) bool {
	p, _ := decodeLast(t.s, i)
	switch c := classOf(p); {
	case c == clsSpace:
		return true
	case c != clsOther:
		return false
	}
	return strings.ContainsRune("([{/:;=<>~≈±×÷", p)
}

// symbolEnd returns the end of the punctuation or symbol token at s[i]: the
// character with its combining marks, variation selectors and emoji
// modifiers, ZWJ emoji sequences and regional-indicator flag pairs. Runs of
// periods, ellipses and em dashes ("...", "——") are one token.
func symbolEnd(s string, i int, r rune, size int) int {
	j := i + size
	if r == '.' || r == '…' || r == '—' {
		for peek(s, j) == r {
			j += size
		}
		return j
	}
	flag := r >= 0x1F1E6 && r <= 0x1F1FF
	for j < len(s) {
		n, nsize := decode(s, j)
		switch {
		case n == zwj:
			m, msize := decode(s, j+nsize)
			if classOf(m) != clsOther || m < 0x80 {
				return j
			}
			j += nsize + msize
		case n == zwnj:
			return j
		case flag && n >= 0x1F1E6 && n <= 0x1F1FF:
			flag = false
			j += nsize
		case classOf(n) == clsMark, n >= 0x1F3FB && n <= 0x1F3FF, n >= 0xE0020 && n <= 0xE007F:
			j += nsize
		default:
			return j
		}
	}
	return j
}
