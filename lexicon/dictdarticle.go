package lexicon

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// maxTranslationWords is the longest translation kept: longer ones are
// descriptions ("personne qui ne boit jamais d'alcool"), not words a
// sentence can use.
const maxTranslationWords = 6

// article is a dictd article read.
type article struct {
	headwords []string // the headword, or its variants ("aesthetically, esthetically")
	senses    []sense
}

// sense is one meaning of a headword: its part of speech and translations.
type sense struct {
	pos          string
	translations []string
}

// Patterns of FreeDict articles.
var (
	senseNumber = regexp.MustCompile(`^\d+\.\s*`)
	angleMark   = regexp.MustCompile(`<([^<>]*)>`)
	parentheses = regexp.MustCompile(`\([^()]*\)`)
	noteLabel   = regexp.MustCompile(`^(?i)(see|see also|note|notes|synonyms?|antonyms?|example|examples|usage)\s*:`)
)

// posNames are FreeDict's part-of-speech marks as the lexicon's names.
var posNames = map[string]string{
	"n": "noun", "noun": "noun", "s": "noun", "sb": "noun", "subst": "noun",
	"v": "verb", "vt": "verb", "vi": "verb", "vr": "verb", "vb": "verb", "verb": "verb", "irrv": "verb", "aux": "verb",
	"adj": "adj", "a": "adj", "adv": "adv", "pron": "pron", "prep": "prep", "conj": "conj",
	"num": "num", "card": "num", "interj": "interj", "int": "interj", "art": "det", "det": "det",
	"phr": "phrase", "phrase": "phrase",
}

// parseArticle reads the article of indexed headword: the headword as the
// article writes it (indexed when it writes none), and its senses.
func parseArticle(text, indexed string) article {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	head, headPOS := parseHeadLine(lines[0])
	if head == "" {
		head = indexed
	}
	var a article
	for _, h := range strings.Split(head, ",") {
		if h = cleanText(h); h != "" {
			a.headwords = append(a.headwords, h)
		}
	}
	for _, line := range lines[1:] {
		if s, ok := parseSense(line, headPOS); ok {
			a.senses = append(a.senses, s)
		}
	}
	return a
}

// parseHeadLine reads "headword /pronunciation/ <pos> <pos>", with any
// number of pronunciations: the headword and the part of speech when the
// marks name exactly one.
func parseHeadLine(line string) (head, pos string) {
	var kinds []string
	for _, m := range angleMark.FindAllStringSubmatch(line, -1) {
		if p := posName(m[1]); p != "" && !slices.Contains(kinds, p) {
			kinds = append(kinds, p)
		}
	}
	line = strings.TrimSpace(angleMark.ReplaceAllString(line, ""))
	for strings.HasSuffix(line, "/") {
		i := strings.LastIndex(line[:len(line)-1], " /")
		if i < 0 {
			break
		}
		line = strings.TrimSpace(line[:i])
	}
	if len(kinds) == 1 {
		pos = kinds[0]
	}
	return strings.TrimSpace(line), pos
}

// posName returns the lexicon's name of a mark's part of speech: the
// first of its comma-separated items ("n, masc" is a noun).
func posName(mark string) string {
	first, _, _ := strings.Cut(mark, ",")
	first = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(first), "."))
	return posNames[first]
}

// parseSense reads one line of translations, and false for a line that
// holds none (blank, a note, an example).
func parseSense(line, pos string) (sense, bool) {
	line = senseNumber.ReplaceAllString(strings.TrimSpace(line), "")
	if line == "" || noteLabel.MatchString(line) || strings.IndexAny(line, "\"“«") == 0 {
		return sense{}, false
	}
	if m := angleMark.FindStringSubmatchIndex(line); m != nil && m[0] == 0 {
		if p := posName(line[m[2]:m[3]]); p != "" {
			pos = p // a sense's own mark: "1. <v> ..."
		}
	}
	line = parentheses.ReplaceAllString(angleMark.ReplaceAllString(line, ""), "")
	s := sense{pos: pos}
	for _, item := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ';' }) {
		if t := cleanText(item); usableTranslation(t) && !slices.Contains(s.translations, t) {
			s.translations = append(s.translations, t)
		}
	}
	return s, len(s.translations) > 0
}

// cleanText trims a headword or a translation: spaces, the punctuation
// around it ("je?", "¿cómo?"), and FreeDict's Unicode hyphens, written as
// the ASCII hyphen the engine's words use.
func cleanText(s string) string {
	s = strings.NewReplacer("\u2010", "-", "\u2011", "-").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?¡¿", r)
	})
}

// usableTranslation reports whether t is a word or expression a sentence
// can use: not empty, no pattern ("no...más", "%h"), not a description.
func usableTranslation(t string) bool {
	return t != "" && !strings.Contains(t, "...") && !strings.ContainsAny(t, "…%/") &&
		len(strings.Fields(t)) <= maxTranslationWords
}

// usableHeadwords returns the headwords of a that entries can be made of,
// or why there are none.
func (a article) usableHeadwords() ([]string, string) {
	if len(a.headwords) == 0 {
		return nil, "no headword"
	}
	var usable []string
	reason := ""
	for _, h := range a.headwords {
		switch r := unusableHeadword(h); {
		case r == "":
			usable = append(usable, h)
		case reason == "":
			reason = r
		}
	}
	switch {
	case len(usable) == 0:
		return nil, reason
	case len(a.senses) == 0:
		return nil, quote(strings.Join(usable, ", ")) + " has no translation that is a word or an expression"
	}
	return usable, ""
}

// unusableHeadword says why a headword is not a word or an expression,
// or "" when it is one.
func unusableHeadword(h string) string {
	switch {
	case strings.Contains(h, "...") || strings.ContainsRune(h, '…'):
		return "the headword " + quote(h) + " is a pattern, not a word"
	case strings.ContainsRune(h, '/'):
		return "the headword " + quote(h) + " holds alternatives"
	case strings.HasPrefix(h, "-") || strings.HasSuffix(h, "-"):
		return "the headword " + quote(h) + " is an affix, not a word"
	}
	return ""
}

func quote(s string) string { return "“" + s + "”" }
