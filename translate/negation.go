package translate

import (
	"slices"
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
// French "plus" and "personne" negate only with "ne" ("ne … plus"), and
// alone mean "more" and "person", so "ne" stands for them; Urdu "بنا"
// (without) is left out for its other sense, "made". Chinese is
// listed by the characters that negate or forbid, as Han text is one token
// per character. Words that hold a negation word and negate nothing are
// listed apart (negations.notNegating).
var negationWords = map[string]negations{
	"en": {words: wordSet("not no never nor none nothing nobody neither without cannot n't")},
	"es": {words: wordSet("no nunca jamás ni tampoco nada nadie ningún ninguna ninguno ningunos ningunas sin prohibido prohibida prohíbe")},
	"fr": {words: wordSet("ne n' pas jamais non ni aucun aucune rien sans guère nul nulle interdit interdite interdits interdiction")},
	"pt": {words: wordSet("não nunca jamais nem tampouco nenhum nenhuma nenhuns nenhumas nada ninguém sem proibido proibida")},
	"it": {words: wordSet("non mai né nessuno nessuna niente nulla senza neanche nemmeno neppure")},
	"de": {words: wordSet("nicht nie niemals kein keine keinen keinem keiner keines nichts niemand weder noch ohne")},
	"ru": {words: wordSet("не нет ни никогда ничего ничто никто никого нельзя без нигде никакой никакая никакие запрещено запрещается")},
	"id": {words: wordSet("tidak tak bukan jangan belum tanpa tiada dilarang")},
	"hi": {words: wordSet("नहीं न मत ना बिना बग़ैर बगैर निषेध वर्जित मना")},
	"ur": {words: wordSet("نہیں نہ مت بغیر ممنوع منع")},
	"ar": {words: wordSet("لا لم لن ليس ليست ليسوا غير بدون دون عدم ممنوع يمنع ولا ولم ولن"),
		notNegating: keySequences("دون سن|دون <num>|دون الخامسة|دون الثانية|" + // "under" an age
			"لا يزال|لا تزال|لا يزالون|لا يزالان|لا تزالان|لا زال|لا سيما|لا بد")}, // "still", "especially", "must"
	"zh": {words: wordSet("不 没 别 勿 未 无 非 禁 莫 免"), notNegating: characterWords(
		"免疫 免费 避免 以免 难免 非常 非洲 除非 特别 区别 分别 性别 类别 级别 识别 辨别 个别 告别 别人 别的 别处 " +
			"未来 无论 不管 不断 不久 不同 不适 不良 不足 不但 没收 淹没 莫斯科")},
}

// negations is one language's negation words (negationWords).
type negations struct {
	words map[string]bool
	// notNegating are the words, as key sequences, that hold a negation
	// word and negate nothing: Chinese "免疫" (immunity), "非常" (very),
	// "特别" (especially), Arabic "دون" before an age ("دون سن الخامسة",
	// under the age of five; "دون" alone is "without"). Within one, the
	// negation word is none.
	notNegating [][]string
}

// wordSet makes a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// keySequences splits s at "|" into key sequences, each of space-separated keys.
func keySequences(s string) [][]string {
	var seqs [][]string
	for _, w := range strings.Split(s, "|") {
		seqs = append(seqs, strings.Fields(w))
	}
	return seqs
}

// characterWords makes key sequences of the space-separated words of s, a
// key per character, as Han text is tokenized.
func characterWords(s string) [][]string {
	var seqs [][]string
	for _, w := range strings.Fields(s) {
		seqs = append(seqs, strings.Split(w, ""))
	}
	return seqs
}

// negationsOf returns the negation words of language tag lang, and false
// for a language without a list, whose negations cannot be told.
func negationsOf(lang string) (*negations, bool) {
	base, _ := language.Make(lang).Base()
	n, ok := negationWords[base.String()]
	return &n, ok
}

// at reports whether keys[k] negates: it is one of n's words, or an English
// contraction ending in "n't" ("don't", "can't", "shouldn't"), and not part
// of a word that negates nothing ("免" in "免疫").
func (n *negations) at(keys []string, k int) bool {
	key := keys[k]
	if !n.words[key] && !(strings.HasSuffix(key, "n't") && n.words["n't"]) {
		return false
	}
	for _, w := range n.notNegating {
		if within(keys, k, w) {
			return false
		}
	}
	return true
}

// within reports whether keys[k] is part of the key sequence w in keys.
func within(keys []string, k int, w []string) bool {
	for start := max(k-len(w)+1, 0); start <= k && start+len(w) <= len(keys); start++ {
		if slices.Equal(keys[start:start+len(w)], w) {
			return true
		}
	}
	return false
}

// any reports whether any of keys negates (at).
func (n *negations) any(keys []string) bool {
	for k := range keys {
		if n.at(keys, k) {
			return true
		}
	}
	return false
}

// negationPair holds the negation words of a translation's two languages,
// both nil when either language has no list.
type negationPair struct{ src, tgt *negations }

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
	return n.src.any(source) && !n.tgt.any(target)
}
