package tokenize

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestTokenizeEmpty(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u200b", "\ufeff \u200e"} {
		if toks := Tokenize("en", s); len(toks) != 0 {
			t.Errorf("Tokenize(%q) = %q, want no tokens", s, show(toks))
		}
	}
	if got := Detokenize("en", nil); got != "" {
		t.Errorf("Detokenize of nothing = %q", got)
	}
}

func TestTokenizeInvalidUTF8(t *testing.T) {
	in := "wash\xff your \xc3\x28hands\xe2\x82 now\x80"
	toks := Tokenize("en", in)
	for _, tok := range toks {
		if !utf8.ValidString(tok.Text) {
			t.Errorf("token %q is not UTF-8", tok.Text)
		}
	}
	want := []string{"wash", "\ufffd", "your", "\ufffd", "(", "hands", "\ufffd", "\ufffd", "now", "\ufffd"} // one U+FFFD per bad byte
	if got := show(toks); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Tokenize(%q) = %q, want %q", in, got, want)
	}
	checkInvariants(t, "en", in, toks)
}

// TestTokenizeLongLineIsLinear feeds 1 MB lines built to defeat every
// look-ahead (abbreviations, domains, phone groups, e-mail local parts); a
// scanner that backtracks quadratically would take hours, a linear one well
// under a second.
func TestTokenizeLongLineIsLinear(t *testing.T) {
	const size = 1 << 20
	patterns := map[string]string{
		"prose":         "Wash your hands, e.g. at 8:00 a.m.; call +254 712 345 678 or see who.int. ",
		"one word":      "a",
		"dotted":        "a.",
		"dotted pairs":  "ab.",
		"hyphens":       "a-",
		"digit groups":  "1 ",
		"dotted digits": "1.",
		"at signs":      "a@",
		"addresses":     "x.y@z",
		"apostrophes":   "l'",
		"quotes":        "\"'",
		"Khmer":         "ក្រ",
		"Myanmar":       "င်္",
		"marks":         "\u0301",
		"Han":           "洗",
		"url":           "http://a.b/",
	}
	for name, unit := range patterns {
		t.Run(name, func(t *testing.T) {
			line := strings.Repeat(unit, size/len(unit))
			start := time.Now()
			toks := Tokenize("fr", line)
			keys := Keys("fr", toks)
			out := Detokenize("fr", surfaces(toks))
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("a 1 MB line of %q took %v", unit, took)
			}
			if len(keys) != len(toks) || out == "" {
				t.Errorf("lost tokens: %d keys for %d tokens", len(keys), len(toks))
			}
			if got := rebuild(toks); got != Normalize(line) {
				t.Errorf("tokens do not rebuild the line")
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, seeds := range roundTrips {
		for _, s := range seeds {
			f.Add("en", s)
		}
	}
	for _, s := range []string{"a\xffb", "l'eau", "e.g.", "+1 (2) 3", "x@y.z", "http://", "ក្", "င်္ဂ", "🇰🇪👩‍⚕️", "-5", "1.2.3.4.5"} {
		f.Add("fr", s)
	}
	f.Fuzz(func(t *testing.T, lang, s string) {
		toks := Tokenize(lang, s)
		checkInvariants(t, lang, s, toks)
		for _, tok := range toks {
			if !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q is not UTF-8", tok.Text)
			}
		}
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize is not idempotent on %q", s)
		}
		_ = Detokenize(lang, surfaces(toks))
		for _, tok := range toks {
			_ = Capitalize(lang, tok.Text)
		}
	})
}
