package defaults

import (
	"context"
	"strings"
	"testing"

	"tafsiri/translate/tokenize"
)

// TestPersianAndBengaliWriteTheirOwnDigits translates phrasebook sentences
// with numbers and times: by default Persian and Bengali output writes them
// in the language's own digits (CLDR's default numbering system), memory
// answers and model output alike; with Western digits chosen, 0–9.
func TestPersianAndBengaliWriteTheirOwnDigits(t *testing.T) {
	engine, _ := phrasebookEngine(t)
	ctx := context.Background()
	lines := []string{
		"Take 2 tablets every 8 hours.",          // memory or model, whichever knows it
		"The clinic is open from 8:00 to 16:00.", // times
		"Call 0800 123 456 for help.",            // a phone number stays as written
	}
	want := map[string][]string{
		"fa": {"۲", "۸", "۸:۰۰", "۱۶:۰۰", "0800 123 456"},
		"bn": {"২", "৮", "৮:০০", "১৬:০০", "0800 123 456"},
	}
	for lang, values := range want {
		for _, western := range []bool{false, true} {
			engine.SetWesternDigits(western)
			results, err := engine.TranslateLines(ctx, SourceLang, lang, lines)
			if err != nil {
				t.Fatal(err)
			}
			out := results[0].Text + " " + results[1].Text + " " + results[2].Text
			for _, v := range values {
				if western {
					v = toWestern(v)
				}
				if !strings.Contains(out, v) {
					t.Errorf("%s (western digits %v): %q lacks %q", lang, western, out, v)
				}
			}
			if !western && strings.ContainsAny(strings.ReplaceAll(out, "0800 123 456", ""), "0123456789") {
				t.Errorf("%s: %q mixes 0–9 into the language's own digits", lang, out)
			}
		}
	}
}

// toWestern writes every decimal digit of s as 0–9.
func toWestern(s string) string {
	return strings.Map(func(r rune) rune {
		if v := tokenize.DigitValue(r); v >= 0 {
			return '0' + rune(v)
		}
		return r
	}, s)
}
