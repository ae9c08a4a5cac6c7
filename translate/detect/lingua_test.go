package detect

import (
	"context"
	"reflect"
	"testing"
)

func TestLinguaNamesTheLanguageOfANotice(t *testing.T) {
	d := NewLingua([]string{"en", "es-419", "fr", "sw"})
	cases := map[string]string{
		"Wash your hands with soap and water before eating.":         "en",
		"Lávese las manos con agua y jabón antes de comer.":          "es-419",
		"Lavez-vous les mains avec de l'eau et du savon.":            "fr",
		"Nawa mikono yako kwa maji na sabuni kabla ya kula chakula.": "sw",
	}
	for text, want := range cases {
		t.Run(want, func(t *testing.T) {
			guesses, err := d.Detect(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if len(guesses) == 0 || guesses[0].Lang != want {
				t.Fatalf("Detect(%q) = %v, want %s first", text, guesses, want)
			}
			if guesses[0].Confidence <= 0.5 {
				t.Errorf("confidence in %s = %.2f, want > 0.5", want, guesses[0].Confidence)
			}
		})
	}
}

func TestLinguaGuardsItsSharpEdges(t *testing.T) {
	ctx := context.Background()
	t.Run("one language needs no model", func(t *testing.T) {
		got, err := NewLingua([]string{"sw", "am"}).Detect(ctx, "Habari")
		if want := []Guess{{Lang: "sw", Confidence: 1}}; err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Detect = %v, %v; want %v", got, err, want)
		}
	})
	t.Run("no language lingua knows", func(t *testing.T) {
		d := NewLingua([]string{"am", "ti"})
		if _, err := d.Detect(ctx, "ሰላም"); err == nil {
			t.Error("Detect succeeded without any language")
		}
		if got, want := d.Unknown(), []string{"am", "ti"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Unknown = %v, want %v", got, want)
		}
	})
	t.Run("text without letters", func(t *testing.T) {
		got, err := NewLingua([]string{"en", "fr"}).Detect(ctx, "12 345 !!")
		if err != nil || len(got) != 0 {
			t.Errorf("Detect = %v, %v; want no guess", got, err)
		}
	})
}

func TestLinguaKnowsLanguagesByTheirTags(t *testing.T) {
	tests := map[string]bool{
		"en":     true,
		"es-419": true,
		"pt-BR":  true,
		"tl":     true, // canonicalised to fil, which lingua does not know
		"zh":     true,
		"lg":     true,
		"prs":    false,
		"ckb":    false,
		"am":     false,
		"":       false,
		"x!":     false,
	}
	for tag, want := range tests {
		t.Run(tag, func(t *testing.T) {
			if got := LinguaKnows(tag); got != want {
				t.Errorf("LinguaKnows(%q) = %v, want %v", tag, got, want)
			}
		})
	}
}
