package tbx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// fixture returns the bytes of testdata/<name>/input.tbx.
func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name, "input.tbx"))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// result is everything a Reader returns for one document.
type result struct {
	dialect Dialect
	entries []Entry
	skipped []Skip
	err     error // the first error other than io.EOF, from NewReader or Next
}

// readAll reads every entry of data, stopping at the first error.
func readAll(tb testing.TB, data []byte, name string) result {
	tb.Helper()
	r, err := NewReader(bytes.NewReader(data), name)
	if err != nil {
		return result{err: err}
	}
	res := result{dialect: r.Dialect()}
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			res.err = err
			break
		}
		res.entries = append(res.entries, e)
	}
	res.skipped = r.Skipped()
	return res
}

// mustReadAll reads every entry of data and fails the test on an error.
func mustReadAll(tb testing.TB, data []byte, name string) result {
	tb.Helper()
	res := readAll(tb, data, name)
	if res.err != nil {
		tb.Fatalf("read %s: %v", name, res.err)
	}
	return res
}

// writeDoc writes entries in dialect d and returns the document.
func writeDoc(tb testing.TB, d Dialect, entries ...Entry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, d, "en")
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		if err := w.Write(e); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

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
