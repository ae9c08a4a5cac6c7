package tmx

import (
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	tests := map[string]struct {
		in   Unit
		want Unit // in, as the Reader gives it back
	}{
		"several languages": {
			in: Unit{ID: "r1", Variants: []Variant{
				v("en", "Wash your hands."), v("ar", "اغسل يديك."), v("zh-Hans", "勤洗手。"), v("sw", "Nawa mikono."),
			}},
		},
		"markup characters": {
			in: Unit{ID: `a&b<"c">'d'`, Variants: []Variant{v("en", `Use soap & water: 5 < 10 > 2, "quoted" and 'single'.`)}},
		},
		"props and notes kept verbatim": {
			in: Unit{ID: "r3", Variants: []Variant{v("en", "Rest.")},
				Props: map[string]string{"x-url": "https://example.org/?a=1&b=2", "x-multi": "line one\r\n\tline two "},
				Notes: []string{" spaced note ", "two\nlines"}},
		},
		"newlines and tabs in text collapse": {
			in:   Unit{Variants: []Variant{v("en", "Call\n\tthe clinic\r\n  today.\n")}},
			want: Unit{Variants: []Variant{v("en", "Call the clinic today.")}},
		},
		"decomposed text comes back composed": {
			in:   Unit{Variants: []Variant{v("fr", "e\u0301te\u0301")}},
			want: Unit{Variants: []Variant{v("fr", "\u00e9t\u00e9")}},
		},
		"characters XML forbids become U+FFFD": {
			in:   Unit{Variants: []Variant{v("en", "bell\x07, \xff byte, \uFFFE")}},
			want: Unit{Variants: []Variant{v("en", "bell\uFFFD, \uFFFD byte, \uFFFD")}},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			want := tt.want
			if want.Variants == nil {
				want = tt.in
			}
			got := mustReadAll(t, writeDoc(t, Header{}, tt.in), "roundtrip.tmx")
			if len(got.units) != 1 {
				t.Fatalf("read %d units, want 1 (skipped %+v)", len(got.units), got.skipped)
			}
			got.units[0].Line = 0
			if !reflect.DeepEqual(got.units[0], want) {
				t.Errorf("got  %+v\nwant %+v", got.units[0], want)
			}
		})
	}
}

func TestRoundTripFixtures(t *testing.T) {
	for _, name := range []string{"basic", "lang11", "inline", "multilang", "encoding", "skips"} {
		t.Run(name, func(t *testing.T) {
			first := mustReadAll(t, fixture(t, name), name+".tmx")
			h := first.header
			h.SegType = "" // lang11 and others may use any case; the Writer checks it
			second := mustReadAll(t, writeDoc(t, h, first.units...), "written.tmx")
			if got, want := withoutLines(second.units), withoutLines(first.units); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
			if len(second.skipped) != 0 {
				t.Errorf("skipped %+v after writing", second.skipped)
			}
		})
	}
}
