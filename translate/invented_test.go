package translate_test

import (
	"context"
	"testing"

	"tafsiri/translate"
)

// wordForWord is a corpus in which every English word has one Spanish
// word: "wash hands with soap" is "lave manos con jabón".
func wordForWord() *translate.Corpus {
	c := &translate.Corpus{Src: "en", Tgt: "es-419", Source: "test"}
	verbs := [][2]string{{"wash", "lave"}, {"dry", "seque"}, {"cover", "cubra"}}
	nouns := [][2]string{{"hands", "manos"}, {"face", "cara"}, {"feet", "pies"}, {"baby", "bebé"}, {"cup", "taza"}}
	withs := [][2]string{{"", ""}, {" with soap", " con jabón"}, {" with water", " con agua"}}
	for _, v := range verbs {
		for _, n := range nouns {
			for _, w := range withs {
				c.Pairs = append(c.Pairs, translate.Pair{Src: v[0] + " " + n[0] + w[0], Tgt: v[1] + " " + n[1] + w[1]})
			}
		}
	}
	return c
}

// A translation that adds content words the source does not have counts
// them as invented; one that drops content words of the source counts them
// as left out; a faithful one counts neither.
func TestMeasureInventionCountsAddedAndLeftOutContentWords(t *testing.T) {
	cases := map[string]struct {
		src, hyp          string
		invented, omitted int
	}{
		"faithful":            {"dry feet with water", "seque pies con agua", 0, 0},
		"adds words":          {"dry feet", "seque pies con agua", 2, 0},
		"leaves words out":    {"dry feet with water", "seque pies", 0, 2},
		"a name on each side": {"dry Ana", "seque Ana", 0, 0},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			v, err := translate.MeasureInvention(context.Background(), wordForWord(), []string{c.src}, []string{c.hyp})
			if err != nil {
				t.Fatal(err)
			}
			if v.Invented != c.invented || v.Omitted != c.omitted {
				t.Errorf("%q → %q: %d invented, %d left out; want %d and %d (%+v)", c.src, c.hyp, v.Invented, v.Omitted, c.invented, c.omitted, v)
			}
		})
	}
}
