package tmx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// fixture returns the bytes of testdata/<name>/input.tmx.
func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name, "input.tmx"))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// result is everything a Reader returns for one document.
type result struct {
	header  Header
	units   []Unit
	skipped []Skip
	err     error // the first error other than io.EOF, from NewReader or Next
}

// readAll reads every unit of data, stopping at the first error.
func readAll(tb testing.TB, data []byte, name string) result {
	tb.Helper()
	r, err := NewReader(bytes.NewReader(data), name)
	if err != nil {
		return result{err: err}
	}
	res := result{header: r.Header()}
	for {
		u, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			res.err = err
			break
		}
		res.units = append(res.units, u)
	}
	res.skipped = r.Skipped()
	return res
}

// mustReadAll reads every unit of data and fails the test on an error.
func mustReadAll(tb testing.TB, data []byte, name string) result {
	tb.Helper()
	res := readAll(tb, data, name)
	if res.err != nil {
		tb.Fatalf("read %s: %v", name, res.err)
	}
	return res
}

// withoutLines returns a copy of units with Line set to zero.
func withoutLines(units []Unit) []Unit {
	out := make([]Unit, len(units))
	for i, u := range units {
		u.Line = 0
		out[i] = u
	}
	return out
}
