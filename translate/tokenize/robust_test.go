package tokenize

import (
	"fmt"
	"strings"
	"testing"
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

// longLinePatterns are units that, repeated into one long line, defeat every
// look-ahead of the scanner: abbreviations, domains, phone groups, e-mail
// local parts. A scanner that backtracks quadratically would take hours on a
// megabyte of them; BenchmarkTokenizeLongLine measures that it does not.
var longLinePatterns = map[string]string{
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

// TestTokenizeLongLinesKeepEveryCharacter tokenizes 1 MB lines of each
// pattern: no token is lost and the tokens rebuild the line.
func TestTokenizeLongLinesKeepEveryCharacter(t *testing.T) {
	const size = 1 << 20
	for name, unit := range longLinePatterns {
		t.Run(name, func(t *testing.T) {
			line := strings.Repeat(unit, size/len(unit))
			toks := Tokenize("fr", line)
			keys := Keys("fr", toks)
			out := Detokenize("fr", surfaces(toks))
			if len(keys) != len(toks) || out == "" {
				t.Errorf("lost tokens: %d keys for %d tokens", len(keys), len(toks))
			}
			if got := rebuild(toks); got != Normalize(line) {
				t.Errorf("tokens do not rebuild the line")
			}
		})
	}
}

// BenchmarkTokenizeLongLine tokenizes lines of each pattern at 64 KiB and
// 1 MiB: a linear scanner shows the same MB/s at both sizes.
func BenchmarkTokenizeLongLine(b *testing.B) {
	for name, unit := range longLinePatterns {
		for _, size := range []int{64 << 10, 1 << 20} {
			line := strings.Repeat(unit, size/len(unit))
			b.Run(fmt.Sprintf("%s/%dKiB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(line)))
				for b.Loop() {
					Keys("fr", Tokenize("fr", line))
				}
			})
		}
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
