package termcsv

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// fixture returns the bytes of testdata/<name>/<file>.
func fixture(tb testing.TB, name, file string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name, file))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// equalEntry reports whether two entries are equal.
func equalEntry(a, b Entry) bool { return reflect.DeepEqual(a, b) }

// equalSkips reports whether two lists of skips are equal.
func equalSkips(a, b []Skip) bool { return reflect.DeepEqual(a, b) }

// term builds a term at line.
func term(lang, text string, line int) Term { return Term{Lang: lang, Text: text, Line: line} }

// withoutLines returns a copy of entries with every Term.Line set to zero.
func withoutLines(entries []Entry) []Entry {
	out := make([]Entry, len(entries))
	for i, e := range entries {
		e.Terms = append([]Term(nil), e.Terms...)
		for j := range e.Terms {
			e.Terms[j].Line = 0
		}
		out[i] = e
	}
	return out
}

// writeTable returns the table WriteTable writes.
func writeTable(tb testing.TB, langs []string, entries ...Entry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if _, err := WriteTable(&buf, langs, entries); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// mustReadTable reads a table and fails the test on an error.
func mustReadTable(tb testing.TB, data []byte, name string) ([]Entry, []Skip) {
	tb.Helper()
	entries, skipped, err := ReadTable(bytes.NewReader(data), name)
	if err != nil {
		tb.Fatalf("read %s: %v", name, err)
	}
	return entries, skipped
}
