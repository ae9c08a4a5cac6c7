package memory_test

import (
	"testing"

	"tafsiri/memory"
)

func TestKey(t *testing.T) {
	cases := map[string]struct{ lang, in, want string }{
		"folds case":              {"en", "Wash your HANDS.", "wash your hands ."},
		"clitic and placeholders": {"en", "WHO's advice: 2 times, 8:30 a.m.", "who 's advice : 2 times , 8:30 a.m."},
		"phone keeps its digits":  {"en", "Call +254 712 345 678", "call +254 712 345 678"},
		"spaces collapse":         {"en", "  Wash\tyour   hands . ", "wash your hands ."},
		"Turkish dotted I":        {"tr", "İSTANBUL", "istanbul"},
		"Han characters":          {"zh", "请勤洗手。", "请 勤 洗 手 。"},
		"typographic apostrophe":  {"fr", "L’eau", "l' eau"},
		"empty":                   {"en", " \t ", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := memory.Key(c.lang, c.in); got != c.want {
				t.Errorf("Key(%q, %q) = %q, want %q", c.lang, c.in, got, c.want)
			}
		})
	}
}

func TestKeyEquality(t *testing.T) {
	cases := map[string]struct {
		a, b string
		want bool
	}{
		"composed and decomposed accents": {"Café fermé.", "Cafe\u0301 ferme\u0301.", true},
		"case":                            {"Stay at HOME.", "stay at home.", true},
		"space before punctuation":        {"Stay at home .", "Stay at home.", true},
		"invisible characters":            {"Stay\u200b at home.", "Stay at home.", true},
		"different numbers":               {"Take 2 tablets.", "Take 3 tablets.", false},
		"number formats":                  {"Pay 1,000 shillings.", "Pay 1000 shillings.", false},
		"different dates":                 {"Closed on 12/03/2024.", "Closed on 13/03/2024.", false},
		"trailing punctuation differs":    {"Stay at home.", "Stay at home?", false},
		"trailing punctuation missing":    {"Stay at home.", "Stay at home", false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			ka, kb := memory.Key("fr", c.a), memory.Key("fr", c.b)
			if got := ka == kb; got != c.want {
				t.Errorf("Key(%q) = %q, Key(%q) = %q: equal %v, want %v", c.a, ka, c.b, kb, got, c.want)
			}
		})
	}
}
