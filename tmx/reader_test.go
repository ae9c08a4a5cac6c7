package tmx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

// v builds a variant.
func v(lang, text string) Variant { return Variant{Lang: lang, Text: text} }

func TestReaderUnits(t *testing.T) {
	tests := map[string]struct {
		wantUnits   []Unit
		wantSkipped []Skip
	}{
		"basic": {wantUnits: []Unit{
			{ID: "n1", Line: 12, Variants: []Variant{v("en", "Wash your hands."), v("sw", "Nawa mikono yako.")},
				Props: map[string]string{"x-source": "poster"}, Notes: []string{"Reviewed by the clinic."}},
			{Line: 18, Variants: []Variant{v("en", "Boil water & let it cool."), v("sw", "Chemsha maji na uyaache yapoe.")}},
		}},
		"lang11": {wantUnits: []Unit{
			{ID: "1", Line: 5, Variants: []Variant{v("EN", "Stay at home."), v("FR", "Restez chez vous.")}},
			{ID: "2", Line: 9, Variants: []Variant{v("en", "xml:lang wins over lang.")}},
		}},
		"inline": {wantUnits: []Unit{
			{ID: "codes", Line: 5, Variants: []Variant{v("en", "Take two tablets daily."), v("fr", "Prenez deux comprimés par jour.")}},
			{ID: "hi-sub", Line: 9, Variants: []Variant{v("en", "Call the clinic now.")}},
			{ID: "spaces", Line: 12, Variants: []Variant{v("en", "Keep a distance of two metres."), v("fr", "Gardez «\u00a0deux mètres\u00a0» de distance.")}},
			{ID: "nfc", Line: 18, Variants: []Variant{v("fr", "Fi\u00e8vre \u00e9lev\u00e9e")}},
		}},
		"skips": {
			wantUnits: []Unit{{ID: "one-empty", Line: 12, Variants: []Variant{v("en", "Cover your cough.")}}},
			wantSkipped: []Skip{
				{Line: 5, ID: "no-tuv", Reason: "tu has no tuv"},
				{Line: 8, ID: "all-empty", Reason: `no usable tuv: empty seg in tuv "en"; empty seg in tuv "sw"`},
				{Line: 16, ID: "broken-tuvs", Reason: `no usable tuv: tuv without xml:lang; tuv "en" without seg; empty seg in tuv "sw"`},
				{Line: 21, Reason: "tu has no tuv"},
			},
		},
		"emptybody": {},
		"noheader":  {wantUnits: []Unit{{Line: 2, Variants: []Variant{v("en", "No header at all.")}}}},
		"multilang": {wantUnits: []Unit{{ID: "m1", Line: 5, Variants: []Variant{
			v("en-GB", "Wear a mask."), v("ar", "ارتدِ كمامة."), v("zh-Hans", "请戴口罩。"), v("es-419", "Use una mascarilla."),
		}}}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustReadAll(t, fixture(t, name), name+".tmx")
			if !reflect.DeepEqual(got.units, tt.wantUnits) {
				t.Errorf("units:\ngot  %+v\nwant %+v", got.units, tt.wantUnits)
			}
			if !reflect.DeepEqual(got.skipped, tt.wantSkipped) {
				t.Errorf("skipped:\ngot  %+v\nwant %+v", got.skipped, tt.wantSkipped)
			}
		})
	}
}

func TestReaderHeader(t *testing.T) {
	tests := map[string]Header{
		"basic": {
			CreationTool: "Notepad", CreationToolVersion: "1.0", SegType: "sentence", OTMF: "none",
			AdminLang: "en-US", SrcLang: "en", DataType: "plaintext", CreationDate: "20250102T150405Z",
			Props: map[string]string{"x-domain": "health"}, Notes: []string{"Health notices, first batch."},
		},
		"lang11": {
			CreationTool: "OldTool", CreationToolVersion: "0.9", SegType: "sentence", OTMF: "x",
			AdminLang: "EN", SrcLang: "EN", DataType: "plaintext",
		},
		"noheader": {},
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustReadAll(t, fixture(t, name), name+".tmx").header
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestUnitText(t *testing.T) {
	u := mustReadAll(t, fixture(t, "multilang"), "multilang.tmx").units[0]
	tests := map[string]struct {
		lang   string
		want   string
		wantOK bool
	}{
		"exact tag":          {lang: "en-GB", want: "Wear a mask.", wantOK: true},
		"other case":         {lang: "EN-gb", want: "Wear a mask.", wantOK: true},
		"script subtag":      {lang: "zh-hans", want: "请戴口罩。", wantOK: true},
		"prefix is no match": {lang: "en"},
		"absent language":    {lang: "de"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := u.Text(tt.lang)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Text(%q) = %q, %v; want %q, %v", tt.lang, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestReaderErrors(t *testing.T) {
	tests := map[string]struct {
		data       []byte // nil reads testdata/<case>/input.tmx
		wantLine   int
		wantIs     error // a sentinel the error wraps, if any
		wantSyntax bool  // whether the error wraps an *xml.SyntaxError
		wantUnits  int   // units read before the error
	}{
		"truncated":   {wantLine: 9, wantSyntax: true, wantUnits: 1},
		"malformed":   {wantLine: 9, wantSyntax: true, wantUnits: 1},
		"wrongroot":   {wantLine: 3, wantIs: ErrNotTMX},
		"badversion":  {wantLine: 2, wantIs: ErrVersion},
		"invalidutf8": {wantLine: 5, wantSyntax: true},
		"badencoding": {wantLine: 1},
		"empty":       {data: []byte{}, wantLine: 1, wantIs: ErrNotTMX},
		"no element":  {data: []byte("<?xml version=\"1.0\"?>\n\n"), wantLine: 3, wantIs: ErrNotTMX},
		"cut in header": {
			data:     []byte("<tmx version=\"1.4\">\n<header creationtool=\"x\">\n<note>unfinished"),
			wantLine: 3, wantSyntax: true,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			data := tt.data
			if data == nil {
				data = fixture(t, name)
			}
			got := readAll(t, data, name+".tmx")
			var perr *ParseError
			if !errors.As(got.err, &perr) {
				t.Fatalf("error = %v, want a *ParseError", got.err)
			}
			if perr.Line != tt.wantLine {
				t.Errorf("line = %d, want %d (%v)", perr.Line, tt.wantLine, got.err)
			}
			if prefix := fmt.Sprintf("read %s.tmx:%d: ", name, tt.wantLine); !strings.HasPrefix(got.err.Error(), prefix) {
				t.Errorf("message %q does not start with %q", got.err, prefix)
			}
			if tt.wantIs != nil && !errors.Is(got.err, tt.wantIs) {
				t.Errorf("error %v does not wrap %v", got.err, tt.wantIs)
			}
			var syn *xml.SyntaxError
			if isSyntax := errors.As(got.err, &syn); isSyntax != tt.wantSyntax {
				t.Errorf("error %v: is a syntax error = %v, want %v", got.err, isSyntax, tt.wantSyntax)
			}
			if len(got.units) != tt.wantUnits {
				t.Errorf("read %d units before the error, want %d", len(got.units), tt.wantUnits)
			}
		})
	}
}

func TestReaderWrongRootNamesIt(t *testing.T) {
	err := readAll(t, fixture(t, "wrongroot"), "x.tmx").err
	if got, want := err.Error(), "<xliff>"; !strings.Contains(got, want) {
		t.Errorf("error %q does not name the root %s", got, want)
	}
}

func TestReaderErrorsAreSticky(t *testing.T) {
	tests := map[string]struct {
		fixture string
		wantEOF bool
	}{
		"after the last unit": {fixture: "basic", wantEOF: true},
		"after a parse error": {fixture: "malformed"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(fixture(t, tt.fixture)), tt.fixture)
			if err != nil {
				t.Fatal(err)
			}
			var first error
			for first == nil {
				_, first = r.Next()
			}
			if got := errors.Is(first, io.EOF); got != tt.wantEOF {
				t.Fatalf("first error %v: is io.EOF = %v, want %v", first, got, tt.wantEOF)
			}
			if _, again := r.Next(); again != first {
				t.Errorf("Next after %v returned %v", first, again)
			}
		})
	}
}
