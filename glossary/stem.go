package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// This file is the only one that imports the Snowball stemmer.

// stemmers are the Snowball stemmers by primary language subtag.
var stemmers = map[string]func(word string, stemStopWords bool) string{
	"en": english.Stem,
	"es": spanish.Stem,
	"fr": french.Stem,
	"ru": russian.Stem,
	"sv": swedish.Stem,
	"nb": norwegian.Stem,
	"nn": norwegian.Stem,
	"no": norwegian.Stem,
	"hu": hungarian.Stem,
}

// stemmerFor returns the stemmer of a BCP 47 tag such as "es-419", or nil
// when Snowball has none for its language.
func stemmerFor(lang string) func(string) string {
	base := lang
	if k := strings.IndexAny(base, "-_"); k >= 0 {
		base = base[:k]
	}
	f := stemmers[strings.ToLower(base)]
	if f == nil {
		return nil
	}
	return func(key string) string { return stem(f, key) }
}

// stem returns the stem of a folded word. Tokens that do not start with a
// letter (punctuation, numbers) are not words to stem. Stop words are kept
// whole, so that "the" and "them" stay apart. Should the stemmer fail on some
// input it was not written for, the word is compared whole.
func stem(f func(string, bool) string, key string) (s string) {
	r, _ := utf8.DecodeRuneInString(key)
	if !unicode.IsLetter(r) {
		return key
	}
	defer func() {
		if recover() != nil {
			s = key
		}
	}()
	if s = f(key, false); s == "" {
		return key
	}
	return s
}
