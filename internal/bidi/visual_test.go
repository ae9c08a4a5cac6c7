package bidi

import (
	"reflect"
	"strings"
	"testing"
)

// lineCase is a line with how it must be displayed: as one left-to-right
// string, and as runs in visual order (byte offsets into text).
type lineCase struct {
	text   string
	base   Direction
	visual string
	runs   []Run
}

// lineCases are the behaviours the app relies on, keyed by what they show.
// Expected visual strings were written by reversing the Arabic words by hand,
// not by running this package.
var lineCases = map[string]lineCase{
	"empty string": {
		text: "", base: Auto, visual: "", runs: nil,
	},
	"pure LTR is unchanged": {
		text: "Hello, world! 42%", base: Auto, visual: "Hello, world! 42%",
		runs: []Run{{0, 17, false}},
	},
	"pure RTL is reversed": {
		text: "مرحبا بالعالم", base: Auto, visual: "ملاعلاب ابحرم",
		runs: []Run{{0, 25, true}},
	},
	"Hebrew is reversed": {
		text: "שלום עולם", base: Auto, visual: "םלוע םולש",
		runs: []Run{{0, 17, true}},
	},
	"European digits keep their order in RTL": {
		text: "سعر 25.50 دولار", base: Auto, visual: "رالود 25.50 رعس",
		runs: []Run{{12, 23, true}, {7, 12, false}, {0, 7, true}},
	},
	"Arabic-Indic digits keep their order": {
		text: "عدد ١٢٣ كتاب", base: Auto, visual: "باتك ١٢٣ ددع",
		runs: []Run{{13, 22, true}, {7, 13, false}, {0, 7, true}},
	},
	"Latin word in Arabic keeps its order": {
		text: "أحب Go كثيرا", base: Auto, visual: "اريثك Go بحأ",
		runs: []Run{{9, 20, true}, {7, 9, false}, {0, 7, true}},
	},
	"Arabic phrase in English is reversed in place": {
		text:   "The word مرحبا بكم means welcome",
		base:   Auto,
		visual: "The word مكب ابحرم means welcome",
		runs:   []Run{{0, 9, false}, {9, 26, true}, {26, 40, false}},
	},
	"question mark ends an RTL line on the left": {
		text: "كيف حالك؟", base: Auto, visual: "؟كلاح فيك",
		runs: []Run{{0, 17, true}},
	},
	"full stop ends an RTL line on the left": {
		text: "شكرا.", base: Auto, visual: ".اركش",
		runs: []Run{{0, 9, true}},
	},
	"brackets around Arabic are mirrored": {
		text: "(مرحبا) عالم", base: Auto, visual: "ملاع (ابحرم)",
		runs: []Run{{0, 21, true}},
	},
	"brackets around Latin in Arabic belong to the Arabic": {
		text: "الكلمة (hello) هنا", base: Auto, visual: "انه (hello) ةملكلا",
		runs: []Run{{19, 27, true}, {14, 19, false}, {0, 14, true}},
	},
	"URL in Arabic stays whole": {
		text:   "زوروا https://example.com/page اليوم",
		base:   Auto,
		visual: "مويلا https://example.com/page اوروز",
		runs:   []Run{{35, 46, true}, {11, 35, false}, {0, 11, true}},
	},
	"percentage in Arabic": {
		// 50 follows an Arabic letter, so it is an Arabic number (W2) and
		// "%" stays a neutral that resolves right to left: it shows left
		// of the number, as Arabic readers expect.
		text: "العدد 50%", base: Auto, visual: "%50 ددعلا",
		runs: []Run{{13, 14, true}, {11, 13, false}, {0, 11, true}},
	},
	"Urdu with a year": {
		text: "یہ 2024 کا سال ہے", base: Auto, visual: "ےہ لاس اک 2024 ہی",
		runs: []Run{{9, 26, true}, {5, 9, false}, {0, 5, true}},
	},
	"Persian with Persian digits": {
		text: "قیمت ۱۲۵ تومان", base: Auto, visual: "ناموت ۱۲۵ تمیق",
		runs: []Run{{15, 26, true}, {9, 15, false}, {0, 9, true}},
	},
	"harakat stay after their letter": {
		text: "مُحَمَّد", base: Auto, visual: "دمَّحَمُ",
		runs: []Run{{0, 16, true}},
	},
	"forced RTL keeps a Latin line in order": {
		text: "hello", base: RTL, visual: "hello",
		runs: []Run{{0, 5, false}},
	},
	"forced LTR puts trailing punctuation on the right": {
		text: "مرحبا!", base: LTR, visual: "ابحرم!",
		runs: []Run{{0, 10, true}, {10, 11, false}},
	},
	"each paragraph is its own line": {
		text: "مرحبا\nhello", base: Auto, visual: "ابحرم\nhello",
		runs: []Run{{0, 10, true}, {10, 11, true}, {11, 16, false}},
	},
	"emoji ZWJ sequence is not broken": {
		text: "أنا 👩‍💻", base: Auto, visual: "👩‍💻 انأ",
		runs: []Run{{0, 18, true}},
	},
	"ZWJ between Arabic letters does not glue them": {
		text: "ب\u200dت", base: Auto, visual: "تب\u200d",
		runs: []Run{{0, 7, true}},
	},
	"RLO reverses Latin letters": {
		text: "\u202eab\u202c", base: LTR, visual: "\u202eba\u202c",
		runs: []Run{{0, 3, false}, {3, 5, true}, {5, 8, false}},
	},
	"invalid UTF-8 becomes U+FFFD": {
		text: "abc\xff", base: Auto, visual: "abc\uFFFD",
		runs: []Run{{0, 4, false}},
	},
	"invalid UTF-8 inside Arabic": {
		text: "سلام\xfe\xff", base: Auto, visual: "\uFFFD\uFFFDمالس",
		runs: []Run{{0, 10, true}},
	},
}

func TestVisual(t *testing.T) {
	for name, c := range lineCases {
		t.Run(name, func(t *testing.T) {
			if got := Visual(c.text, c.base); got != c.visual {
				t.Errorf("Visual(%q, %v)\n got %q\nwant %q", c.text, c.base, got, c.visual)
			}
		})
	}
}

func TestRuns(t *testing.T) {
	for name, c := range lineCases {
		t.Run(name, func(t *testing.T) {
			got := Runs(c.text, c.base)
			if len(got) != 0 || len(c.runs) != 0 {
				if !reflect.DeepEqual(got, c.runs) {
					t.Errorf("Runs(%q, %v)\n got %v\nwant %v", c.text, c.base, got, c.runs)
				}
			}
		})
	}
}

// TestRunsDrawVisual checks that drawing the runs as documented (RTL runs
// reversed) gives Visual, so a renderer may use either.
func TestRunsDrawVisual(t *testing.T) {
	for name, c := range lineCases {
		t.Run(name, func(t *testing.T) {
			var drawn strings.Builder
			for _, r := range Runs(c.text, c.base) {
				part := []rune(c.text[r.Start:r.End])
				if r.RTL {
					writeReversed(&drawn, part)
				} else {
					drawn.WriteString(string(part))
				}
			}
			if got, want := drawn.String(), Visual(c.text, c.base); got != want {
				t.Errorf("runs draw %q, Visual gives %q", got, want)
			}
		})
	}
}

func TestLevels(t *testing.T) {
	tests := map[string]struct {
		text string
		base Direction
		want []Level
	}{
		"one level per rune, not per byte":               {"aب", Auto, []Level{0, 1}},
		"Auto takes the first strong character":          {"ب a", Auto, []Level{1, 1, 2}},
		"Auto skips isolated text":                       {"\u2066a\u2069ب", Auto, []Level{1, 2, 1, 1}},
		"no strong character is LTR":                     {"12", Auto, []Level{0, 0}},
		"numbers in RTL go two up":                       {"12", RTL, []Level{2, 2}},
		"trailing spaces go to the paragraph level (L1)": {"a ب  ", LTR, []Level{0, 0, 1, 0, 0}},
		"tab goes to the paragraph level (L1)":           {"ب\tب", LTR, []Level{1, 0, 1}},
		"RLE embeds, PDF ends it":                        {"a\u202bb\u202cc", LTR, []Level{0, 0, 2, 2, 0}},
		"RLO overrides Latin":                            {"\u202eab\u202c", LTR, []Level{0, 1, 1, 0}},
		"invalid byte is one neutral rune":               {"ب\xffب", Auto, []Level{1, 1, 1}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Levels(tc.text, tc.base); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Levels(%q, %v) = %v, want %v", tc.text, tc.base, got, tc.want)
			}
		})
	}
}
