package translate

import (
	"strings"
	"unicode"

	"tafsiri/internal/datetime"
	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// writeValue writes a value of a src sentence as the tgt output shows it.
// The value is always the source's. A date or time that English writes with
// words ("12 March", "Saturday 14 May 2027", "4 pm") and a weekday name
// ("Sunday") are written with the target language's month and weekday names
// and patterns (CLDR, package internal/datetime), an English number word
// ("four") with digits; every other value
// (numbers, numeric dates, 24-hour times, phone numbers, links, addresses)
// is copied exactly, and so is anything datetime cannot read one way only.
func writeValue(src, tgt string, t tokenize.Token) string {
	if out, ok := valueInTarget(src, tgt, t); ok {
		return out
	}
	if n, ok := numberWord(src, t); ok && src != tgt {
		return n
	}
	return t.Text
}

// valueInTarget writes the date, time or weekday that t writes with words
// in tgt's form; ok is false for every other token, and for a language CLDR
// has no data for here.
func valueInTarget(src, tgt string, t tokenize.Token) (string, bool) {
	v, ok := englishValue(src, tgt, t)
	if !ok {
		return "", false
	}
	// Western digits, as the source writes them: the numbers around a date
	// are copied as written, and one sentence should not mix two scripts.
	out, err := datetime.Format(v, tgt, datetime.Options{WesternDigits: true})
	return out, err == nil
}

// englishValue reads the date, time or weekday that token t of an English
// sentence writes with words, when the target is another language.
func englishValue(src, tgt string, t tokenize.Token) (datetime.Value, bool) {
	switch {
	case src != "en" || src == tgt || !strings.ContainsFunc(t.Text, unicode.IsLetter):
		return datetime.Value{}, false
	case t.Kind == tokenize.Date || t.Kind == tokenize.Time:
		return datetime.Parse(t.Text)
	case t.Kind == tokenize.Word:
		v, ok := datetime.Parse(t.Text)
		return v, ok && v.Kind == datetime.KindWeekday
	}
	return datetime.Value{}, false
}

// weekdayOptions offers, for each English weekday name of s, its name in
// the target language as a translation option the decoder may choose like
// any phrase; tgt's language model scores its words.
func weekdayOptions(s segment, src, tgt string) []decoder.Option {
	var opts []decoder.Option
	for i, t := range s.tokens {
		if t.Kind != tokenize.Word {
			continue
		}
		name, ok := valueInTarget(src, tgt, t)
		if !ok {
			continue
		}
		opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: tokenize.Keys(tgt, tokenize.Tokenize(tgt, name)),
			Scores: make([]float64, numPhraseFeatures), Tag: tagValue})
	}
	return opts
}
