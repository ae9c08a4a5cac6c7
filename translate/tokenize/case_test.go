package tokenize

import "testing"

func TestCapitalize(t *testing.T) {
	cases := map[string]struct{ lang, in, want string }{
		"English":                  {"en", "wash", "Wash"},
		"already capital":          {"en", "WHO", "WHO"},
		"accented":                 {"fr", "été", "Été"},
		"decomposed accent":        {"fr", "e\u0301te\u0301", "E\u0301te\u0301"},
		"elided":                   {"fr", "l'eau", "L'eau"},
		"leading punctuation":      {"es", "¿qué", "¿Qué"},
		"Turkish dotted capital":   {"tr", "istanbul", "İstanbul"},
		"Azeri too":                {"az", "iş", "İş"},
		"English i":                {"en", "it", "It"},
		"Dutch IJ":                 {"nl", "ijs", "IJs"},
		"digraph takes title case": {"hr", "ǆep", "ǅep"},
		"Cyrillic":                 {"ru", "мойте", "Мойте"},
		"caseless script":          {"ar", "اغسل", "اغسل"},
		"Han":                      {"zh", "洗手", "洗手"},
		"digits first":             {"en", "19th", "19th"},
		"empty":                    {"en", "", ""},
		"unknown language code":    {"xx-??", "wash", "Wash"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Capitalize(c.lang, c.in); got != c.want {
				t.Errorf("Capitalize(%q, %q) = %q, want %q", c.lang, c.in, got, c.want)
			}
		})
	}
}

func TestIsCapitalized(t *testing.T) {
	for word, want := range map[string]bool{"Wash": true, "wash": false, "WHO": true, "¿Qué": true,
		"ǅep": true, "été": false, "Été": true, "اغسل": false, "洗": false, "": false, "19th": false, "L'eau": true} {
		if got := IsCapitalized(word); got != want {
			t.Errorf("IsCapitalized(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestOpensWithCapital(t *testing.T) {
	for word, want := range map[string]bool{"Wash": true, "wash": false, "¿Qué": true, "été": false,
		"اغسل": true, "洗": true, "धोएं": true, "": false, "19": false, "«Lave": true} {
		if got := OpensWithCapital(word); got != want {
			t.Errorf("OpensWithCapital(%q) = %v, want %v", word, got, want)
		}
	}
}
