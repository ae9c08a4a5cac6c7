package tokenize

import "strings"

// langRules are the language-specific choices of Tokenize, Key and Detokenize.
type langRules struct {
	base          string // primary language subtag, lower case: "es" for "es-419"
	clitics       bool   // English: split 's 're 've 'll 'd 'm from their host
	french        bool   // a space before ; : ! ? » and after «
	spacedPercent bool   // a space before % (French, Spanish)
	turkic        bool   // dotted and dotless i when folding case
	han           bool   // Chinese and Japanese: quotes and dashes hug Han and kana; "2027年5月4日" is a date
	proclitics    bool   // Arabic: و ب ل ك ف join the number after them
	monthNames    bool   // English: "7 June 2027" and "June 7, 2027" are dates
}

// rulesFor returns the rules for a BCP 47 code such as "fr", "pt-BR" or "zh-Hans".
func rulesFor(lang string) langRules {
	base := lang
	if k := strings.IndexAny(base, "-_"); k >= 0 {
		base = base[:k]
	}
	base = strings.ToLower(base)
	return langRules{
		base:          base,
		clitics:       base == "en",
		french:        base == "fr",
		spacedPercent: base == "fr" || base == "es",
		turkic:        base == "tr" || base == "az",
		han:           base == "zh" || base == "ja" || base == "yue" || base == "wuu",
		proclitics:    base == "ar",
		monthNames:    base == "en",
	}
}

// IsNoSpaceLang reports whether the language is written without spaces between
// words (Chinese, Japanese, Thai, Lao, Khmer, Burmese), where translations are
// better scored on characters than on words.
func IsNoSpaceLang(lang string) bool {
	switch rulesFor(lang).base {
	case "zh", "ja", "yue", "wuu", "th", "lo", "km", "my", "bo", "dz":
		return true
	}
	return false
}

// elides reports whether the word before an apostrophe is an elided clitic
// that is cut off as a token of its own: French "l'" "eau", "qu'" "il";
// Italian "dell'" "acqua"; Catalan "d'" "aigua". Other words with an inner
// apostrophe stay whole ("aujourd'hui", Swahili "ng'ombe", Oromo "bu'aa").
func (l langRules) elides(prefix string) bool {
	if len(prefix) > 7 {
		return false
	}
	p := strings.ToLower(prefix)
	switch l.base {
	case "fr":
		switch p {
		case "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu":
			return true
		}
	case "it":
		switch p {
		case "l", "un", "dell", "all", "dall", "nell", "sull", "coll", "quell", "quest", "bell", "sant",
			"c", "d", "m", "s", "t", "v", "n":
			return true
		}
	case "ca":
		switch p {
		case "l", "d", "m", "n", "s", "t":
			return true
		}
	}
	return false
}

// clitic returns the end of an English clitic ('s 're 've 'll 'd 'm) whose
// apostrophe is at s[j], or 0. Negative contractions stay whole ("don't",
// "can't"), as do other languages' apostrophes.
func (l langRules) clitic(s string, j, size int) int {
	if !l.clitics {
		return 0
	}
	k := j + size
	for _, c := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
		if hasPrefixFold(s[k:], c) && endsWord(s, k+len(c)) {
			return k + len(c)
		}
	}
	return 0
}
