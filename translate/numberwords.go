package translate

import (
	"strconv"
	"strings"

	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// englishNumbers are the English cardinal words a notice writes a count
// with ("four times a day", "twelve months").
var englishNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// numberWord reads a number word of an English source sentence, as the
// digits of its value ("four" → "4"); the output writes them in the
// target's digits like any number.
func numberWord(src string, t tokenize.Token) (string, bool) {
	if src != "en" || t.Kind != tokenize.Word {
		return "", false
	}
	n, ok := englishNumbers[strings.ToLower(t.Text)]
	if !ok {
		return "", false
	}
	return strconv.Itoa(n), true
}

// numberWordOptions offers, for each English number word of s that the
// model has no translation of, its value as the translation: "four" is
// written "4" rather than left in English. A word the model knows keeps the
// model's translation ("twice" → "deux fois"), and a number word inside a
// hyphenated compound ("twenty-five") is left to wholeCompounds.
func numberWordOptions(s segment, src string, opts []decoder.Option) []decoder.Option {
	known := make([]bool, len(s.tokens))
	for _, o := range opts {
		if o.Tag != tagUnknown && o.End == o.Start+1 {
			known[o.Start] = true
		}
	}
	for i, t := range s.tokens {
		if known[i] || inCompound(s.tokens, i) {
			continue
		}
		if _, ok := numberWord(src, t); ok {
			opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: []string{tokenize.Number.Symbol()},
				Scores: make([]float64, numPhraseFeatures), Tag: tagValue})
		}
	}
	return opts
}

// inCompound reports whether token i is joined to a neighbour by a tight hyphen.
func inCompound(toks []tokenize.Token, i int) bool {
	return i > 0 && isHyphenToken(toks[i-1]) && !toks[i].SpaceBefore ||
		i+1 < len(toks) && isHyphenToken(toks[i+1])
}
