package bidi

import (
	"math/rand"
	"strings"
	"testing"

	xbidi "golang.org/x/text/unicode/bidi"
)

// fyneDraws mimics how Fyne 2.7 lays out a line (internal/painter walkString
// with go-text's Segmenter): x/text splits it into bidi runs, each run is
// shaped in its own direction — an RTL run comes out reversed by cluster and
// mirrored — and the runs are placed left to right in logical order. The
// invisible bidi controls are dropped from the result.
func fyneDraws(t *testing.T, s string) string {
	t.Helper()
	rs := []rune(s)
	if len(rs) == 0 {
		return ""
	}
	var p xbidi.Paragraph
	if _, err := p.SetString(s, xbidi.DefaultDirection(xbidi.LeftToRight)); err != nil {
		t.Fatalf("x/text SetString: %v", err)
	}
	o, err := p.Order()
	if err != nil {
		t.Fatalf("x/text Order: %v", err)
	}
	var b strings.Builder
	start := 0
	for i := 0; i < o.NumRuns(); i++ {
		run := o.Run(i)
		_, end := run.Pos()
		// Fyne shapes the pieces between tabs one by one, left to right.
		for j, piece := range strings.Split(string(rs[start:end+1]), "\t") {
			if j > 0 {
				b.WriteByte('\t')
			}
			if run.Direction() == xbidi.RightToLeft {
				writeReversed(&b, []rune(piece))
			} else {
				b.WriteString(piece)
			}
		}
		start = end + 1
	}
	return withoutControls(b.String())
}

// withoutControls drops the characters that draw nothing: the explicit bidi
// controls, the marks LRM and RLM, and the boundary neutrals (ZWJ, soft
// hyphen...).
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		p, _ := xbidi.LookupRune(r)
		if isBidiControl(p.Class()) || p.Class() == xbidi.BN || r == lrm || r == rlm {
			return -1
		}
		return r
	}, s)
}

// TestShaperOrderDrawsVisual checks that a Fyne-like renderer given
// ShaperOrder draws what Visual says, for every line case.
func TestShaperOrderDrawsVisual(t *testing.T) {
	for name, c := range lineCases {
		if strings.ContainsRune(c.text, '\n') {
			continue // Fyne lays out each line on its own
		}
		t.Run(name, func(t *testing.T) {
			in := ShaperOrder(c.text, c.base)
			if got, want := fyneDraws(t, in), withoutControls(Visual(c.text, c.base)); got != want {
				t.Errorf("ShaperOrder(%q) = %q draws %q, want %q", c.text, in, got, want)
			}
		})
	}
}

// TestFyneAloneMisordersMixedLines documents why the package exists: the
// plain text of a mixed Arabic line comes out of Fyne's layout in the wrong
// order, while a pure Arabic line comes out right.
func TestFyneAloneMisordersMixedLines(t *testing.T) {
	mixed := "سعر 25.50 دولار"
	if got, want := fyneDraws(t, mixed), Visual(mixed, Auto); got == want {
		t.Errorf("Fyne-like layout of %q already gives %q; ShaperOrder may no longer be needed", mixed, got)
	}
	pure := "مرحبا بالعالم"
	if got, want := fyneDraws(t, pure), Visual(pure, Auto); got != want {
		t.Errorf("Fyne-like layout of %q = %q, want %q", pure, got, want)
	}
}

func TestShaperOrder(t *testing.T) {
	tests := map[string]struct {
		text string
		base Direction
		want string
	}{
		"plain LTR untouched": {"hello 42", Auto, "hello 42"},
		"empty":               {"", Auto, ""},
		"runs in visual order, letters in logical order": {
			"سعر 25.50 دولار", Auto,
			"\u200f\u202e دولار\u202c\u200e\u202d25.50\u202c\u200e\u202eسعر \u202c\u200e",
		},
		"source controls dropped": {"\u202bب\u202c", LTR, "\u200e\u202eب\u202c\u200e"},
		"separator kept bare": {
			"ب\nب", Auto, "\u200f\u202eب\u202c\u200e\n\u200f\u202eب\u202c\u200e",
		},
		"tabs split an RTL run, pieces last first": {
			"ب\tت", RTL, "\u200f\u202eت\u202c\u200e\u202e\t\u202c\u200e\u202eب\u202c\u200e",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := ShaperOrder(tc.text, tc.base); got != tc.want {
				t.Errorf("ShaperOrder(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestShaperOrderOnGeneratedLines checks ShaperOrder against the Fyne-like
// layout on many short lines drawn from letters, digits, separators,
// brackets, tabs and every explicit control, in all three base directions.
// Combining marks and ZWJ are left out: right after a control they cluster
// differently once the control is dropped, which only matters for nonsense.
func TestShaperOrderOnGeneratedLines(t *testing.T) {
	alphabet := []rune("aب١1.,%$ (){}[]\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\tא\u00ad\ufffd")
	rng := rand.New(rand.NewSource(7)) // fixed: the same lines every run
	for n := 0; n < 3000; n++ {
		rs := make([]rune, rng.Intn(12))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		text := string(rs)
		for _, base := range []Direction{Auto, LTR, RTL} {
			in := ShaperOrder(text, base)
			if got, want := fyneDraws(t, in), withoutControls(Visual(text, base)); got != want {
				t.Fatalf("ShaperOrder(%q, %v) = %q draws %q, want %q", text, base, in, got, want)
			}
		}
	}
}
