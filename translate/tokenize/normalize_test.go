package tokenize

import (
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"clean text is returned as is":      {"Wash your hands.", "Wash your hands."},
		"empty":                             {"", ""},
		"only spaces":                       {" \t\n ", ""},
		"whitespace runs become one space":  {"  Wash\t\tyour\r\nhands  ", "Wash your hands"},
		"NBSP and narrow NBSP":              {"50\u00a0%\u202f!", "50 % !"},
		"ideographic space":                 {"洗手\u3000吧", "洗手 吧"},
		"control characters separate words": {"a\x00b\x1fc\u0085d", "a b c d"},
		"NFC":                               {"e\u0301te\u0301", "été"},
		"zero width space and BOM removed":  {"\ufeffwash\u200bhands", "washhands"},
		"soft hyphen and direction marks":   {"vacci\u00adnation \u200fمرحبا\u200e", "vaccination مرحبا"},
		"ZWNJ inside a word stays":          {"می\u200cخواهم", "می\u200cخواهم"},
		"ZWJ inside a word stays":           {"क्\u200dष", "क्\u200dष"},
		"joiners at word edges go":          {"\u200cمی \u200cخواهم\u200c", "می خواهم"},
		"joiner before a space goes":        {"می\u200c خواهم", "می خواهم"},
		"invalid UTF-8 becomes U+FFFD":      {"a\xffb\xc3", "a\ufffdb\ufffd"},
		"invisible between marks composes":  {"e\u200b\u0301", "é"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := Normalize(c.in)
			if got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("Normalize is not idempotent: %q then %q", got, again)
			}
			if !utf8.ValidString(got) {
				t.Errorf("Normalize(%q) = %q is not UTF-8", c.in, got)
			}
		})
	}
}

func TestNormalizeKeepsCleanTextWithoutCopying(t *testing.T) {
	for _, s := range []string{"Wash your hands.", "请勤洗手。", "می‌خواهم"} {
		if n := testing.AllocsPerRun(100, func() { _ = Normalize(s) }); n != 0 {
			t.Errorf("Normalize(%q) allocates %.0f times, want 0", s, n)
		}
	}
}
