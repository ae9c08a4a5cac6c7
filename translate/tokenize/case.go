package tokenize

import (
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Capitalize upper-cases the first letter of word (title case for digraphs
// such as ǆ → ǅ) by the rules of lang: Turkish and Azeri i becomes İ, Dutch
// ij becomes IJ. Leading punctuation is kept ("¿qué" → "¿Qué"); a word that
// starts with a digit ("19th") or has no cased letter comes back unchanged.
func Capitalize(lang, word string) string {
	for i, r := range word {
		if unicode.IsDigit(r) {
			return word
		}
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsLower(r) {
			return word // already capital, or a script without case
		}
		end := skipMarks(word, i+len(string(r)))
		if (r == 'i' || r == 'í') && rulesFor(lang).base == "nl" && peek(word, end) == 'j' {
			end++ // the Dutch digraph ij is capitalized whole
		}
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.Und
		}
		head := cases.Title(tag, cases.NoLower).String(word[i:end])
		return word[:i] + head + word[end:]
	}
	return word
}

// IsCapitalized reports whether the first letter of word is upper or title case.
func IsCapitalized(word string) bool {
	for _, r := range word {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsTitle(r)
		}
	}
	return false
}

// OpensWithCapital reports whether a sentence that starts with word starts
// as a sentence does in a language with capitals: its first letter is upper
// or title case, or belongs to a script without case (Han, Arabic,
// Devanagari), whose sentences a translation into English or French starts
// with a capital all the same.
func OpensWithCapital(word string) bool {
	for _, r := range word {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
	}
	return false
}

// IsNoSpace reports whether word is written in a script without spaces
// between words (Han, kana, Thai, Lao, Khmer, Myanmar), judged by its first
// letter or digit.
func IsNoSpace(word string) bool {
	for _, r := range word {
		switch c := classOf(r); c {
		case clsNoSpace, clsLetter, clsDigit, clsNumber:
			return inNoSpaceScript(r, c)
		}
	}
	return false
}
