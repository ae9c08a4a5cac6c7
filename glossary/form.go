package glossary

import (
	"unicode"

	"tafsiri/translate/tokenize"
)

// former computes the forms under which a matcher compares tokens.
type former struct {
	lang  string
	strip bool                // drop accents
	stem  func(string) string // nil: compare whole words
}

// newFormer returns the former of lang with opt; Stem is ignored where
// Snowball has no stemmer for the language.
func newFormer(lang string, opt Options) former {
	f := former{lang: lang, strip: opt.IgnoreDiacritics}
	if opt.Stem {
		f.stem = stemmerFor(lang)
	}
	return f
}

// whole is the form of a token compared without its stem: its exact key,
// without accents when asked.
func (f former) whole(t tokenize.Token) string {
	s := exactKey(f.lang, t)
	if f.strip {
		s = WithoutAccents(s)
	}
	return s
}

// stemmed is the form of a token compared by stem: its exact key, stemmed
// when asked, then without accents when asked. The stemmer sees the word as
// written, because its suffix rules know the accents of correct spelling:
// Spanish "vacunación" and "vacunaciones" both stem to "vacun", while a word
// written without its accent may keep its suffix ("vacunacion").
func (f former) stemmed(t tokenize.Token) string {
	s := exactKey(f.lang, t)
	if f.stem != nil && t.Kind == tokenize.Word {
		s = f.stem(s)
	}
	if f.strip {
		s = WithoutAccents(s)
	}
	return s
}

// termForms returns the forms of a term's tokens. With stems, acronyms in
// a term (AIDS, MERS) are kept whole: the stem of "AIDS" is "aid".
func (f former) termForms(toks []tokenize.Token) []string {
	acronyms := f.stem != nil && (len(toks) == 1 || hasLower(toks))
	out := make([]string, len(toks))
	for k, t := range toks {
		if acronyms && isAcronym(t.Text) {
			out[k] = f.whole(t)
		} else {
			out[k] = f.stemmed(t)
		}
	}
	return out
}

// textForms returns the forms of a text's tokens, and with stems also their
// whole forms where they differ ("" elsewhere), which acronyms of terms match.
func (f former) textForms(toks []tokenize.Token) (forms, wholes []string) {
	forms = make([]string, len(toks))
	if f.stem == nil {
		for k, t := range toks {
			forms[k] = f.whole(t)
		}
		return forms, nil
	}
	wholes = make([]string, len(toks))
	for k, t := range toks {
		forms[k] = f.stemmed(t)
		if w := f.whole(t); w != forms[k] {
			wholes[k] = w
		}
	}
	return forms, wholes
}

// exactKey is the token's key, except that placeholders are keyed by their
// folded text: the term "1918 flu" names one pandemic, not any year's flu.
func exactKey(lang string, t tokenize.Token) string {
	if t.Kind.IsPlaceholder() {
		t.Kind = tokenize.Word
	}
	return tokenize.Key(lang, t)
}

// isAcronym reports a word of two or more letters, all capitals ("ICU",
// "COVID-19").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// hasLower reports whether a lower-case letter is in any token: a term
// written all in capitals ("WASH YOUR HANDS") has no acronyms to keep.
func hasLower(toks []tokenize.Token) bool {
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}
