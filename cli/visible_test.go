package cli

import "testing"

func TestVisibleEscapesWhatWouldActOnTheTerminal(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"plain":                    {"hand sanitizer", "hand sanitizer"},
		"escape sequence and bell": {"hello\x1b[31m\a", `hello\x1b[31m\a`},
		"tab and newline":          {"a\tb\nc", `a\tb\nc`},
		"C1 control":               {"a\u009bb", `a\u009bb`},
		"bidi override":            {"abc\u202edef", `abc\u202edef`},
		"Arabic with a mark":       {"مرحبا\u200fabc", "مرحبا\u200fabc"},
		"Hindi with a joiner":      {"क्\u200dष", "क्\u200dष"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := visible(c.in); got != c.want {
				t.Errorf("visible(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
