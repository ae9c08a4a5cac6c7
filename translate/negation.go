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
// Turkish "-me"), or often do (Persian "نخورید", Bengali "যাইনি"), have no
// list: no word list can tell, so their sentences are never repaired.
// Chinese is listed by the characters that negate or forbid, as Han text is
// one token per character.
var negationWords = map[string]map[string]bool{
	"en": wordSet("not no never nor none nothing nobody neither without cannot n't"),
	"es": wordSet("no nunca jamás ni tampoco nada nadie ningún ninguna ninguno ningunos ningunas sin prohibido prohibida prohíbe"),
	"fr": wordSet("ne n' pas jamais non ni aucun aucune rien personne sans plus guère nul nulle interdit interdite interdits interdiction"),
	"pt": wordSet("não nunca jamais nem tampouco nenhum nenhuma nenhuns nenhumas nada ninguém sem proibido proibida"),
	"it": wordSet("non mai né nessuno nessuna niente nulla senza neanche nemmeno neppure"),
	"de": wordSet("nicht nie niemals kein keine keinen keinem keiner keines nichts niemand weder noch ohne"),
	"ru": wordSet("не нет ни никогда ничего ничто никто никого нельзя без нигде никакой никакая никакие запрещено запрещается"),
	"id": wordSet("tidak tak bukan jangan belum tanpa tiada dilarang"),
	"hi": wordSet("नहीं न मत ना बिना बग़ैर बगैर निषेध वर्जित मना"),
	"ur": wordSet("نہیں نہ مت بغیر بنا ممنوع منع"),
	"ar": wordSet("لا لم لن ليس ليست ليسوا غير بدون دون عدم ممنوع يمنع ولا ولم ولن"),
	"zh": wordSet("不 没 别 勿 未 无 非 禁 莫 免"),
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

// negationPair holds the negation words of a translation's two languages,
// both nil when either language has no list.
type negationPair struct{ src, tgt map[string]bool }

// negationsBetween returns the negation words of src and tgt.
func negationsBetween(src, tgt string) negationPair {
	s, okS := negationsOf(src)
	t, okT := negationsOf(tgt)
	if !okS || !okT {
		return negationPair{}
	}
	return negationPair{s, t}
}

// drops reports whether a phrase turning source keys into target keys
// drops a negation: the source has one and the target none. Learnt from a
// sentence whose negation the alignment linked elsewhere, "never" →
// "कभी भी" (ever) turned "Our staff will never ask for your password"
// around; without the phrase the word goes through smaller phrases or stays
// untranslated and marked. A negation said another way ("No entry" →
// "Prohibido el paso") is lost with it; the lists hold the usual
// prohibitions for that reason.
func (n negationPair) drops(source, target []string) bool {
	if n.src == nil {
		return false
	}
	return anyNegates(n.src, source) && !anyNegates(n.tgt, target)
}

// anyNegates reports whether any of keys negates (negates).
func anyNegates(words map[string]bool, keys []string) bool {
	for _, k := range keys {
		if negates(words, k) {
			return true
		}
	}
	return false
}
