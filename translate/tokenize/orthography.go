package tokenize

import (
	"slices"
	"strings"
	"unicode"
)

// Spell rewrites the words of a translation into the orthography of lang,
// before Detokenize joins them. It returns a new slice of the same length as
// words, so that word k of the output still belongs to the caller's word k;
// a word merged into its neighbour becomes "" (which Detokenize skips).
// Empty input words are skipped when looking for a word's neighbours.
//
//   - French elides le, la, de, ne, que, se, je, me, te, jusque before a
//     vowel or a mute h ("la" "eau" → "l'" "eau", "le" "hôpital" → "l'"
//     "hôpital", but "le" "haut"), lorsque, puisque and quoique before il,
//     elle, on, un, une and en, quelque before un and une, presque before
//     île, ce before est, si before il and ils; it contracts de le, de les,
//     à le, à les into du, des, au, aux (but not before an infinitive,
//     where le and les are pronouns: "de le faire").
//     The elided word keeps its case ("Le" → "L'") and takes the straight
//     apostrophe, or ’ when another word already uses it.
//   - Arabic, Persian, Dari, Pashto, Sorani and Urdu write , ? ; as ، ؟ ؛
//     after a word in Arabic script, Urdu its full stop as ۔ too.
//   - Chinese and Japanese write , . ? ! : ; ( ) full-width (，。？！：；（）,
//     the Japanese comma 、) next to Han or kana, except between digits, and
//     end a sentence with 。？！ even after a Latin word ("COVID-19。").
//   - In cased scripts (Latin, Cyrillic, Greek, Armenian) the first word
//     after a sentence-final . ! ? takes a capital, unless the mark follows a
//     single letter (an initial), or the word is an address or has a capital
//     inside ("mRNA").
//
// The first word is never capitalized: the caller knows whether the source
// sentence starts with a capital.
func Spell(lang string, words []string) []string {
	out := slices.Clone(words)
	rules := rulesFor(lang)
	switch {
	case rules.french:
		elideFrench(out)
	case rules.han:
		widenHanPunct(rules.base == "ja", out)
	}
	if marks := arabicMarks(rules.base); marks != nil {
		localizeArabicPunct(marks, out)
	}
	capitalizeSentences(lang, out)
	return out
}

// present returns the positions of the non-empty words.
func present(words []string) []int {
	at := make([]int, 0, len(words))
	for i, w := range words {
		if w != "" {
			at = append(at, i)
		}
	}
	return at
}

// wordAt returns the word at position k of at, or "" past either end.
func wordAt(words []string, at []int, k int) string {
	if k < 0 || k >= len(at) {
		return ""
	}
	return words[at[k]]
}

// holdsLetter reports whether w has a letter, or with digits a digit too.
func holdsLetter(w string, digits bool) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || digits && unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// firstLetter returns the first letter of w, or -1.
func firstLetter(w string) rune {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return -1
}

// isAddress reports URLs, e-mail addresses and host names, which keep their
// letters as written.
func isAddress(w string) bool {
	return strings.Contains(w, "://") || strings.Contains(w, "@") || hasPrefixFold(w, "www.")
}

// matchCase writes repl with the case of model: all capitals for a capital
// word of two letters or more ("DE" → "DU"), a first capital for a
// capitalized word ("De" → "Du", "À" → "Au").
func matchCase(model, repl string) string {
	if !IsCapitalized(model) {
		return repl
	}
	if len([]rune(model)) > 1 && strings.ToUpper(model) == model {
		return strings.ToUpper(repl)
	}
	r := []rune(repl)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// arabicMarkSet maps ASCII punctuation to its Arabic-script form.
var arabicMarkSet = map[string]string{",": "،", "?": "؟", ";": "؛"}

// urduMarkSet adds the Urdu full stop to arabicMarkSet.
var urduMarkSet = map[string]string{",": "،", "?": "؟", ";": "؛", ".": "۔"}

// arabicMarks returns the punctuation a language writes in Arabic script, or nil.
func arabicMarks(base string) map[string]string {
	switch base {
	case "ur":
		return urduMarkSet
	case "ar", "fa", "prs", "ps", "ckb":
		return arabicMarkSet
	}
	return nil
}

// localizeArabicPunct rewrites the ASCII marks after a word in Arabic
// script. Numbers and other marks in between do not count: "بالرقم" "123"
// "," takes the Arabic comma, "WHO" "," keeps its own.
func localizeArabicPunct(marks map[string]string, words []string) {
	at := present(words)
	for k, i := range at {
		repl, ok := marks[words[i]]
		if !ok {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if prev := words[at[j]]; holdsLetter(prev, false) {
				if unicode.Is(unicode.Arabic, lastLetter(prev)) {
					words[i] = repl
				}
				break
			}
		}
	}
}

// lastLetter returns the last letter of w, or -1.
func lastLetter(w string) rune {
	last := rune(-1)
	for _, r := range w {
		if unicode.IsLetter(r) {
			last = r
		}
	}
	return last
}

// capitalizeSentences gives a capital to the first word that holds a letter
// or digit after each sentence-final mark (a word starting with a digit
// stays as it is).
func capitalizeSentences(lang string, words []string) {
	at := present(words)
	pending := false
	for k, i := range at {
		w := words[i]
		switch {
		case isSentenceEnd(w):
			pending = k == 0 || !isInitial(words[at[k-1]])
		case pending && holdsLetter(w, true):
			pending = false
			if isCased(firstLetter(w)) && !isAddress(w) && !innerCapital(w) {
				words[i] = Capitalize(lang, w)
			}
		}
	}
}

// isSentenceEnd reports the marks after which a sentence starts: . ! ? and
// runs of ! and ? ("?!"), but not an ellipsis.
func isSentenceEnd(w string) bool {
	if w == "" || strings.Trim(w, ".!?") != "" {
		return false
	}
	return w == "." || !strings.Contains(w, ".")
}

// isInitial reports a single letter, with its marks: the "J" of "J. Smith".
func isInitial(w string) bool {
	r, size := decode(w, 0)
	return unicode.IsLetter(r) && skipMarks(w, size) == len(w)
}

// isCased reports letters of the scripts that write sentences with a capital.
func isCased(r rune) bool {
	return r >= 0 && (unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Cyrillic, r) ||
		unicode.Is(unicode.Greek, r) || unicode.Is(unicode.Armenian, r))
}

// innerCapital reports a capital after the first letter ("mRNA", "pH",
// "eSwatini"): such words are spelled as they are, even at a sentence start.
func innerCapital(w string) bool {
	seen := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
			return true
		}
		seen = true
	}
	return false
}

// elideFrench applies French elision and the contractions of de and à.
func elideFrench(words []string) {
	apostrophe := "'"
	for _, w := range words {
		if strings.ContainsRune(w, '’') {
			apostrophe = "’"
			break
		}
	}
	at := present(words)
	for k := 0; k < len(at); k++ {
		cur, next := words[at[k]], wordAt(words, at, k+1)
		if isLoneHyphen(wordAt(words, at, k-1)) {
			continue // a pronoun after its verb: "lavez-le à l'eau"
		}
		if c, ok := contraction(cur, next, wordAt(words, at, k+2)); ok {
			words[at[k]], words[at[k+1]] = c, ""
			k++
			continue
		}
		if stem, ok := elision(cur, next); ok {
			words[at[k]] = matchCase(cur, stem) + apostrophe
		}
	}
}

// isLoneHyphen reports a word that is a hyphen alone.
func isLoneHyphen(w string) bool {
	r, size := decode(w, 0)
	return isHyphen(r) && size == len(w)
}

// contractions are the articles that merge with de and à.
var contractions = map[[2]string]string{
	{"de", "le"}: "du", {"de", "les"}: "des", {"à", "le"}: "au", {"à", "les"}: "aux",
}

// contraction returns the contracted form of cur and next ("de" "le" →
// "du") given the word after them, or false: le elides before a vowel
// instead ("de l'eau"), and le or les before an infinitive (or lui, leur)
// is a pronoun ("de le faire"). Nothing merges before a word that is not one.
func contraction(cur, next, after string) (string, bool) {
	c, ok := contractions[[2]string{strings.ToLower(cur), strings.ToLower(next)}]
	if !ok || !holdsLetter(after, true) || strings.EqualFold(next, "le") && elidesBefore(after) {
		return "", false
	}
	if a := strings.ToLower(after); a == "lui" || a == "leur" || isInfinitive(a) {
		return "", false
	}
	return matchCase(cur, c), true
}

// isInfinitive reports words with an infinitive's ending (-er, -ir, -re),
// except common nouns that end so ("le centre", "le cancer").
func isInfinitive(w string) bool {
	if !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ir") && !strings.HasSuffix(w, "re") {
		return false
	}
	return !nounsLikeInfinitives[w] && !strings.HasSuffix(w, "mètre")
}

// nounsLikeInfinitives are masculine nouns of health texts with an
// infinitive's ending, which take du and au.
var nounsLikeInfinitives = map[string]bool{
	"centre": true, "cancer": true, "sucre": true, "nombre": true, "membre": true, "verre": true,
	"ordre": true, "titre": true, "chiffre": true, "litre": true, "père": true, "frère": true,
	"foyer": true, "soir": true, "mouchoir": true, "plaisir": true, "désir": true, "savoir": true,
	"pouvoir": true, "devoir": true, "loisir": true, "cadre": true, "genre": true, "livre": true,
	"ventre": true, "ministre": true, "registre": true, "trimestre": true, "semestre": true,
	"coucher": true, "lever": true, "déjeuner": true, "dîner": true, "goûter": true, "beurre": true,
	"cuir": true, "sourire": true, "rire": true, "fer": true, "laser": true, "poivre": true,
	"quartier": true, "dossier": true, "papier": true, "premier": true, "dernier": true, "cahier": true,
	"courrier": true, "panier": true, "métier": true,
}

// elisions are the French words that elide, with their elided stems, and
// the words they elide before when that is not any vowel.
var elisions = map[string]struct {
	stem   string
	before []string
}{
	"le": {stem: "l"}, "la": {stem: "l"}, "de": {stem: "d"}, "ne": {stem: "n"}, "que": {stem: "qu"},
	"se": {stem: "s"}, "je": {stem: "j"}, "me": {stem: "m"}, "te": {stem: "t"}, "jusque": {stem: "jusqu"},
	"lorsque": {"lorsqu", []string{"il", "ils", "elle", "elles", "on", "un", "une", "en"}},
	"puisque": {"puisqu", []string{"il", "ils", "elle", "elles", "on", "un", "une", "en"}},
	"quoique": {"quoiqu", []string{"il", "ils", "elle", "elles", "on", "un", "une", "en"}},
	"quelque": {"quelqu", []string{"un", "une"}},
	"ce":      {"c", []string{"est", "était", "étaient"}},
	"si":      {"s", []string{"il", "ils"}},
	"presque": {"presqu", []string{"île"}},
}

// elision returns the stem that cur elides to before next ("la" "eau" →
// "l"), or false.
func elision(cur, next string) (string, bool) {
	e, ok := elisions[strings.ToLower(cur)]
	if !ok || !elidesBefore(next) {
		return "", false
	}
	if e.before != nil && !slices.Contains(e.before, strings.ToLower(next)) {
		return "", false
	}
	return e.stem, true
}

// elidesBefore reports French words that start with a vowel sound: a vowel
// (onze and oui excepted), the word y, or a mute h.
func elidesBefore(w string) bool {
	lw := strings.ToLower(w)
	r, _ := decode(lw, 0)
	switch {
	case isAddress(w) || lw == "onze" || lw == "onzième" || lw == "oui":
		return false
	case strings.ContainsRune("aàâäáeéèêëiîïíoôöóuùûüúœæ", r):
		return true
	case r == 'y':
		return lw == "y" || lw == "yeux"
	case r == 'h':
		return !isAspiratedH(lw)
	}
	return false
}

// isAspiratedH reports the words of health texts whose h is aspirated (le
// haut, la hanche, les handicapés): a lower-case word, or a form of one.
func isAspiratedH(w string) bool {
	if aspiratedWords[w] || aspiratedWords[strings.TrimSuffix(w, "s")] {
		return true
	}
	for _, p := range aspiratedStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// aspiratedWords are whole words with an aspirated h; aspiratedStems
// start families of them ("haut", "hauteur", "hautement").
var (
	aspiratedWords = map[string]bool{
		"hors": true, "huit": true, "huitième": true, "huitaine": true, "hameau": true, "hameaux": true,
		"héros": true, "hall": true, "halte": true, "hamac": true, "hamburger": true, "hangar": true,
		"haricot": true, "hibou": true, "hiboux": true, "hockey": true, "homard": true, "housse": true,
		"hutte": true, "hublot": true, "haie": true, "haine": true, "haïr": true,
		"hâte": true, "hâtif": true, "hâtive": true,
	}
	aspiratedStems = []string{"haut", "handicap", "harcel", "harcèl", "hauss", "hont", "hach", "hanch",
		"hernie", "hoquet", "hurl", "hiérarch", "hasard"}
)

// hanMarks are the full-width forms of ASCII punctuation in Chinese.
var hanMarks = map[string]string{",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}

// widenHanPunct writes ASCII punctuation full-width next to Han or kana,
// and at the end of a sentence that has Han or kana; Japanese writes its
// comma 、. Brackets change in pairs.
func widenHanPunct(japanese bool, words []string) {
	if !slices.ContainsFunc(words, hasHan) {
		return
	}
	at := present(words)
	pairs := bracketPairs(words, at)
	for k, i := range at {
		w := words[i]
		repl, ok := hanMarks[w]
		if !ok {
			continue
		}
		prev, next := wordAt(words, at, k-1), wordAt(words, at, k+1)
		wide := false
		switch {
		case w == "(" || w == ")":
			wide = pairs[k]
		case endsWithDigit(prev) && startsWithDigit(next): // 8:00, 3.5
		default:
			wide = endsWithHan(prev) || startsWithHan(next) ||
				strings.Contains(".?!", w) && closesText(words, at, k+1)
		}
		if wide {
			if japanese && w == "," {
				repl = "、"
			}
			words[i] = repl
		}
	}
}

// bracketPairs tells, by position in at, which brackets go full-width: a
// pair whose content starts or ends with Han or kana ("（见下文）"), and an
// unpaired bracket whose inner side touches them. Brackets around Latin
// words or numbers keep their ASCII form, as Chinese text usually writes
// them ("疾病 (COVID-19)", "(5.8%)").
func bracketPairs(words []string, at []int) map[int]bool {
	wide := map[int]bool{}
	var open []int
	for k, i := range at {
		switch words[i] {
		case "(":
			open = append(open, k)
			wide[k] = startsWithHan(wordAt(words, at, k+1))
		case ")":
			inside := endsWithHan(wordAt(words, at, k-1))
			if len(open) == 0 {
				wide[k] = inside
				continue
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			both := wide[o] || inside
			wide[o], wide[k] = both, both
		}
	}
	return wide
}

// closesText reports whether only closing quotes and brackets follow position k.
func closesText(words []string, at []int, k int) bool {
	for ; k < len(at); k++ {
		if !strings.Contains(")]}\"'”’」』）»", words[at[k]]) {
			return false
		}
	}
	return true
}

// hasHan reports whether w holds a Han or kana letter.
func hasHan(w string) bool {
	for _, r := range w {
		if isHanOrKana(r) {
			return true
		}
	}
	return false
}

func isHanOrKana(r rune) bool {
	s := scriptOf(r)
	return (s == scriptHan || s == scriptKana) && classOf(r) == clsNoSpace
}

func endsWithHan(w string) bool {
	r, _ := decodeLast(w, len(w))
	return isHanOrKana(r)
}

func startsWithHan(w string) bool {
	r, _ := decode(w, 0)
	return isHanOrKana(r)
}

func endsWithDigit(w string) bool {
	r, _ := decodeLast(w, len(w))
	return unicode.IsDigit(r)
}

func startsWithDigit(w string) bool {
	r, _ := decode(w, 0)
	return unicode.IsDigit(r)
}
