package glossary

import (
	"testing"

	"tafsiri/translate/tokenize"
)

// FuzzMatch checks that any text and term match without a panic, that
// matches are in order, inside the normalized text, and that Contains finds
// each term in the text the match covers.
func FuzzMatch(f *testing.F) {
	seeds := []struct{ lang, text, term string }{
		{"en", "Wash your hands with hand-sanitizer.", "hand-sanitizer"},
		{"es", "Las vacunas del médico", "vacuna"},
		{"ar", "أعراض المرض", "أَعراض"},
		{"hi", "स्वास्थ्य मंत्रालय", "स्वास्थ्य"},
		{"zh", "请勤洗手。", "洗手"},
		{"ru", "Нет вакцины", "вакцина"},
		{"en", "\xff\xfe AIDS \u0301", "\u0301"},
	}
	for _, s := range seeds {
		f.Add(s.lang, s.text, s.term, true, true)
	}
	f.Fuzz(func(t *testing.T, lang, text, term string, stem, marks bool) {
		opt := Options{Stem: stem, IgnoreDiacritics: marks}
		ms := NewMatcher(lang, entries(term, term+" "+term), opt).Match(text)
		checkOrder(t, ms)
		norm := tokenize.Normalize(text)
		for _, x := range ms {
			if x.ByteStart < 0 || x.ByteStart >= x.ByteEnd || x.ByteEnd > len(norm) {
				t.Fatalf("match of %q has bytes %d:%d in %q", x.Term.Text, x.ByteStart, x.ByteEnd, norm)
			}
			if got := norm[x.ByteStart:x.ByteEnd]; !Contains(lang, got, x.Term.Text, opt) {
				t.Errorf("Match found %q as %q, Contains does not", x.Term.Text, got)
			}
		}
	})
}
