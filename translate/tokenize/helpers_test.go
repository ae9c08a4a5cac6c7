package tokenize

import (
	"reflect"
	"strings"
	"testing"
)

// show renders tokens for comparison: each token's text, with "/kind" after
// placeholders, e.g. ["Call", "+254 712 345 678/phone", "."].
func show(toks []Token) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = t.Text
		if t.Kind.IsPlaceholder() {
			out[k] += "/" + t.Kind.String()
		}
	}
	return out
}

// rebuild joins tokens with a space wherever SpaceBefore says one was.
func rebuild(toks []Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.SpaceBefore {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

type tokenCase struct {
	lang string
	in   string
	want []string
}

// checkTokens runs table cases through Tokenize and checks every token
// invariant besides the expected tokens.
func checkTokens(t *testing.T, cases map[string]tokenCase) {
	t.Helper()
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			toks := Tokenize(c.lang, c.in)
			if got := show(toks); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Tokenize(%q, %q)\n got %q\nwant %q", c.lang, c.in, got, c.want)
			}
			checkInvariants(t, c.lang, c.in, toks)
		})
	}
}

// checkInvariants: tokens rebuild the normalized text, and keys are non-empty
// and have no spaces.
func checkInvariants(tb testing.TB, lang, in string, toks []Token) {
	tb.Helper()
	if got, want := rebuild(toks), Normalize(in); got != want {
		tb.Errorf("tokens of %q rebuild %q, want %q", in, got, want)
	}
	for k, key := range Keys(lang, toks) {
		if key == "" || strings.ContainsRune(key, ' ') {
			tb.Errorf("Key of %q = %q: empty or with a space", toks[k].Text, key)
		}
		if toks[k].Text == "" {
			tb.Errorf("token %d of %q is empty", k, in)
		}
	}
	if len(toks) > 0 && toks[0].SpaceBefore {
		tb.Errorf("first token of %q has SpaceBefore", in)
	}
}
