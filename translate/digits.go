package translate

import (
	"strings"

	"tafsiri/internal/cldr"
	"tafsiri/translate/tokenize"
)

// SetWesternDigits makes translations write numbers, times and numeric
// dates with 0–9 in every language; by default each is written in the target
// language's default digits (CLDR), which differ from 0–9 in Persian (۰–۹)
// and Bengali (০–৯). It may change while translations run.
func (e *Engine) SetWesternDigits(western bool) { e.westernDigits.Store(western) }

// WesternDigits reports whether translations keep 0–9 in every language.
func (e *Engine) WesternDigits() bool { return e.westernDigits.Load() }

// localizeDigits writes the values of the pieces of a translation into tgt
// in tgt's default digits: the model's words and the memory's stored text
// alike, so one output never mixes two digit scripts.
func localizeDigits(tgt string, pieces []piece) {
	loc, ok := cldr.For(tgt)
	if !ok || loc.Numbers.System == "latn" {
		return
	}
	for i := range pieces {
		p := &pieces[i]
		if p.text != "" {
			p.text = inDigits(tgt, loc.Numbers, p.text)
			continue
		}
		words := make([]string, len(p.words))
		for j, w := range p.words {
			words[j] = inDigits(tgt, loc.Numbers, w)
		}
		p.words = words
	}
}

// inDigits rewrites the 0–9 of the numbers, times and dates in text with
// the digits of n, and the separators between digits of a number with n's
// decimal and group separators ("3.5" → "۳٫۵", "1,000" → "۱٬۰۰۰"). Phone
// numbers, addresses, links and words with digits in them ("COVID-19") are
// copied as they are: they are codes, not quantities.
func inDigits(lang string, n cldr.Numbers, text string) string {
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	digits := []rune(n.Digits)
	return mapTokens(lang, text, func(t tokenize.Token) string {
		switch t.Kind {
		case tokenize.Number, tokenize.Time, tokenize.Date:
			return mapDigits(t.Text, digits, n, t.Kind == tokenize.Number)
		}
		return t.Text
	})
}

// mapTokens writes text with each of its tokens in lang rewritten by fn,
// and what lies between the tokens as it was.
func mapTokens(lang, text string, fn func(t tokenize.Token) string) string {
	var b strings.Builder
	at := 0
	for _, t := range tokenize.Tokenize(lang, text) {
		i := strings.Index(text[at:], t.Text)
		if i < 0 {
			return text // the tokenizer changed the text: leave it whole
		}
		b.WriteString(text[at : at+i])
		at += i + len(t.Text)
		b.WriteString(fn(t))
	}
	b.WriteString(text[at:])
	return b.String()
}

// mapDigits writes the digits of s with digits; in a number, a '.' or ','
// between two digits becomes n's decimal or group separator.
func mapDigits(s string, digits []rune, n cldr.Numbers, number bool) string {
	rs := []rune(s)
	var b strings.Builder
	for k, r := range rs {
		between := k > 0 && k+1 < len(rs) && isASCIIDigit(rs[k-1]) && isASCIIDigit(rs[k+1])
		switch {
		case isASCIIDigit(r):
			b.WriteRune(digits[r-'0'])
		case number && between && r == '.':
			b.WriteString(n.Decimal)
		case number && between && r == ',':
			b.WriteString(n.Group)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
