package metric

import (
	"slices"
	"testing"
)

func TestTokenize13a(t *testing.T) {
	// Each want was derived by applying mteval-v13a's rules by hand: ASCII
	// symbols split off; "." and "," split unless a digit precedes (rule 2)
	// and a digit follows (rule 3); "-" split when a digit precedes it.
	tests := map[string]struct {
		in   string
		want []string
	}{
		"comma and final period":       {"hello, world.", []string{"hello", ",", "world", "."}},
		"dash between digits is split": {"2-3", []string{"2", "-", "3"}},
		"dash after letter is kept":    {"COVID-19 cases", []string{"COVID-19", "cases"}},
		"dash after digit only":        {"19-year-old", []string{"19", "-", "year-old"}},
		"trailing dash after digit":    {"5-", []string{"5", "-"}},
		"quot entity":                  {"&quot;Wash hands&quot;", []string{`"`, "Wash", "hands", `"`}},
		"amp entity":                   {"AT&amp;T", []string{"AT", "&", "T"}},
		"entities unescaped in order":  {"&amp;lt;", []string{"<"}},
		"lt and gt entities":           {"&lt;b&gt;", []string{"<", "b", ">"}},
		"apostrophe stays in word":     {"don't children's", []string{"don't", "children's"}},
		"decimal and thousands kept":   {"3.5 mg, 1,000 doses.", []string{"3.5", "mg", ",", "1,000", "doses", "."}},
		"period after year":            {"in 2024.", []string{"in", "2024", "."}},
		"brackets":                     {"(5mg)", []string{"(", "5mg", ")"}},
		"percent and dollar":           {"50% $5", []string{"50", "%", "$", "5"}},
		"address":                      {"e-mail: x@y.org", []string{"e-mail", ":", "x", "@", "y", ".", "org"}},
		"abbreviation":                 {"U.S.A.", []string{"U", ".", "S", ".", "A", "."}},
		"skipped marker":               {"a <skipped> b", []string{"a", "b"}},
		"hyphenated line break":        {"line-\nbreak", []string{"linebreak"}},
		"newline is a space":           {"a\nb", []string{"a", "b"}},
		"python whitespace U+001C":     {"x\x1cy", []string{"x", "y"}},
		"arabic comma not split":       {"مرحبا، عالم", []string{"مرحبا،", "عالم"}},
		"devanagari danda not split":   {"हाथ धोएं।", []string{"हाथ", "धोएं।"}},
		"empty":                        {"", nil},
		"only spaces":                  {"  \t ", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := Tokenize13a(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize13a(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
