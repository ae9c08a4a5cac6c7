package termcsv

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// withPOS sets the part of speech and status of terms.
func withPOS(pos, status string, terms ...Term) []Term {
	for i := range terms {
		terms[i].PartOfSpeech, terms[i].Status = pos, status
	}
	return terms
}

func TestReadTable(t *testing.T) {
	mask := Entry{Terms: withPOS("noun", StatusApproved, term("en", "mask", 7), term("sw", "barakoa", 7), term("fr-CA", "masque", 7))}
	mask2 := Entry{Terms: withPOS("noun", StatusApproved, term("en", "mask", 8), term("sw", "barakoa", 8), term("fr-CA", "masque", 8))}
	tests := map[string]struct {
		file        string
		wantEntries []Entry
		wantSkipped []Skip
	}{
		"table": {
			file: "input.csv",
			wantEntries: []Entry{
				{Definition: "Cleaning hands with soap, then water.", Source: "poster", Terms: withPOS("noun", StatusApproved,
					term("en", "hand washing", 2), term("sw", "kunawa mikono", 2), term("fr-CA", "lavage des mains", 2))},
				{Definition: "A temperature\nabove 38 °C.", Note: `Say "high" not "very high"`, Terms: withPOS("noun", StatusDraft,
					term("en", "fever, high", 4), term("sw", "homa kali", 4))},
				mask, mask2,
				{Terms: withPOS("noun", StatusForbidden, term("en", "isolation", 12), term("sw", "karantini", 12))},
				{Terms: []Term{term("en", `5" needle`, 13), term("sw", "sindano", 13)}},
			},
			wantSkipped: []Skip{
				{Line: 9, Reason: "row has 2 fields, header has 8"},
				{Line: 10, Reason: `unknown status "maybe" (want approved, draft or forbidden)`},
				{Line: 11, Reason: "row has no term"},
			},
		},
		"tsv": {
			file: "input.tsv",
			wantEntries: []Entry{
				{Note: "a, quoted; note", Terms: withPOS("verb", "", term("EN", "wash your hands", 2), term("sw", "nawa mikono", 2))},
				{Terms: []Term{term("EN", "stay home", 3)}},
			},
		},
		"columns": {
			file: "input.csv",
			wantEntries: []Entry{
				{Terms: []Term{term("en", "mask", 2), term("sw", "barakoa", 2)}},
			},
			wantSkipped: []Skip{
				{Line: 1, Reason: `column 2: "xx yy" is neither a language tag nor a known column name; skipped`},
				{Line: 1, Reason: `column 3: "Term ID" is neither a language tag nor a known column name; skipped`},
				{Line: 1, Reason: `column 5: "en-x-abcdefgh-abcdefgh-abcdefgh-abcdefgh…" (67 bytes) is neither a language tag nor a known column name; skipped`},
			},
		},
		"semicolon": {
			file: "input.csv",
			wantEntries: []Entry{
				{Definition: "A shot; given once", Terms: []Term{term("en", "vaccine", 2), term("es_XX", "vacuna", 2)}},
				{Terms: []Term{term("en", "booster", 3), term("es_XX", "refuerzo", 3)}},
			},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			entries, skipped := mustReadTable(t, fixture(t, name, tt.file), name)
			if !reflect.DeepEqual(entries, tt.wantEntries) {
				t.Errorf("entries:\ngot  %+v\nwant %+v", entries, tt.wantEntries)
			}
			if !reflect.DeepEqual(skipped, tt.wantSkipped) {
				t.Errorf("skipped:\ngot  %+v\nwant %+v", skipped, tt.wantSkipped)
			}
		})
	}
}

func TestReadTableUTF16(t *testing.T) {
	doc := fixture(t, "tsv", "input.tsv")
	want, _ := mustReadTable(t, doc, "utf8.tsv")
	for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			data, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes(doc)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := mustReadTable(t, data, "utf16.tsv")
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestReadTableErrors(t *testing.T) {
	tests := map[string]struct {
		data     []byte // nil reads testdata/<case>/input.csv
		wantLine int
		wantIs   error
	}{
		"unclosed":                 {wantLine: 3, wantIs: ErrQuote},
		"invalidutf8":              {wantLine: 3, wantIs: ErrEncoding},
		"nolang":                   {wantLine: 1, wantIs: ErrHeader},
		"empty":                    {data: []byte{}, wantLine: 1, wantIs: ErrHeader},
		"blank lines":              {data: []byte("\n\r\n,,\n"), wantLine: 4, wantIs: ErrHeader},
		"only a BOM":               {data: []byte("\uFEFF"), wantLine: 1, wantIs: ErrHeader},
		"header after blank lines": {data: []byte("\n\nStatus,Note\n"), wantLine: 3, wantIs: ErrHeader},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			data := tt.data
			if data == nil {
				data = fixture(t, name, "input.csv")
			}
			_, _, err := ReadTable(bytes.NewReader(data), name+".csv")
			var perr *ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("error = %v, want a *ParseError", err)
			}
			if perr.Line != tt.wantLine {
				t.Errorf("line = %d, want %d (%v)", perr.Line, tt.wantLine, err)
			}
			if prefix := fmt.Sprintf("read %s.csv:%d: ", name, tt.wantLine); !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("message %q does not start with %q", err, prefix)
			}
			if !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v does not wrap %v", err, tt.wantIs)
			}
		})
	}
}

func TestRoleOf(t *testing.T) {
	tests := map[string]role{
		"en": roleLang, "sw-KE": roleLang, "es_XX": roleLang, "zh-Hans": roleLang, "ns_ZA": roleLang, "id": roleLang,
		"pos": rolePOS, "Part of Speech": rolePOS, "part_of_speech": rolePOS, "partOfSpeech": rolePOS,
		"Definition": roleDefinition, "description": roleDefinition, "Notes": roleNote, "comment": roleNote,
		" STATUS ": roleStatus, "Subject Field": roleSubject, "domain": roleSubject,
		"source": roleSource, " Source ": roleSource, "SOURCE": roleSource,
		"English": roleIgnored, "sources": roleIgnored, "": roleIgnored, "term": roleIgnored,
	}
	for cell, want := range tests {
		t.Run(cell, func(t *testing.T) {
			if got := roleOf(cell); got != want {
				t.Errorf("roleOf(%q) = %d, want %d", cell, got, want)
			}
		})
	}
}

// failOnce fails its first read with err and ends after that: a read error
// that a second read would not see again.
type failOnce struct {
	err    error
	failed bool
}

func (f *failOnce) Read([]byte) (int, error) {
	if f.failed {
		return 0, io.EOF
	}
	f.failed = true
	return 0, f.err
}

func TestReadTableReportsAFailedRead(t *testing.T) {
	errDisk := errors.New("disk gone")
	tests := map[string]func() io.Reader{
		"before the first byte": func() io.Reader { return &failOnce{err: errDisk} },
		"inside the header": func() io.Reader {
			return io.MultiReader(strings.NewReader("en,sw\n"), &failOnce{err: errDisk})
		},
	}
	for name, reader := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := ReadTable(reader(), "terms.csv")
			if !errors.Is(err, errDisk) {
				t.Errorf("error = %v, want it to wrap %v", err, errDisk)
			}
		})
	}
}
