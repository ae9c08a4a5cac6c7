package glossary

import (
	"strings"

	"tafsiri/translate/tokenize"
)

// LookupKey is the form under which a term is stored and found again: the
// exact keys of its tokens (NFC, case-folded, numbers as written) joined by
// single spaces, so "Hand  Sanitizer" and "hand sanitizer" are one term.
func LookupKey(lang, text string) string {
	toks := tokenize.Tokenize(lang, text)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = exactKey(lang, t)
	}
	return strings.Join(keys, " ")
}
