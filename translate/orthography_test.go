package translate_test

import (
	"context"
	"testing"

	"tafsiri/translate"
)

// clinicEnFr is a tiny English–French corpus in which "the" is only ever
// "la" before a consonant and "water" is "eau" with no article, so the
// model's own words for "the water" are "la" "eau".
var clinicEnFr = []translate.Pair{
	{Src: "The clinic is open.", Tgt: "La clinique est ouverte."},
	{Src: "The clinic is free.", Tgt: "La clinique est gratuite."},
	{Src: "The pharmacy is open.", Tgt: "La pharmacie est ouverte."},
	{Src: "The vaccination is free.", Tgt: "La vaccination est gratuite."},
	{Src: "Water and soap.", Tgt: "Eau et savon."},
	{Src: "Clean water.", Tgt: "Eau propre."},
	{Src: "Water for everyone.", Tgt: "Eau pour tous."},
}

func TestTranslationsFollowTheTargetOrthography(t *testing.T) {
	st := trainedStore(t, &translate.Corpus{Src: "en", Tgt: "fr", Source: "test", Pairs: clinicEnFr})
	engine := translate.NewEngine(st)
	// spans maps the source of some spans to what they must read in the text.
	cases := map[string]struct {
		src, want string
		spans     map[string]string
	}{
		"la elides before a vowel": {"The water is free.", "L'eau est gratuite.",
			map[string]string{"The": "L'", "water": "eau"}},
		"a second sentence takes its capital": {"The clinic is open. the water is free.", "La clinique est ouverte. L'eau est gratuite.",
			map[string]string{"the": "L'", "water": "eau"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := engine.Translate(context.Background(), "en", "fr", c.src)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != c.want {
				t.Errorf("Translate(%q) = %q, want %q", c.src, got.Text, c.want)
			}
			for _, s := range got.Spans {
				if s.Start < 0 || got.Text[s.Start:s.Start+len(s.Text)] != s.Text {
					t.Errorf("span %+v is not at its offset in %q", s, got.Text)
				}
				if want, ok := c.spans[s.Source]; ok && s.Text != want {
					t.Errorf("the span of %q reads %q, want %q", s.Source, s.Text, want)
				}
			}
		})
	}
}

// Chinese has no capitals to copy; an English translation of a Chinese
// sentence starts with one all the same, though the model learnt the word
// in lower case.
func TestASentenceFromAScriptWithoutCaseStartsWithACapital(t *testing.T) {
	st := trainedStore(t, &translate.Corpus{Src: "zh-Hans", Tgt: "en", Source: "test", Pairs: []translate.Pair{
		{Src: "诊所开门。", Tgt: "the clinic is open ."},
		{Src: "诊所免费。", Tgt: "the clinic is free ."},
		{Src: "药房开门。", Tgt: "the pharmacy is open ."},
	}})
	got, err := translate.NewEngine(st).Translate(context.Background(), "zh-Hans", "en", "药房开门。")
	if err != nil {
		t.Fatal(err)
	}
	if want := "The pharmacy is open."; got.Text != want {
		t.Errorf("Translate = %q, want %q", got.Text, want)
	}
}
