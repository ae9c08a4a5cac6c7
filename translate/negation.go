package translate

import (
	"strings"

	"golang.org/x/text/language"
)

// negationWords are, per base language, the keys of the words that negate
// or deny what a sentence says. A memory match is never repaired across
// them (see repair): a change next to "not" may turn an instruction around,
// and some languages inflect the word after a negation (Russian "не
// пейте воды"). Languages that negate inside the verb (Swahili "hawezi",
// Turkish "-me") have no list: no word list can tell, so their sentences
// are never repaired.
var negationWords = map[string]map[string]bool{
	"en": wordSet("not no never nor none nothing nobody neither without cannot n't"),
	"es": wordSet("no nunca jamás ni tampoco nada nadie ningún ninguna ninguno ningunos ningunas sin"),
	"fr": wordSet("ne n' pas jamais non ni aucun aucune rien personne sans plus guère nul nulle"),
	"pt": wordSet("não nunca jamais nem nenhum nenhuma nenhuns nenhumas nada ninguém sem"),
	"it": wordSet("non mai né nessuno nessuna niente nulla senza neanche nemmeno neppure"),
	"de": wordSet("nicht nie niemals kein keine keinen keinem keiner keines nichts niemand weder noch ohne"),
	"ru": wordSet("не нет ни никогда ничего ничто никто никого нельзя без нигде никакой никакая никакие"),
	"id": wordSet("tidak tak bukan jangan belum tanpa tiada"),
}

// wordSet makes a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// negationsOf returns the negation words of language tag lang, and false
// for a language without a list, whose negations cannot be told.
func negationsOf(lang string) (map[string]bool, bool) {
	base, _ := language.Make(lang).Base()
	words, ok := negationWords[base.String()]
	return words, ok
}

// negates reports whether key, a token key of a language whose negation
// words are words, negates: one of words, or an English contraction ending
// in "n't" ("don't", "can't", "shouldn't").
func negates(words map[string]bool, key string) bool {
	return words[key] || strings.HasSuffix(key, "n't") && words["n't"]
}
