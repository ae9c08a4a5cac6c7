package detect

import (
	"context"
	"strings"
	"testing"
)

func TestSplitCutsTextWhereTheLanguageChanges(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	tests := map[string]struct {
		text string
		want []string // each span's text and language, as "text|lang"
	}{
		"one language": {
			"Wash your hands. Stay at home.",
			[]string{"Wash your hands. Stay at home.|en"},
		},
		"English then Arabic on one line": {
			"Wash your hands before eating. اغسل يديك قبل الأكل.",
			[]string{"Wash your hands before eating. |en", "اغسل يديك قبل الأكل.|ar"},
		},
		"Swahili then English": {
			"Nawa mikono yako kwa maji safi. Drink clean water and wash your hands before you eat.",
			[]string{"Nawa mikono yako kwa maji safi. |sw", "Drink clean water and wash your hands before you eat.|en"},
		},
		"a name does not make a span": {
			"Kaa nyumbani ikiwa una homa, asema WHO leo.",
			[]string{"Kaa nyumbani ikiwa una homa, asema WHO leo.|sw"},
		},
		"no letters": {
			"12:30 😷",
			[]string{"12:30 😷|und"},
		},
		"empty": {"", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			spans, err := d.Split(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, tt.text, spans)
			var got []string
			for _, sp := range spans {
				got = append(got, tt.text[sp.Start:sp.End]+"|"+sp.Lang)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Split(%q) =\n%s\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestSplitLabelsTheRestOfAVeryLongText(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	english := strings.Repeat("Wash your hands. ", maxSplitBytes/17)
	english += strings.Repeat(" ", maxSplitBytes-len(english)) // fills what Split analyses
	text := english + strings.Repeat("Nawa mikono. ", 100)
	spans, err := d.Split(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, text, spans)
	if len(spans) != 2 || spans[0].Lang != "en" || spans[1].Lang != "sw" {
		t.Errorf("Split gave %d spans, want an English one and the Swahili rest: %+v", len(spans), spans)
	}
}

// checkSpans checks that spans cover text from start to end without gaps
// or overlaps, each with a language.
func checkSpans(tb testing.TB, text string, spans []Span) {
	tb.Helper()
	if text == "" {
		if len(spans) != 0 {
			tb.Errorf("Split(\"\") = %v, want no span", spans)
		}
		return
	}
	end := 0
	for _, sp := range spans {
		if sp.Start != end || sp.End <= sp.Start || sp.Lang == "" {
			tb.Fatalf("span %+v does not follow the one ending at %d: %+v", sp, end, spans)
		}
		end = sp.End
	}
	if end != len(text) {
		tb.Errorf("spans end at %d, text at %d", end, len(text))
	}
}
