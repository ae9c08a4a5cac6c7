package translate

import (
	"strings"
	"unicode"

	"tafsiri/internal/datetime"
	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// sentenceValues writes the values of one src sentence, whose tokens are
// tokens, as the tgt output shows them. The values are always the source's.
// A date or time that English writes with words ("12 March", "Saturday 14
// May 2027", "4 pm", "May 2027"), a weekday name ("Sunday") and a month name
// ("in March") are written with the target language's month and weekday
// names and patterns (CLDR, package internal/datetime), an English number
// word ("four") with digits. Dates in
// digits ("25/03/2027", from any language) are written in the target's
// order and separators when every one of the sentence's reads one way only;
// when one reads two ways ("01/06/2027") all are copied as written, so one
// sentence never shows two orders. Every other value (numbers, 24-hour
// times, phone numbers, links, addresses) is copied exactly.
type sentenceValues struct {
	src, tgt       string
	copyDigitDates bool
}

func newSentenceValues(src, tgt string, tokens []tokenize.Token) sentenceValues {
	v := sentenceValues{src: src, tgt: tgt}
	for _, t := range tokens {
		if isDigitDate(t) {
			d, ok := datetime.Parse(inWesternDigits(t))
			v.copyDigitDates = v.copyDigitDates || !ok || !d.Date.Numeric
		}
	}
	return v
}

// isDigitDate reports whether t is a date written in digits only.
func isDigitDate(t tokenize.Token) bool {
	return t.Kind == tokenize.Date && !strings.ContainsFunc(t.Text, unicode.IsLetter)
}

// write writes value t of the sentence in the target's form.
func (v sentenceValues) write(t tokenize.Token) string {
	t.Text = inWesternDigits(t)
	if isDigitDate(t) && v.copyDigitDates {
		return t.Text
	}
	if out, ok := valueInTarget(v.src, v.tgt, t); ok {
		return out
	}
	if n, ok := numberWord(v.src, t); ok && v.src != v.tgt {
		return n
	}
	return t.Text
}

// inWesternDigits writes the digits of a number, time or date in 0–9, and
// the Arabic decimal and group separators ("۳٫۵" → "3.5"): a Bengali or
// Persian source's "৫" is 5 in an English translation, and localizeDigits
// writes it in the target's own digits where they are the default. Phone
// numbers, links and other codes are copied as they are written.
func inWesternDigits(t tokenize.Token) string {
	switch t.Kind {
	case tokenize.Number, tokenize.Time, tokenize.Date:
	default:
		return t.Text
	}
	if !strings.ContainsFunc(t.Text, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsDigit(r) }) {
		return t.Text
	}
	return strings.Map(func(r rune) rune {
		switch d := tokenize.DigitValue(r); {
		case d >= 0:
			return '0' + rune(d)
		case r == '٫':
			return '.'
		case r == '٬':
			return ','
		}
		return r
	}, t.Text)
}

// valueInTarget writes the date, time, weekday or month of t in tgt's form; ok is
// false for every other token, and for a language CLDR has no data for here.
func valueInTarget(src, tgt string, t tokenize.Token) (string, bool) {
	v, ok := sourceValue(src, tgt, t)
	if !ok {
		return "", false
	}
	// Western digits, as the source writes them: the numbers around a date
	// are copied as written, and one sentence should not mix two scripts.
	out, err := datetime.Format(v, tgt, datetime.Options{WesternDigits: true})
	return out, err == nil
}

// sourceValue reads the value of token t of a src sentence that tgt writes
// another way: a date, time or month (tokenize.Date) an English sentence
// writes with words, a weekday name, a date any sentence writes in digits,
// or one a Chinese sentence writes with 年月日 (or a month alone, "8月").
func sourceValue(src, tgt string, t tokenize.Token) (datetime.Value, bool) {
	switch {
	case src == tgt:
		return datetime.Value{}, false
	case isDigitDate(t):
		v, ok := datetime.Parse(t.Text)
		return v, ok && v.Date.Numeric
	case t.Kind == tokenize.Date && strings.Contains(t.Text, "月"):
		return datetime.ParseHan(t.Text) // "2027年5月4日", from Chinese or Japanese
	case src != "en" || !strings.ContainsFunc(t.Text, unicode.IsLetter):
		return datetime.Value{}, false
	case t.Kind == tokenize.Date || t.Kind == tokenize.Time:
		return datetime.Parse(t.Text)
	case t.Kind == tokenize.Word:
		v, ok := datetime.Parse(t.Text)
		return v, ok && v.Kind == datetime.KindWeekday
	}
	return datetime.Value{}, false
}

// orderedValues returns the positions of the values of s that the decoder
// keeps in source order (decoder.Config.Ordered): its times and dates, and
// the numbers at either end of a range ("1 to 3 June", "between 2 and 8",
// "5–10"). "Between 8:30 and 12:30" must not come out as "between 12:30 and
// 8:30", nor "from 1 to 3 June" lose its 1 to the end of the sentence; no
// language writes a range or a schedule backwards. Other numbers may move
// ("4 times in 24 hours" is "24 घंटे में 4 बार" in Hindi).
func orderedValues(s segment) []int {
	var out []int
	for i, t := range s.tokens {
		switch {
		case t.Kind == tokenize.Time || t.Kind == tokenize.Date:
			out = append(out, i)
		case t.Kind == tokenize.Number && (rangeEnd(s, i, i+2) || rangeEnd(s, i-2, i)):
			out = append(out, i)
		}
	}
	return out
}

// rangeEnd reports whether tokens a and b of s are values joined by a word
// or dash that makes a range of them ("to", "and", "–").
func rangeEnd(s segment, a, b int) bool {
	if a < 0 || b >= len(s.tokens) || !isQuantity(s.tokens[a]) || !isQuantity(s.tokens[b]) {
		return false
	}
	return rangeWords[strings.ToLower(s.tokens[a+1].Text)]
}

// isQuantity reports a number, date or time: what a range runs between.
func isQuantity(t tokenize.Token) bool {
	return t.Kind == tokenize.Number || t.Kind == tokenize.Date || t.Kind == tokenize.Time
}

// keepsRanges reports whether target, a phrase's translation of tokens i
// to j-1 of s, writes the two ends of every range among them in source
// order. A phrase maps its placeholders to the source's by kind, the first
// "<date>" of the target to the first of the source (see realize), so one
// learnt from "from 13 to 15 July" = "于7月13日至15日", whose "<date>" comes
// first, writes "from 13 to 15 July" as "于 7月15日至 13 日", July 15 to 13.
func keepsRanges(s segment, i, j int, target []string) bool {
	at := placeholderTargets(s.keys[i:j], target)
	for a := i; a+2 < j; a++ {
		if rangeEnd(s, a, a+2) && at[a-i] > at[a+2-i] {
			return false
		}
	}
	return true
}

// placeholderTargets returns, for each source key, the index of the target
// key realize writes its value at (-1 for none): each placeholder of the
// target takes the first unused placeholder of the source with its key.
func placeholderTargets(source, target []string) []int {
	at := make([]int, len(source))
	for k := range at {
		at[k] = -1
	}
	for t, key := range target {
		if _, ok := tokenize.SymbolKind(key); !ok {
			continue
		}
		for k, sk := range source {
			if at[k] < 0 && sk == key {
				at[k] = t
				break
			}
		}
	}
	return at
}

// rangeOpeners are the English words that open a range ("from 13 to 15
// July", "between 2 and 4 May").
var rangeOpeners = map[string]bool{"from": true, "between": true}

// rangeWords join the two ends of a range: English words, and dashes in any language.
var rangeWords = map[string]bool{"to": true, "and": true, "until": true, "till": true, "through": true, "-": true, "–": true, "—": true}

// valueSpan returns tokens start to end-1 of s as one value: the token
// (valueToken), or the range its two ends make ("from 13 to 15 July" is
// read as "13–15 July"; rangeOptions).
func (s segment) valueSpan(start, end int) tokenize.Token {
	if end-start == 1 {
		return s.valueToken(start)
	}
	if rangeOpeners[strings.ToLower(s.tokens[start].Text)] {
		start++
	}
	return tokenize.Token{Text: s.tokens[start].Text + "–" + s.tokens[end-1].Text, Kind: tokenize.Date}
}

// rangeOptions offers, where the target writes a date's month before its
// day (Chinese "7月13日"), each range from a number to a date English
// writes with words ("from 13 to 15 July", "between 2 and 4 May") as one
// value, written with the target's CLDR range pattern ("7月13日至15日").
// Phrase by phrase, the first number can only stand apart from the month
// ("至 13 7月15日"), or before it, where it reads as a negative or another
// number; a phrase that turns the range around is no option (keepsRanges).
func rangeOptions(s segment, src, tgt string) []decoder.Option {
	if !datetime.MonthBeforeDay(tgt) {
		return nil
	}
	var opts []decoder.Option
	for a := 0; a+2 < len(s.tokens); a++ {
		if s.tokens[a].Kind != tokenize.Number || s.tokens[a+2].Kind != tokenize.Date || !rangeEnd(s, a, a+2) {
			continue
		}
		text, ok := valueInTarget(src, tgt, s.valueSpan(a, a+3))
		if !ok {
			continue
		}
		start := a
		if a > 0 && rangeOpeners[strings.ToLower(s.tokens[a-1].Text)] {
			start-- // the range pattern says "from" too: "从" alone would stand before it
		}
		opts = append(opts, decoder.Option{Start: start, End: a + 3, Target: tokenize.Keys(tgt, tokenize.Tokenize(tgt, text)),
			Scores: make([]float64, numPhraseFeatures), Tag: tagValue})
	}
	return opts
}

// keepRangesWhole drops the options that cover part of a range rangeOptions
// offers whole: in a language that writes the month first, the range can
// only be written whole ("from 3 to 7 October 2027" had become "从 3 周至
// 2027年10月7日", three weeks to 7 October).
func keepRangesWhole(opts, ranges []decoder.Option) []decoder.Option {
	if len(ranges) == 0 {
		return opts
	}
	kept := opts[:0:0]
	for _, o := range opts {
		partial := false
		for _, r := range ranges {
			inside := max(o.Start, r.Start) < min(o.End, r.End)
			whole := o.Start <= r.Start && o.End >= r.End
			partial = partial || inside && !whole
		}
		if !partial {
			kept = append(kept, o)
		}
	}
	return append(kept, ranges...)
}

// valueToken returns token i of s as its value is read: a month name the
// key tells from a verb ("in May"; tokenize.IsMonthKey) and a Chinese month
// alone ("8月"; tokenize.IsHanMonth) are dates.
func (s segment) valueToken(i int) tokenize.Token {
	t := s.tokens[i]
	if t.Kind == tokenize.Word && (tokenize.IsMonthKey(s.keys[i]) || tokenize.IsHanMonth(t.Text)) {
		t.Kind = tokenize.Date
	}
	return t
}

// nameOptions offers, for each English weekday name of s, each month name
// its key tells from a verb ("in May", not "May I…"; tokenize.IsMonthKey)
// and each Chinese month alone ("8月"), its name in the target language as
// a translation option the decoder may choose like any phrase; tgt's
// language model scores its words.
func nameOptions(s segment, src, tgt string) []decoder.Option {
	var opts []decoder.Option
	for i, t := range s.tokens {
		if t.Kind != tokenize.Word {
			continue
		}
		name, ok := valueInTarget(src, tgt, s.valueToken(i))
		if !ok {
			continue
		}
		opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: tokenize.Keys(tgt, tokenize.Tokenize(tgt, name)),
			Scores: make([]float64, numPhraseFeatures), Tag: tagValue})
	}
	return opts
}
