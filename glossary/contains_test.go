package glossary

import "testing"

func TestContains(t *testing.T) {
	cases := map[string]struct {
		lang, text, term string
		opt              Options
		want             bool
	}{
		"approved term used":       {"es", "Póngase la vacuna.", "vacuna", Options{}, true},
		"case folded":              {"es", "VACUNA gratis", "vacuna", Options{}, true},
		"inside a word":            {"en", "influenza", "flu", Options{}, false},
		"multi-word":               {"en", "wash your hands often", "wash your hands", Options{}, true},
		"words apart":              {"en", "wash your dirty hands", "wash your hands", Options{}, false},
		"inflected without stems":  {"es", "las vacunas", "vacuna", Options{}, false},
		"inflected with stems":     {"es", "las vacunas", "vacuna", Options{Stem: true}, true},
		"accent without option":    {"es", "el medico", "médico", Options{}, false},
		"accent ignored":           {"es", "el medico", "médico", Options{IgnoreDiacritics: true}, true},
		"forbidden term caught":    {"en", "Get your jab today.", "jab", Options{}, true},
		"Chinese characters":       {"zh", "请勤洗手。", "洗手", Options{}, true},
		"Chinese not contiguous":   {"zh", "洗干净手", "洗手", Options{}, false},
		"overlapping occurrence":   {"en", "a a b", "a b", Options{}, true},
		"term longer than text":    {"en", "flu", "flu season", Options{}, false},
		"empty term":               {"en", "flu", "", Options{}, false},
		"empty text":               {"en", "", "flu", Options{}, false},
		"normalized before search": {"en", "hand\u00a0 washing", "hand washing", Options{}, true},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Contains(c.lang, c.text, c.term, c.opt); got != c.want {
				t.Errorf("Contains(%q, %q, %q, %+v) = %v, want %v", c.lang, c.text, c.term, c.opt, got, c.want)
			}
		})
	}
}

func TestLookupKeyIgnoresCaseAndSpacing(t *testing.T) {
	cases := map[string][2]string{
		"case and spaces": {"Hand  Sanitizer", "hand sanitizer"},
		"composed accent": {"vacunaci\u00f3n", "vacunacio\u0301n"},
		"numbers kept":    {"COVID-19", "covid-19"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if a, b := LookupKey("en", tc[0]), LookupKey("en", tc[1]); a != b {
				t.Errorf("LookupKey(%q) = %q, LookupKey(%q) = %q; want equal", tc[0], a, tc[1], b)
			}
		})
	}
	if LookupKey("en", "flu 1918") == LookupKey("en", "flu 2009") {
		t.Error("different numbers gave the same key")
	}
}
