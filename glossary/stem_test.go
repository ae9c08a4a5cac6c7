package glossary

import "testing"

func TestStemmerFor(t *testing.T) {
	cases := map[string]struct {
		lang, word, want string
	}{
		"English":             {"en", "vaccines", "vaccin"},
		"English with region": {"en-GB", "vaccinated", "vaccin"},
		"Spanish region":      {"es-419", "vacunas", "vacun"},
		"underscore tag":      {"es_ES", "manos", "man"},
		"upper-case tag":      {"FR", "masques", "masqu"},
		"Norwegian Bokmål":    {"nb", "vaksinene", "vaksin"},
		"stop word kept":      {"en", "them", "them"},
		"number kept":         {"en", "1918", "1918"},
		"punctuation kept":    {"en", "-", "-"},
		"placeholder kept":    {"en", "<num>", "<num>"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			f := stemmerFor(c.lang)
			if f == nil {
				t.Fatalf("stemmerFor(%q) = nil, want a stemmer", c.lang)
			}
			if got := f(c.word); got != c.want {
				t.Errorf("stem(%q) in %s = %q, want %q", c.word, c.lang, got, c.want)
			}
		})
	}
}

func TestStemmerForLanguagesWithout(t *testing.T) {
	for _, lang := range []string{"de", "sw", "zh", "pt-BR", "", "-", "x"} {
		if stemmerFor(lang) != nil {
			t.Errorf("stemmerFor(%q) is a stemmer, want nil", lang)
		}
	}
}

func TestStemSurvivesStemmerPanic(t *testing.T) {
	broken := func(string, bool) string { panic("index out of range") }
	if got, want := stem(broken, "vaccines"), "vaccines"; got != want {
		t.Errorf("stem with a panicking stemmer = %q, want %q", got, want)
	}
}
