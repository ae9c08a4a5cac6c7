package translate

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tafsiri/lexicon"
	"tafsiri/translate/decoder"
)

// mapLexicon is a lexicon of src→tgt entries by key, counting its lookups.
type mapLexicon struct {
	entries map[string][]LexEntry
	asked   [][]string
}

func (l *mapLexicon) LexiconLookup(_ context.Context, src, tgt string, keys []string) (map[string][]LexEntry, error) {
	l.asked = append(l.asked, keys)
	out := map[string][]LexEntry{}
	for _, k := range keys {
		if e, ok := l.entries[k]; ok {
			out[k] = e
		}
	}
	return out, nil
}

// entry is a lexicon entry found by its form i.
func entry(src, tgt string, form int) LexEntry {
	return LexEntry{Entry: lexicon.Entry{SrcLang: "en", SrcForms: strings.Split(src, "|"), TgtLang: "es",
		TgtForms: strings.Split(tgt, "|")}, Form: form}
}

// modelKnows returns a model option for each token of s whose key is in words.
func modelKnows(s segment, words ...string) []decoder.Option {
	var opts []decoder.Option
	for i, k := range s.keys {
		if slices.Contains(words, k) {
			opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: []string{k}, Scores: make([]float64, numPhraseFeatures), Tag: tagModel})
		}
	}
	return opts
}

// dictionaryOptions shows the options lexiconOptions added as "start-end: target".
func dictionaryOptions(opts []decoder.Option) map[string][][]string {
	out := map[string][][]string{}
	for _, o := range opts {
		if o.Tag == tagDictionary {
			span := string(rune('0'+o.Start)) + "-" + string(rune('0'+o.End))
			out[span] = append(out[span], o.Target)
		}
	}
	return out
}

func TestTheLexiconTranslatesWhatTheModelDoesNotKnow(t *testing.T) {
	m := &loadedModel{info: ModelInfo{Src: "en", Tgt: "es"}}
	lex := &mapLexicon{entries: map[string][]LexEntry{
		"feet":           {entry("foot|feet", "pie|pies", 1)},
		"blood pressure": {entry("blood pressure", "presión arterial", 0), entry("blood pressure", "tensión arterial", 0)},
		"wash":           {entry("wash", "fregar", 0)}, // the model knows wash: not offered
		"hiv":            {entry("HIV", "VIH", 0)},
		"pressure":       {entry("pressure", "presión", 0), entry("pressure", "24 horas", 0)}, // a number is never invented
	}}
	s := prepare("en", "Wash your feet, check blood pressure and HIV.")
	opts, err := m.lexiconOptions(context.Background(), lex, s, modelKnows(s, "wash", "your", ",", "check", "blood", "and", "."))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][][]string{
		"2-3": {{"pies"}},
		"5-7": {{"presión", "arterial"}, {"tensión", "arterial"}},
		"6-7": {{"presión"}},
		"8-9": {{"VIH"}},
	}
	if got := dictionaryOptions(opts); !reflect.DeepEqual(got, want) {
		t.Errorf("dictionary options %v, want %v", got, want)
	}
	for _, o := range opts {
		if o.Tag == tagDictionary && o.Start == 5 && o.Scores[unknownFeature] != lexiconFeatureValue {
			t.Errorf("a dictionary option scores %v, want the unknown feature at %v", o.Scores, lexiconFeatureValue)
		}
	}
}

// A dictionary translation that drops the negation of its span is no
// option, as a model phrase that drops it is none: Arabic "أبداً" alone
// is "ever", and "Staff will never ask" must not lose its "never".
func TestADictionaryTranslationThatDropsTheNegationIsNoOption(t *testing.T) {
	m := &loadedModel{info: ModelInfo{Src: "en", Tgt: "ar"}}
	lex := &mapLexicon{entries: map[string][]LexEntry{
		"never": {entry("never", "أبداً", 0), entry("never", "لن أبداً", 0)},
	}}
	s := prepare("en", "Staff will never ask.")
	opts, err := m.lexiconOptions(context.Background(), lex, s, modelKnows(s, "staff", "will", "ask", "."))
	// Keys drop the harakat: "أبداً" is keyed "أبدا".
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dictionaryOptions(opts), map[string][][]string{"2-3": {{"لن", "أبدا"}}}; !reflect.DeepEqual(got, want) {
		t.Errorf("dictionary options %v, want %v", got, want)
	}
}

func TestOnlySpansHoldingAnUnknownWordAreLookedUp(t *testing.T) {
	s := prepare("en", "Check blood pressure.")
	cases := map[string]struct {
		opts []decoder.Option
		want []string
	}{
		"every word known": {modelKnows(s, "check", "blood", "pressure", "."), nil},
		"one word unknown": {modelKnows(s, "check", "blood", "."), []string{"blood pressure", "check blood pressure", "pressure"}},
		"a guessed inflection is no knowledge": {append(modelKnows(s, "check", "blood", "."), decoder.Option{Start: 2, End: 3,
			Target: []string{"presión"}, Scores: []float64{0, 0, 0, 0, stemFeatureValue}, Tag: tagModel}),
			[]string{"blood pressure", "check blood pressure", "pressure"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			lex := &mapLexicon{}
			m := &loadedModel{info: ModelInfo{Src: "en", Tgt: "es"}}
			if _, err := m.lexiconOptions(context.Background(), lex, s, c.opts); err != nil {
				t.Fatal(err)
			}
			var asked []string
			for _, keys := range lex.asked {
				asked = append(asked, keys...)
			}
			if !reflect.DeepEqual(asked, c.want) {
				t.Errorf("asked the lexicon about %q, want %q", asked, c.want)
			}
		})
	}
}

func TestWithoutALexiconTheOptionsStayAsTheyAre(t *testing.T) {
	s := prepare("en", "Drink ibuprofen.")
	opts := modelKnows(s, "drink", ".")
	got, err := (&loadedModel{info: ModelInfo{Src: "en", Tgt: "es"}}).lexiconOptions(context.Background(), nil, s, opts)
	if err != nil || !reflect.DeepEqual(got, opts) {
		t.Errorf("lexiconOptions without a lexicon = %v, %v; want the options given", got, err)
	}
}

func TestADictionaryOptionIsTheDictionarysOrigin(t *testing.T) {
	if got := optionOrigin(decoder.Option{Tag: tagDictionary}); got != FromDictionary {
		t.Errorf("origin of a dictionary option = %s", got)
	}
	if got := optionOrigin(decoder.Option{Tag: tagModel}); got != FromModel {
		t.Errorf("origin of a model option = %s", got)
	}
}
