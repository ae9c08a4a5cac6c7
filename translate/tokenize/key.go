package tokenize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Casers keep state, so each goroutine borrows its own.
var (
	folders = sync.Pool{New: func() any { c := cases.Fold(); return &c }}
	turkish = sync.Pool{New: func() any { c := cases.Lower(language.Turkish); return &c }}
)

// Key is the form of a token used for training and lookup: the class symbol
// of a placeholder ("<num>", "<url>", "<email>", "<phone>", "<date>",
// "<time>"), else the case-folded text (Turkish and Azeri fold I to ı and İ
// to i). In keys the typographic apostrophe ’ is written ', and the Arabic
// tatweel and short-vowel marks (harakat), which writers add or leave out at
// will, are removed. Keys never contain spaces.
func Key(lang string, t Token) string {
	if t.Kind.IsPlaceholder() {
		return symbols[t.Kind]
	}
	return fold(rulesFor(lang).turkic, t.Text)
}

// Keys returns the key of each token. An English month name written in full
// with a capital keeps its text as its key ("May"), so that the month and
// the verb "may", the month and "march", are two words to the model; the
// first word of a sentence is folded like any other ("May I help you?",
// "March to the clinic"), unless a number follows it ("May 7").
func Keys(lang string, toks []Token) []string {
	rules := rulesFor(lang)
	keys := make([]string, len(toks))
	for k, t := range toks {
		switch {
		case t.Kind.IsPlaceholder():
			keys[k] = symbols[t.Kind]
		case rules.monthNames && isMonthName(toks, k):
			keys[k] = t.Text
		default:
			keys[k] = fold(rules.turkic, t.Text)
		}
	}
	return keys
}

// IsMonthKey reports whether key is the key Keys gives an English month
// name: its full name with a capital ("May").
func IsMonthKey(key string) bool { return fullMonths[key] }

// isMonthName reports whether toks[k] is an English month name written in
// full with a capital, not the first word of a sentence unless a number follows.
func isMonthName(toks []Token, k int) bool {
	if toks[k].Kind != Word || !fullMonths[toks[k].Text] {
		return false
	}
	if k > 0 && !(toks[k-1].Kind == Punct && strings.Contains(".!?…\"“«", toks[k-1].Text)) {
		return true
	}
	return k+1 < len(toks) && toks[k+1].Kind == Number
}

// fold case-folds w; it allocates only when w changes.
func fold(turkic bool, w string) string {
	ascii, upper := true, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if ascii && !upper {
		return w
	}
	if ascii && (!turkic || strings.IndexByte(w, 'I') < 0) {
		return asciiLower(w)
	}
	if !ascii && foldStable(w) {
		return cleanKey(w)
	}
	pool := &folders
	if turkic {
		pool = &turkish
	}
	c := pool.Get().(*cases.Caser)
	w = c.String(w)
	pool.Put(c)
	return cleanKey(w)
}

// foldStable reports whether folding leaves w as it is: every rune is
// caseless (Han, Arabic, Ethiopic...) or an ordinary lower-case letter.
func foldStable(w string) bool {
	info := bmpInfo()
	for _, r := range w {
		if r < 0x10000 && info[r]&foldFlag != 0 || r >= 0x10000 && foldChanges(r) {
			return false
		}
	}
	return true
}

// foldChanges reports whether case folding may change r.
func foldChanges(r rune) bool {
	switch {
	case specialFold(r) || unicode.IsUpper(r) || unicode.IsTitle(r):
		return true
	case unicode.SimpleFold(r) == r: // no case
		return false
	}
	return !unicode.IsLower(r) || unicode.ToLower(unicode.ToUpper(r)) != r
}

// specialFold reports lower-case letters that full case folding still
// changes: ß, ſ, final sigma, Greek symbol forms, ligatures, Cherokee.
func specialFold(r rune) bool {
	switch {
	case r == 'ß', r == 'ŉ', r == 'ǰ', r == 'ſ', r == 'ΐ', r == 'ΰ', r == 'ς', r == 'և', r == 0x0345, r == 0x1FBE:
		return true
	case r >= 0x03D0 && r <= 0x03F5, r >= 0x1E96 && r <= 0x1E9B, r >= 0x1F50 && r <= 0x1FFF,
		r >= 0xFB00 && r <= 0xFB17, r >= 0x13F8 && r <= 0x13FD, r >= 0xAB70 && r <= 0xABBF:
		return true
	}
	return false
}

// dropsFromKey reports the runes that keys leave out (Arabic tatweel and
// harakat) or write otherwise (’).
func dropsFromKey(r rune) bool { return r == 0x0640 || r >= 0x064B && r <= 0x0652 || r == '’' }

func asciiLower(w string) string {
	b := make([]byte, len(w))
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return string(b)
}

// cleanKey writes ’ as ' and drops tatweel and harakat, unless that would
// leave nothing.
func cleanKey(w string) string {
	// ’ is E2 80 99 in UTF-8; tatweel and harakat all start with D9.
	if strings.IndexByte(w, 0xE2) < 0 && strings.IndexByte(w, 0xD9) < 0 || !strings.ContainsFunc(w, dropsFromKey) {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch {
		case r == '’':
			b = append(b, '\'')
		case dropsFromKey(r):
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	if len(b) == 0 {
		return w
	}
	return string(b)
}
