package termcsv

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tafsiri/internal/tico19"
)

// ticoFiles returns the paths of the TICO-19 terminologies, found by
// tico19.Dir.
func ticoFiles(tb testing.TB) []string {
	tb.Helper()
	dir := tico19.Dir(tb, "terminologies")
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("no TICO-19 terminologies (*.csv) in %s", dir)
	}
	return paths
}

// readTICOFile reads one TICO-19 file with the reader Detect picks.
func readTICOFile(tb testing.TB, path string) ([]Entry, []Skip) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	name := filepath.Base(path)
	if got := Detect(name, data[:min(len(data), 4096)]); got != FormatTICO {
		tb.Errorf("Detect(%s) = %v, want %v", name, got, FormatTICO)
	}
	entries, skipped, err := ReadTICO(bytes.NewReader(data), name)
	if err != nil {
		tb.Fatal(err)
	}
	return entries, skipped
}

// TestTICOAll reads every TICO-19 terminology and reports the totals.
func TestTICOAll(t *testing.T) {
	files, entries, skips := 0, 0, 0
	reasons := map[string]int{}
	for _, path := range ticoFiles(t) {
		es, sk := readTICOFile(t, path)
		files++
		entries += len(es)
		skips += len(sk)
		for _, s := range sk {
			reasons[strings.SplitN(s.Reason, ":", 2)[0]]++
		}
		for _, e := range es {
			if len(e.Terms) == 0 || e.Terms[0].Lang == "" {
				t.Errorf("%s line %d: entry %+v has no usable term", path, e.Terms[0].Line, e)
			}
		}
	}
	t.Logf("TICO-19 terminologies: %d files, %d entries, %d skipped %v", files, entries, skips, reasons)
}

func TestTICOQuirks(t *testing.T) {
	ticoFiles(t)
	tests := map[string]struct {
		wantEntries int
		wantSkipped []Skip // only the first ones
		wantFirst   Entry
	}{
		"g_en_es-419.csv": {
			wantEntries: 337,
			wantFirst: Entry{ID: "1", Definition: "In the context of coronavirus (COVID-19): transmissible by direct or indirect contact with an infected person (describes the disease or the virus, not a person).",
				Terms: []Term{
					{Lang: "en", Text: "contagious", PartOfSpeech: "adjective", Line: 2},
					{Lang: "es-419", Text: "contagioso", PartOfSpeech: "adjective", Line: 2},
				}},
		},
		"f_en-af_ZA.csv": {
			wantEntries: 305,
			wantSkipped: []Skip{{Line: 244, ID: "243", Reason: "row has 6 fields, header has 5"}},
			wantFirst: Entry{ID: "1", Terms: []Term{
				{Lang: "en", Text: "1918 flu", Line: 2}, {Lang: "af_ZA", Text: "1918-griep", Line: 2},
			}},
		},
		"f_en-es_XX.csv": {
			wantEntries: 306,
			wantSkipped: []Skip{{Line: 308, Reason: "no term: sourceString is empty; targetString is empty"}},
			wantFirst: Entry{ID: "1", Terms: []Term{
				{Lang: "en", Text: "1918 flu", Line: 2}, {Lang: "es_XX", Text: "La gripe de 1918", Line: 2},
			}},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			entries, skipped := readTICOFile(t, tico19.Dir(t, "terminologies", name))
			if len(entries) != tt.wantEntries {
				t.Errorf("read %d entries, want %d", len(entries), tt.wantEntries)
			}
			if len(entries) > 0 && !equalEntry(entries[0], tt.wantFirst) {
				t.Errorf("first entry:\ngot  %+v\nwant %+v", entries[0], tt.wantFirst)
			}
			if len(skipped) < len(tt.wantSkipped) || !equalSkips(skipped[:len(tt.wantSkipped)], tt.wantSkipped) {
				t.Errorf("skipped:\ngot  %+v\nwant %+v first", skipped, tt.wantSkipped)
			}
		})
	}
}

func TestReadTICOFixtures(t *testing.T) {
	const desc = "In the context of coronavirus (COVID-19): transmissible by contact (describes the disease, not a person)."
	tests := map[string]struct {
		wantEntries []Entry
		wantSkipped []Skip
	}{
		"tico-f": {
			wantEntries: []Entry{
				{ID: "1", Terms: []Term{term("en", "1918 flu", 2), term("af_ZA", "1918-griep", 2)}},
				{ID: "2", Terms: []Term{term("en", "acute bronchitis", 3), term("af_ZA", "akute brongitis", 3)}},
				{ID: "4", Terms: []Term{term("en", "self-quarantine, home", 5), term("af_ZA", "self-kwarantyn", 5)}},
				{ID: "4", Terms: []Term{term("en", "self-quarantine, home", 6), term("af_ZA", "self-kwarantyn", 6)}},
				{ID: "5", Terms: []Term{term("af_ZA", "wees", 8)}},
			},
			wantSkipped: []Skip{
				{Line: 4, ID: "3", Reason: "row has 6 fields, header has 5"},
				{Line: 7, Reason: "no term: sourceString is empty; targetString is empty"},
			},
		},
		"tico-g": {
			wantEntries: []Entry{
				{ID: "1", Definition: desc, Terms: withPOS("adjective", "", term("en", "contagious", 2), term("es-419", "contagioso", 2))},
				{ID: "xx_301", Terms: []Term{term("es-419", "persona infectada", 3), term("en", "infected person", 3)}},
			},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			entries, skipped, err := ReadTICO(bytes.NewReader(fixture(t, name, "input.csv")), name+".csv")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(entries, tt.wantEntries) {
				t.Errorf("entries:\ngot  %+v\nwant %+v", entries, tt.wantEntries)
			}
			if !reflect.DeepEqual(skipped, tt.wantSkipped) {
				t.Errorf("skipped:\ngot  %+v\nwant %+v", skipped, tt.wantSkipped)
			}
		})
	}
}

func TestReadTICOErrors(t *testing.T) {
	tests := map[string]struct {
		data     string
		wantLine int
	}{
		"not TICO":   {data: "en,sw\nmask,barakoa\n", wantLine: 1},
		"no header":  {data: "", wantLine: 1},
		"open quote": {data: "id,sourceLang,targetLang,sourceString,targetString\n1,en,sw,\"mask,barakoa\n", wantLine: 2},
		"not UTF-8":  {data: "id,sourceLang,targetLang,sourceString,targetString\n1,en,sw,mask,barakoa\n2,en,sw,caf\xe9,kahawa\n", wantLine: 3},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := ReadTICO(strings.NewReader(tt.data), "t.csv")
			var perr *ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("error = %v, want a *ParseError", err)
			}
			if perr.Line != tt.wantLine {
				t.Errorf("line = %d, want %d (%v)", perr.Line, tt.wantLine, err)
			}
		})
	}
}
