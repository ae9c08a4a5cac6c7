package tbx

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

func TestReaderEntries(t *testing.T) {
	const def = "A preparation that gives immunity to a disease."
	tests := map[string]struct {
		wantDialect Dialect
		wantEntries []Entry
		wantSkipped []Skip
	}{
		"basic2008": {wantDialect: Dialect2008, wantEntries: []Entry{
			{ID: "c1", Subject: "vaccination", Note: "Used on posters.\nChecked by the ministry.", Terms: []Term{
				{Lang: "en", Text: "vaccine", PartOfSpeech: "noun", Status: StatusApproved, Definition: def, Line: 23},
				{Lang: "en", Text: "jab", PartOfSpeech: "noun", Status: StatusDraft, Definition: def, Note: "Informal.", Line: 28},
				{Lang: "sw", Text: "chanjo", PartOfSpeech: "noun", Line: 37},
			}},
			{ID: "c2", Definition: "Washing hands & wrists with soap.", Terms: []Term{
				{Lang: "fr", Text: "lavage des mains", Line: 47},
			}},
		}},
		"basicv3": {wantDialect: DialectV3, wantEntries: []Entry{
			{ID: "fever", Subject: "symptoms", Terms: []Term{
				{Lang: "en", Text: "fever", PartOfSpeech: "noun", Status: StatusApproved, Definition: "A body temperature above 38 °C.", Line: 13},
				{Lang: "en", Text: "pyrexia", Status: StatusForbidden, Definition: "A body temperature above 38 °C.", Line: 18},
				{Lang: "es-419", Text: "fiebre", Status: StatusForbidden, Definition: "Temperatura alta.", Line: 24},
			}},
		}},
		"dct": {wantDialect: DialectV3, wantEntries: []Entry{
			{ID: "c1", Subject: "hygiene", Terms: []Term{
				{Lang: "en", Text: "handwashing", PartOfSpeech: "noun", Status: StatusApproved, Definition: "Cleaning hands with soap and water.",
					Source: "WHO hygiene glossary", Line: 14},
			}},
		}},
		"sources": {wantDialect: Dialect2008, wantEntries: []Entry{
			{ID: "direct", Subject: "vaccination",
				Source: "Tafsiri team draft, not yet reviewed by a native medical translator\nMinistry of Health glossary",
				Terms: []Term{
					{Lang: "en", Text: "vaccine", PartOfSpeech: "noun", Note: "Common.", Source: "WHO", Line: 17},
					{Lang: "sw", Text: "chanjo", Source: "Kamusi & TUKI", Line: 25},
				}},
			{ID: "grouped", Definition: "Washing hands with soap.", Terms: []Term{
				{Lang: "en", Text: "hand washing", Status: StatusApproved, Source: "Clinic leaflet", Line: 38},
				{Lang: "en", Text: "handwashing", Source: "Clinic leaflet\nEditor", Line: 45},
				{Lang: "fr", Text: "lavage des mains", Line: 51},
			}},
		}},
		"bare": {wantDialect: Dialect2008, wantEntries: []Entry{
			{ID: "x1", Terms: []Term{
				{Lang: "EN", Text: "Stay at home", Line: 4},
				{Lang: "ar", Text: "ابقَ في المنزل", Line: 5},
				{Lang: "zh-Hans", Text: "居家", Line: 6},
				{Lang: "fr", Text: "Fi\u00e8vre \u00e9lev\u00e9e", Line: 7},
			}},
		}},
		"skips": {
			wantDialect: Dialect2008,
			wantEntries: []Entry{{ID: "one-usable", Terms: []Term{{Lang: "en", Text: "Cover your cough", Line: 12}}}},
			wantSkipped: []Skip{
				{Line: 4, ID: "no-langset", Reason: "entry has no term"},
				{Line: 7, ID: "all-empty", Reason: `no usable term: empty term in "en" (2 times); empty term in "sw"`},
				{Line: 15, ID: "broken", Reason: `no usable term: langSet without xml:lang; tig without term in "en"; langSet "sw" has no term`},
				{Line: 20, Reason: "entry has no term"},
			},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustReadAll(t, fixture(t, name), name+".tbx")
			if got.dialect != tt.wantDialect {
				t.Errorf("dialect = %v, want %v", got.dialect, tt.wantDialect)
			}
			if !reflect.DeepEqual(got.entries, tt.wantEntries) {
				t.Errorf("entries:\ngot  %+v\nwant %+v", got.entries, tt.wantEntries)
			}
			if !reflect.DeepEqual(got.skipped, tt.wantSkipped) {
				t.Errorf("skipped:\ngot  %+v\nwant %+v", got.skipped, tt.wantSkipped)
			}
		})
	}
}

func TestReaderStatuses(t *testing.T) {
	want := map[string]string{
		"a": StatusApproved, "b": StatusDraft, "c": StatusForbidden, "d": StatusForbidden,
		"e": StatusApproved, "f": StatusForbidden, "g": StatusApproved, "h": StatusForbidden,
		"i": "", "j": "",
	}
	entries := mustReadAll(t, fixture(t, "statuses"), "statuses.tbx").entries
	if len(entries) != 1 {
		t.Fatalf("read %d entries, want 1", len(entries))
	}
	got := map[string]string{}
	for _, term := range entries[0].Terms {
		got[term.Text] = term.Status
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestReaderErrors(t *testing.T) {
	tests := map[string]struct {
		data        []byte // nil reads testdata/<case>/input.tbx
		wantLine    int
		wantIs      error // a sentinel the error wraps, if any
		wantSyntax  bool  // whether the error wraps an *xml.SyntaxError
		wantEntries int   // entries read before the error
	}{
		"malformed":   {wantLine: 8, wantSyntax: true, wantEntries: 1},
		"truncated":   {wantLine: 9, wantSyntax: true, wantEntries: 1},
		"wrongroot":   {wantLine: 3, wantIs: ErrNotTBX},
		"invalidutf8": {wantLine: 5, wantSyntax: true},
		"badencoding": {wantLine: 1},
		"empty":       {data: []byte{}, wantLine: 1, wantIs: ErrNotTBX},
		"no element":  {data: []byte("<?xml version=\"1.0\"?>\n\n"), wantLine: 3, wantIs: ErrNotTBX},
		"cut in header": {
			data:     []byte("<martif xml:lang=\"en\">\n<martifHeader>\n<fileDesc>unfinished"),
			wantLine: 3, wantSyntax: true,
		},
		"unknown entity": {
			data:     []byte("<tbx>\n<text><body>\n<conceptEntry>&nbsp;</conceptEntry>\n</body></text></tbx>"),
			wantLine: 3, wantSyntax: true,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			data := tt.data
			if data == nil {
				data = fixture(t, name)
			}
			got := readAll(t, data, name+".tbx")
			var perr *ParseError
			if !errors.As(got.err, &perr) {
				t.Fatalf("error = %v, want a *ParseError", got.err)
			}
			if perr.Line != tt.wantLine {
				t.Errorf("line = %d, want %d (%v)", perr.Line, tt.wantLine, got.err)
			}
			if prefix := fmt.Sprintf("read %s.tbx:%d: ", name, tt.wantLine); !strings.HasPrefix(got.err.Error(), prefix) {
				t.Errorf("message %q does not start with %q", got.err, prefix)
			}
			if tt.wantIs != nil && !errors.Is(got.err, tt.wantIs) {
				t.Errorf("error %v does not wrap %v", got.err, tt.wantIs)
			}
			var syn *xml.SyntaxError
			if isSyntax := errors.As(got.err, &syn); isSyntax != tt.wantSyntax {
				t.Errorf("error %v: is a syntax error = %v, want %v", got.err, isSyntax, tt.wantSyntax)
			}
			if len(got.entries) != tt.wantEntries {
				t.Errorf("read %d entries before the error, want %d", len(got.entries), tt.wantEntries)
			}
		})
	}
}

func TestReaderWrongRootNamesIt(t *testing.T) {
	err := readAll(t, fixture(t, "wrongroot"), "x.tbx").err
	if got, want := err.Error(), "<tmx>"; !strings.Contains(got, want) {
		t.Errorf("error %q does not name the root %s", got, want)
	}
}

func TestReaderErrorsAreSticky(t *testing.T) {
	tests := map[string]struct {
		fixture string
		wantEOF bool
	}{
		"after the last entry": {fixture: "basic2008", wantEOF: true},
		"after a parse error":  {fixture: "malformed"},
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

func TestReaderDeepNesting(t *testing.T) {
	deep := strings.Repeat("<hi>", 100) + "x" + strings.Repeat("</hi>", 100)
	doc := "<tbx><text><body><conceptEntry id=\"d\"><langSec xml:lang=\"en\">" +
		"<termSec><term>ok</term><note>" + deep + "</note></termSec></langSec></conceptEntry></body></text></tbx>"
	got := mustReadAll(t, []byte(doc), "deep.tbx")
	want := []Entry{{ID: "d", Terms: []Term{{Lang: "en", Text: "ok", Line: 1}}}}
	if !reflect.DeepEqual(got.entries, want) {
		t.Errorf("got  %+v\nwant %+v", got.entries, want)
	}
}
