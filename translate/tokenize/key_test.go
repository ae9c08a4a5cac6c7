package tokenize

import (
	"reflect"
	"testing"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

func TestKey(t *testing.T) {
	cases := map[string]struct {
		lang string
		tok  Token
		want string
	}{
		"lower case stays":         {"en", Token{Text: "wash"}, "wash"},
		"ASCII folds":              {"en", Token{Text: "COVID-19"}, "covid-19"},
		"accents fold":             {"fr", Token{Text: "ÉTÉ"}, "été"},
		"sharp s folds to ss":      {"de", Token{Text: "Straße"}, "strasse"},
		"Cyrillic":                 {"ru", Token{Text: "Мойте"}, "мойте"},
		"Greek final sigma":        {"el", Token{Text: "νόσος"}, "νόσοσ"},
		"ligature":                 {"en", Token{Text: "ﬁrst"}, "first"},
		"Turkish dotless I":        {"tr", Token{Text: "IŞIK"}, "ışık"},
		"Turkish dotted İ":         {"tr", Token{Text: "İyi"}, "iyi"},
		"Azeri follows Turkish":    {"az", Token{Text: "Iİ"}, "ıi"},
		"English I is i":           {"en", Token{Text: "I"}, "i"},
		"curly apostrophe":         {"fr", Token{Text: "L’"}, "l'"},
		"Arabic harakat dropped":   {"ar", Token{Text: "يَدَيْكَ"}, "يديك"},
		"Arabic tatweel dropped":   {"ar", Token{Text: "بـ"}, "ب"},
		"only harakat are kept":    {"ar", Token{Text: "\u064e"}, "\u064e"},
		"punctuation":              {"en", Token{Text: "!", Kind: Punct}, "!"},
		"Han has no case":          {"zh", Token{Text: "洗"}, "洗"},
		"Khmer syllable":           {"km", Token{Text: "ម្ពុ"}, "ម្ពុ"},
		"number":                   {"en", Token{Text: "1,000", Kind: Number}, "<num>"},
		"url":                      {"en", Token{Text: "https://who.int", Kind: URL}, "<url>"},
		"email":                    {"en", Token{Text: "a@b.org", Kind: Email}, "<email>"},
		"phone with inner spaces":  {"en", Token{Text: "+254 712 345 678", Kind: Phone}, "<phone>"},
		"date":                     {"en", Token{Text: "12/03/2024", Kind: Date}, "<date>"},
		"time with an inner space": {"en", Token{Text: "8:00 a.m.", Kind: Time}, "<time>"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Key(c.lang, c.tok); got != c.want {
				t.Errorf("Key(%q, %q) = %q, want %q", c.lang, c.tok.Text, got, c.want)
			}
		})
	}
}

func TestKeys(t *testing.T) {
	toks := Tokenize("en", "Call WHO's line: +41 22 791 21 11!")
	want := []string{"call", "who", "'s", "line", ":", "<phone>", "!"}
	if got := Keys("en", toks); !reflect.DeepEqual(got, want) {
		t.Errorf("Keys = %q, want %q", got, want)
	}
}

func TestAMonthNameIsAnotherWordThanTheVerbItSpells(t *testing.T) {
	tests := map[string][]string{
		"You may feel tired.":                 {"you", "may", "feel", "tired", "."},
		"The campaign starts in May.":         {"the", "campaign", "starts", "in", "May", "."},
		"May I help you?":                     {"may", "i", "help", "you", "?"},
		"March to the clinic. March is busy.": {"march", "to", "the", "clinic", ".", "march", "is", "busy", "."},
		"Open in MAY, June and Sept.":         {"open", "in", "may", ",", "June", "and", "sept", "."},
		"In June the clinic moves.":           {"in", "June", "the", "clinic", "moves", "."},
		"French months have no capital: mai.": {"french", "months", "have", "no", "capital", ":", "mai", "."},
	}
	for in, want := range tests {
		if got := Keys("en", Tokenize("en", in)); !reflect.DeepEqual(got, want) {
			t.Errorf("Keys(%q) = %q, want %q", in, got, want)
		}
	}
	// Spelt out for training, a date's month keeps its capital, even first.
	if got, want := Keys("en", Tokenize("und", "May 7 2027")), []string{"May", "<num>", "<num>"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Keys of a spelt date = %q, want %q", got, want)
	}
	if got := Keys("fr", Tokenize("fr", "En Mai")); !reflect.DeepEqual(got, []string{"en", "mai"}) {
		t.Errorf("French keys = %q: only English month names keep their capital", got)
	}
}

func TestKeyOfLowerCaseWordDoesNotAllocate(t *testing.T) {
	for _, w := range []string{"wash", "洗", "يديك", "été", "мойте", "ម្ពុ"} {
		tok := Token{Text: w}
		if n := testing.AllocsPerRun(100, func() { _ = Key("en", tok) }); n != 0 {
			t.Errorf("Key(%q) allocates %.0f times, want 0", w, n)
		}
	}
}

func TestFoldShortcutAgreesWithCaser(t *testing.T) {
	fold1 := cases.Fold()
	lowerTR := cases.Lower(language.Turkish)
	for r := rune(0x80); r < 0x20000; r++ {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			continue
		}
		w := string(r) + "a"
		if got, want := fold(false, w), cleanKey(fold1.String(w)); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
		if got, want := fold(true, w), cleanKey(lowerTR.String(w)); got != want {
			t.Errorf("Turkish fold(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestKeysConcurrently(t *testing.T) {
	text := "Ŀ'ÉTÉ İSTANBUL Мойте Straße νόσος COVID-19"
	want := Keys("tr", Tokenize("tr", text))
	done := make(chan []string)
	for range 8 {
		go func() {
			var got []string
			for range 200 {
				got = Keys("tr", Tokenize("tr", text))
			}
			done <- got
		}()
	}
	for range 8 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("Keys in parallel = %q, want %q", got, want)
		}
	}
}
