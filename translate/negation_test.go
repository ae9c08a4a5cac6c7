package translate

import (
	"context"
	"slices"
	"strings"
	"testing"

	"tafsiri/translate/decoder"
	"tafsiri/translate/phrases"
)

// A phrase that drops the source's negation is never an option: "never" →
// "कभी भी" (ever) would tell readers that staff will ask for their
// password. Phrases that keep it stay, and a negation left with no phrase
// at all goes through untranslated, to be marked.
func TestAPhraseThatDropsTheSourcesNegationIsNoOption(t *testing.T) {
	s := prepare("en", "Staff will never ask for it.").sentences()[0]
	table := map[string][]phrases.Entry{
		"never":          {phraseEntry("कभी भी", 0.6, 0.9), phraseEntry("कभी नहीं", 0.4, 0.9)},
		"will never ask": {phraseEntry("कभी भी पूछेंगे", 1, 1)},
		"staff":          {phraseEntry("कर्मचारी", 1, 1)},
	}
	targets := func(opts []optionView) []string {
		var out []string
		for _, o := range opts {
			out = append(out, o.span+" → "+o.target)
		}
		return out
	}
	kept := targets(viewOptions(s, options(s, table, negationsBetween("en", "hi"))))
	for _, want := range []string{"never → कभी नहीं", "staff → कर्मचारी"} {
		if !slices.Contains(kept, want) {
			t.Errorf("options %q lack %q", kept, want)
		}
	}
	for _, dropped := range []string{"never → कभी भी", "will never ask → कभी भी पूछेंगे"} {
		if slices.Contains(kept, dropped) {
			t.Errorf("options %q keep %q, which drops the negation", kept, dropped)
		}
	}

	onlyWrong := map[string][]phrases.Entry{"never": {phraseEntry("कभी भी", 1, 1)}}
	if got := targets(viewOptions(s, options(s, onlyWrong, negationsBetween("en", "hi")))); !slices.Contains(got, "never → never") {
		t.Errorf("with only a phrase that drops it, options are %q; want never passed through", got)
	}
	// Swahili negates inside the verb ("hawataomba"): no list can tell, so
	// nothing is dropped.
	if got := targets(viewOptions(s, options(s, table, negationsBetween("en", "sw")))); !slices.Contains(got, "never → कभी भी") {
		t.Errorf("en→sw options %q; want every phrase kept", got)
	}
}

// An unknown negation borrows no translation that drops it from a word
// sharing its beginning: "without" must not become "with".
func TestAStandInForAnUnknownNegationKeepsIt(t *testing.T) {
	s := prepare("en", "Come without food.").sentences()[0]
	m := &loadedModel{info: ModelInfo{Src: "en", Tgt: "hi"}, stems: map[string][]phrases.Entry{
		"without": {phraseEntry("के साथ", 0.7, 1), phraseEntry("बिना", 0.3, 1)}, // the entries of "with"
	}}
	opts, err := m.stemOptions(context.Background(), nil, s, negationsBetween("en", "hi"), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := viewOptions(s, opts)
	if !slices.Contains(got, optionView{"without", "बिना"}) || slices.Contains(got, optionView{"without", "के साथ"}) {
		t.Errorf("stand-ins %q; want बिना and not के साथ (with)", got)
	}
}

type optionView struct{ span, target string }

// viewOptions spells each option as its source span and target keys.
func viewOptions(s segment, opts []decoder.Option) []optionView {
	out := make([]optionView, len(opts))
	for i, o := range opts {
		out[i] = optionView{strings.Join(s.keys[o.Start:o.End], " "), strings.Join(o.Target, " ")}
	}
	return out
}

// Chinese is listed by characters, but "免疫" (immunity), "非常" (very) and
// "特别" (especially) negate nothing: a phrase translating them needs no
// negation, and their characters alone, or a real "不", still negate. So
// with Arabic "دون" before an age (under) and "لا يزال" (still), and French
// "personne" (person).
func TestAWordThatHoldsANegationWordNegatesNothing(t *testing.T) {
	neg := negationsBetween("zh-Hans", "en")
	for _, c := range []struct {
		source, target string
		drops          bool
	}{
		{"免 疫 接 种", "immunization", false},
		{"非 常 重 要", "very important", false},
		{"特 别 是 儿 童", "especially children", false},
		{"免", "immunization", true},
		{"不 要 吃", "eat", true},
		{"免 疫 不 足", "immunity", false},
		{"不 要 免 疫", "immunity", true},
		{"不 要 吃", "do not eat", false},
	} {
		if got := neg.drops(strings.Fields(c.source), strings.Fields(c.target)); got != c.drops {
			t.Errorf("drops(%q → %q) = %v, want %v", c.source, c.target, got, c.drops)
		}
	}
	// Arabic "دون" is "under" before an age, "without" elsewhere.
	ar := negationsBetween("ar", "en")
	if ar.drops(strings.Fields("الأطفال دون سن الخامسة"), strings.Fields("children under the age of five")) ||
		ar.drops(strings.Fields("دون <num> سنوات"), strings.Fields("under <num> years")) {
		t.Error(`"دون" before an age is taken for a negation`)
	}
	if ar.drops(strings.Fields("لا يزال طازجا"), strings.Fields("still fresh")) {
		t.Error(`"لا يزال" (still) is taken for a negation`)
	}
	if !ar.drops(strings.Fields("دون وصفة"), strings.Fields("prescription")) {
		t.Error(`"دون وصفة" → "prescription" keeps the negation, want dropped`)
	}
	if !negationsBetween("en", "zh-Hans").drops([]string{"not"}, []string{"免", "疫"}) {
		t.Error(`"not" → "免疫" keeps the negation, want dropped`)
	}
	if negationsBetween("fr", "en").drops(strings.Fields("une personne malade"), strings.Fields("a sick person")) {
		t.Error(`"une personne malade" → "a sick person" drops a negation`)
	}
}
