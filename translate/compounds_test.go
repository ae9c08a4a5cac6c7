package translate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"tafsiri/translate/decoder"
)

// spans lists options as "start-end:target" strings, sorted.
func spans(opts []decoder.Option) []string {
	var out []string
	for _, o := range opts {
		out = append(out, fmt.Sprintf("%d-%d:%s", o.Start, o.End, strings.Join(o.Target, " ")))
	}
	slices.Sort(out)
	return out
}

func TestAHyphenatedCompoundIsTranslatedWholeOrLeftAsItIs(t *testing.T) {
	s := prepare("en", "a life-threatening fever")
	// tokens: 0 a, 1 life, 2 -, 3 threatening, 4 fever
	option := func(start, end int, target string) decoder.Option {
		return decoder.Option{Start: start, End: end, Target: strings.Fields(target), Scores: make([]float64, numPhraseFeatures)}
	}
	cases := map[string]struct {
		opts []decoder.Option
		want []string
	}{
		"part of the compound known: the compound is copied whole": {
			opts: []decoder.Option{option(0, 1, "una"), option(1, 2, "vida"), option(0, 2, "una vida"), option(4, 5, "fiebre")},
			want: []string{"0-1:una", "1-2:life", "2-3:-", "3-4:threatening", "4-5:fiebre"},
		},
		"the whole compound known: its translation stays, the parts go": {
			opts: []decoder.Option{option(1, 2, "vida"), option(1, 4, "potencialmente mortal"), option(0, 5, "una fiebre potencialmente mortal")},
			want: []string{"0-5:una fiebre potencialmente mortal", "1-2:life", "1-4:potencialmente mortal", "2-3:-", "3-4:threatening"},
		},
		"every word of the compound known: word by word is allowed": {
			opts: []decoder.Option{option(1, 2, "vida"), option(2, 3, "-"), option(3, 4, "amenazante"), option(0, 2, "una vida")},
			want: []string{"0-2:una vida", "1-2:vida", "2-3:-", "3-4:amenazante"},
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := spans(wholeCompounds(s, "en", c.opts)); !slices.Equal(got, c.want) {
				t.Errorf("options = %q, want %q", got, c.want)
			}
		})
	}
	t.Run("another source language keeps every option", func(t *testing.T) {
		fr := prepare("fr", "lavez-vous les mains")
		opts := []decoder.Option{option(0, 1, "wash"), option(2, 3, "yourselves")}
		if got := wholeCompounds(fr, "fr", opts); len(got) != 2 {
			t.Errorf("options = %q, want both kept", spans(got))
		}
	})
}

func TestHyphenatedFindsWordsJoinedByTightHyphens(t *testing.T) {
	cases := map[string][][2]int{
		"a life-threatening fever": {{1, 4}},
		"a 5-year-old child":       {{1, 6}},
		"well - known":             nil, // spaced: a dash, not a compound
		"one-to-one and re-use":    {{0, 5}, {6, 9}},
		"no compound here":         nil,
	}
	for text, want := range cases {
		if got := hyphenated(prepare("en", text).tokens); !slices.Equal(got, want) {
			t.Errorf("hyphenated(%q) = %v, want %v", text, got, want)
		}
	}
}
