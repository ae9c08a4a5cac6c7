package tbx

import (
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	tests := map[string]struct {
		in   Entry
		want Entry // in, as the Reader gives it back; zero means in itself
	}{
		"every field": {in: goldenEntries[0]},
		"several languages": {in: Entry{ID: "r1", Terms: []Term{
			{Lang: "en", Text: "Wash your hands"}, {Lang: "ar", Text: "اغسل يديك"},
			{Lang: "zh-Hans", Text: "勤洗手"}, {Lang: "es_XX", Text: "lávate las manos"},
		}}},
		"markup characters": {in: Entry{ID: `a&b<"c">'d'`, Note: "5 < 10 > 2 & 'so' \"on\"", Terms: []Term{
			{Lang: "en", Text: `soap & water <always>`, PartOfSpeech: `"noun"`},
		}}},
		"a language that comes back keeps its place": {in: Entry{Terms: []Term{
			{Lang: "en", Text: "mask"}, {Lang: "sw", Text: "barakoa"}, {Lang: "en", Text: "face covering"},
		}}},
		"definitions that differ stay on their terms": {in: Entry{Terms: []Term{
			{Lang: "en", Text: "a", Definition: "first"}, {Lang: "en", Text: "b", Definition: "second"}, {Lang: "en", Text: "c"},
		}}},
		"multi-line notes come back line by line": {
			in:   Entry{Note: "  one \n\n two\r\nthree  ", Terms: []Term{{Lang: "en", Text: "x", Note: "a\u2028b"}}},
			want: Entry{Note: "one\ntwo\nthree", Terms: []Term{{Lang: "en", Text: "x", Note: "a\nb"}}},
		},
		"multi-line sources come back line by line": {
			in:   Entry{Source: "WHO\n\n  Ministry ", Terms: []Term{{Lang: "en", Text: "x", Source: "editor\r\nreviewer"}}},
			want: Entry{Source: "WHO\nMinistry", Terms: []Term{{Lang: "en", Text: "x", Source: "editor\nreviewer"}}},
		},
		"sources that differ stay on their terms": {in: Entry{Terms: []Term{
			{Lang: "en", Text: "a", Source: "WHO"}, {Lang: "en", Text: "b", Source: "WHO"}, {Lang: "en", Text: "c"},
		}}},
		"whitespace in text collapses": {
			in:   Entry{Terms: []Term{{Lang: "en", Text: "\tcall\n the  clinic ", PartOfSpeech: " noun "}}},
			want: Entry{Terms: []Term{{Lang: "en", Text: "call the clinic", PartOfSpeech: "noun"}}},
		},
		"decomposed text comes back composed": {
			in:   Entry{Terms: []Term{{Lang: "fr", Text: "e\u0301te\u0301"}}},
			want: Entry{Terms: []Term{{Lang: "fr", Text: "\u00e9t\u00e9"}}},
		},
		"characters XML forbids become U+FFFD": {
			in:   Entry{Terms: []Term{{Lang: "en", Text: "bell\x07, \xff byte, \uFFFE"}}},
			want: Entry{Terms: []Term{{Lang: "en", Text: "bell\uFFFD, \uFFFD byte, \uFFFD"}}},
		},
	}
	for name, tt := range tests {
		for _, d := range []Dialect{Dialect2008, DialectV3} {
			t.Run(name+"/"+d.String(), func(t *testing.T) {
				want := tt.want
				if want.Terms == nil {
					want = tt.in
				}
				got := mustReadAll(t, writeDoc(t, d, tt.in), "roundtrip.tbx")
				if got.dialect != d {
					t.Errorf("dialect = %v, want %v", got.dialect, d)
				}
				if len(got.entries) != 1 {
					t.Fatalf("read %d entries, want 1 (skipped %+v)", len(got.entries), got.skipped)
				}
				if g := withoutLines(got.entries)[0]; !reflect.DeepEqual(g, want) {
					t.Errorf("got  %+v\nwant %+v", g, want)
				}
			})
		}
	}
}

func TestRoundTripFixtures(t *testing.T) {
	for _, name := range []string{"basic2008", "basicv3", "dct", "sources", "bare", "skips", "statuses"} {
		for _, d := range []Dialect{Dialect2008, DialectV3} {
			t.Run(name+"/"+d.String(), func(t *testing.T) {
				first := mustReadAll(t, fixture(t, name), name+".tbx")
				second := mustReadAll(t, writeDoc(t, d, first.entries...), "written.tbx")
				if got, want := withoutLines(second.entries), withoutLines(first.entries); !reflect.DeepEqual(got, want) {
					t.Errorf("got  %+v\nwant %+v", got, want)
				}
				if len(second.skipped) != 0 {
					t.Errorf("skipped %+v after writing", second.skipped)
				}
			})
		}
	}
}
