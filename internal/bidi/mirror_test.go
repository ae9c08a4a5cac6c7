package bidi

import (
	"testing"

	xbidi "golang.org/x/text/unicode/bidi"
)

// TestMirrorPairsBrackets checks the mirroring table against x/text's bracket
// data: every bracket mirrors to a bracket of the other kind and back, which
// N0 relies on to pair them.
func TestMirrorPairsBrackets(t *testing.T) {
	brackets := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		p, _ := xbidi.LookupRune(r)
		if (r >= 0xD800 && r < 0xE000) || !p.IsBracket() {
			continue
		}
		brackets++
		m := mirror(r)
		q, _ := xbidi.LookupRune(m)
		if m == r || !q.IsBracket() || q.IsOpeningBracket() == p.IsOpeningBracket() || mirror(m) != r {
			t.Errorf("bracket %U mirrors to %U", r, m)
		}
	}
	if brackets < 100 {
		t.Errorf("x/text lists %d brackets, expected over 100", brackets)
	}
}

func TestMirror(t *testing.T) {
	tests := map[string]struct{ in, want rune }{
		"parenthesis":                     {'(', ')'},
		"square bracket":                  {']', '['},
		"less-than":                       {'<', '>'},
		"guillemet":                       {'«', '»'},
		"not mirrored":                    {'a', 'a'},
		"Arabic comma":                    {'،', '،'},
		"Arabic ornate parenthesis stays": {'\uFD3E', '\uFD3E'},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := mirror(tc.in); got != tc.want {
				t.Errorf("mirror(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
