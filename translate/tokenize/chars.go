package tokenize

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// class is what the scanner needs to know about one rune.
type class uint8

const (
	clsOther   class = iota // punctuation, symbols: a token of its own
	clsSpace                // the space between tokens, and the end of the text
	clsLetter               // a letter of a script that puts spaces between words
	clsMark                 // a combining mark, ZWJ or ZWNJ: never split from its base
	clsDigit                // a decimal digit of any script (Nd)
	clsNumber               // another number: ½, ², Ethiopic ፲
	clsNoSpace              // a letter of a script written without spaces (see script)
)

// script names the scripts written without spaces between words; their text is
// cut into characters (Han) or syllables instead of words.
type script uint8

const (
	scriptOther script = iota // a script written with spaces
	scriptHan
	scriptKana
	scriptThai
	scriptLao
	scriptKhmer
	scriptMyanmar
)

var asciiClass = func() (t [utf8.RuneSelf]class) {
	for r := range t {
		switch {
		case r <= ' ' || r == 0x7F:
			t[r] = clsSpace
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			t[r] = clsLetter
		case r >= '0' && r <= '9':
			t[r] = clsDigit
		}
	}
	return t
}()

// bmpInfo caches classify and foldChanges for the Basic Multilingual Plane:
// the scanner asks for the class of every rune, Key whether case folding
// changes it, and the Unicode tables answer by binary search. It is built
// (in about two milliseconds) on first use.
var bmpInfo = sync.OnceValue(func() *[0x10000]class {
	t := new([0x10000]class)
	for r := range t {
		t[r] = classify(rune(r))
		if foldChanges(rune(r)) {
			t[r] |= foldFlag
		}
	}
	return t
})

// foldFlag marks, in bmpInfo, runes that case folding changes.
const foldFlag class = 0x80

// classOf classifies r; a negative r (past the end of the text) is a space.
func classOf(r rune) class {
	if r < utf8.RuneSelf {
		if r < 0 {
			return clsSpace
		}
		return asciiClass[r]
	}
	if r < 0x10000 {
		return bmpInfo()[r] &^ foldFlag
	}
	return classify(r)
}

// classify computes classOf(r) from the Unicode tables.
func classify(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case r == zwj, r == zwnj:
		return clsMark
	case unicode.IsLetter(r):
		if scriptOf(r) != scriptOther {
			return clsNoSpace
		}
		return clsLetter
	case unicode.IsMark(r):
		return clsMark
	case unicode.IsDigit(r):
		return clsDigit
	case unicode.IsNumber(r):
		if scriptOf(r) == scriptHan { // 〇 and the Suzhou numerals read as Han characters
			return clsNoSpace
		}
		return clsNumber
	case r >= 0x104C && r <= 0x104F: // Myanmar ၌ ၍ ၎ ၏ are words, though Unicode files them as punctuation
		return clsNoSpace
	case unicode.IsSpace(r):
		return clsSpace
	}
	return clsOther
}

// scriptOf tells which no-space script r belongs to, by block.
func scriptOf(r rune) script {
	switch {
	case r < 0x0E00:
		return scriptOther
	case r <= 0x0E7F:
		return scriptThai
	case r <= 0x0EFF:
		return scriptLao
	case r < 0x1000:
		return scriptOther
	case r <= 0x109F, r >= 0xA9E0 && r <= 0xA9FF, r >= 0xAA60 && r <= 0xAA7F:
		return scriptMyanmar
	case r >= 0x1780 && r <= 0x17FF, r >= 0x19E0 && r <= 0x19FF:
		return scriptKhmer
	case r < 0x2E80:
		return scriptOther
	case r <= 0x2FDF, r == 0x3005, r == 0x3007, r >= 0x3021 && r <= 0x3029, r >= 0x3038 && r <= 0x303B:
		return scriptHan
	case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF, r >= 0xFF66 && r <= 0xFF9F:
		return scriptKana
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xF900 && r <= 0xFAFF,
		r >= 0x20000 && r <= 0x3FFFF:
		return scriptHan
	}
	return scriptOther
}

// isCJKPunct reports the punctuation of Chinese and Japanese text (。，、「」…),
// which takes no space on either side.
func isCJKPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F && scriptOf(r) != scriptHan ||
		r >= 0xFF01 && r <= 0xFF65 && !unicode.IsLetter(r) && !unicode.IsDigit(r) ||
		r >= 0xFE10 && r <= 0xFE1F || r >= 0xFE30 && r <= 0xFE4F || r == 0x30FB
}

// decode returns the rune at s[i] and its size; past the end it returns -1, 0.
func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the rune that ends at s[:i]; at the start it returns -1, 0.
func decodeLast(s string, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// JoinsWord reports whether r, written right before or after a number,
// makes it part of a word: a letter, mark or digit of a script written with
// spaces ("2x", "12"). Letters of scripts written without spaces (Han,
// Kana, Thai...) do not: "2岁" is a number and a word.
func JoinsWord(r rune) bool { return isWordClass(classOf(r)) }

// isWordClass reports the classes that make up words of spaced scripts.
func isWordClass(c class) bool {
	return c == clsLetter || c == clsMark || c == clsDigit || c == clsNumber
}

// skipMarks returns the index after the combining marks (and joiners) at s[i:].
func skipMarks(s string, i int) int {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		r, size := decode(s, i)
		if classOf(r) != clsMark {
			break
		}
		i += size
	}
	return i
}

// isApostrophe reports the characters written as apostrophes inside words.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isHyphen reports the hyphens that join compound words.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// DigitValue is the value of a decimal digit of any script, or -1.
func DigitValue(r rune) int {
	if r < utf8.RuneSelf {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}
