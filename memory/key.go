package memory

import (
	"strings"

	"tafsiri/translate/tokenize"
)

// Key returns the exact-match form of a segment: its tokens' case-folded
// text (tokenize.Key, but placeholders keep their own text, so "2 tablets"
// and "3 tablets" differ) joined by single spaces. Normalization makes
// composed and decomposed accents, runs of spaces and the spacing around
// punctuation ("hands ." and "hands.") irrelevant. Punctuation is part of
// the key, at the end too: a 100% match is one whose translation can be used
// unchanged, and "Stay at home." and "Stay at home?" need different ones.
func Key(lang, text string) string {
	return parse(lang, text).key()
}

// segment is a text cut into tokens for matching.
type segment struct {
	lang  string
	toks  []tokenize.Token
	keys  []string // folded text of each token; placeholders are not abstracted
	words int      // tokens that are not punctuation: the length Score divides by
}

// parse tokenizes text and folds its tokens.
func parse(lang, text string) segment {
	toks := tokenize.Tokenize(lang, text)
	s := segment{lang: lang, toks: toks, keys: tokenize.Keys(lang, toks)}
	for k, t := range toks {
		if t.Kind.IsPlaceholder() {
			t.Kind = tokenize.Word // fold the number or address itself, not its class
			s.keys[k] = tokenize.Key(lang, t)
		}
		if !isPunct(t) {
			s.words++
		}
	}
	return s
}

// key joins the token keys with single spaces.
func (s segment) key() string {
	return strings.Join(s.keys, " ")
}

// isPunct reports the tokens whose differences cost little: punctuation
// marks and symbols.
func isPunct(t tokenize.Token) bool {
	return t.Kind == tokenize.Punct
}

// surfaces returns the text of toks as written.
func surfaces(toks []tokenize.Token) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = t.Text
	}
	return out
}
