package detect

import (
	"reflect"
	"testing"
)

func TestWordScannerSplitsTextIntoWords(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"lower case, punctuation dropped":     {"Wash your HANDS!", []string{"wash", "your", "hands"}},
		"apostrophes between letters kept":    {"l'eau ta'e don’t", []string{"l'eau", "ta'e", "don't"}},
		"apostrophe after a word dropped":     {"the nurses' room", []string{"the", "nurses", "room"}},
		"ASCII digits split words":            {"COVID-19 in 2020", []string{"covid", "in"}},
		"other digits are kept":               {"۱۱ مارس", []string{"۱۱", "مارس"}},
		"zero-width non-joiner inside a word": {"شده\u200cها", []string{"شده\u200cها"}},
		"decomposed accents are composed":     {"cafe\u0301 re\u0301sume\u0301", []string{"café", "résumé"}},
		"invalid UTF-8 separates words":       {"ab\xffcd", []string{"ab", "cd"}},
		"emoji separate words":                {"hot🔥water", []string{"hot", "water"}},
		"no letters, no words":                {"12 + 34 = 46 😀", nil},
		"Ethiopic word space":                 {"ንጹህ ውሃ።", []string{"ንጹህ", "ውሃ"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var s wordScanner
			s.reset(tt.text)
			var got []string
			for s.next() {
				got = append(got, string(s.word()))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("words of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWordScannerGivesOffsetsInTheOriginalText(t *testing.T) {
	text := "Re\u0301sume\u0301: ok"
	var s wordScanner
	s.reset(text)
	var got [][2]int
	for s.next() {
		got = append(got, [2]int{s.start, s.end})
	}
	if want := [][2]int{{0, 10}, {12, 14}}; !reflect.DeepEqual(got, want) {
		t.Errorf("offsets = %v, want %v", got, want)
	}
}

func TestPrefixDoesNotCutRunes(t *testing.T) {
	tests := map[string]struct {
		text string
		n    int
		want string
	}{
		"short text whole":          {"abc", 10, "abc"},
		"cut between ASCII":         {"abcdef", 3, "abc"},
		"cut inside a two-byte one": {"aé", 2, "a"},
		"cut inside Ethiopic":       {"ሰላም", 4, "ሰ"},
		"nothing fits":              {"ሰ", 2, ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := prefix(tt.text, tt.n); got != tt.want {
				t.Errorf("prefix(%q, %d) = %q, want %q", tt.text, tt.n, got, tt.want)
			}
		})
	}
}
