package termcsv

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"tafsiri/internal/textnorm"
)

// addFixtures adds every file under testdata as a seed.
func addFixtures(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "input.*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\xff\xfee\x00n\x00,\x00s\x00w\x00\n\x00"))
	f.Add([]byte("en,sw\n\"a\"\"b\",\"c\nd\"\n"))
}

// checkRead fails unless err is nil or a *ParseError and every entry holds
// terms with a language and one-line, normalised text and a known status.
func checkRead(t *testing.T, entries []Entry, err error) {
	t.Helper()
	var perr *ParseError
	if err != nil && !errors.As(err, &perr) {
		t.Fatalf("error %v is not a *ParseError", err)
	}
	for _, e := range entries {
		if len(e.Terms) == 0 {
			t.Errorf("entry %+v has no term", e)
		}
		for _, term := range e.Terms {
			_, known := parseStatus(term.Status)
			if term.Lang == "" || term.Text == "" || textnorm.OneLine(term.Text) != term.Text || !known {
				t.Errorf("bad term %+v", term)
			}
		}
	}
}

// FuzzReadTable checks that no input makes ReadTable panic and that what it
// reads can be written with WriteTable and read again without a skip.
func FuzzReadTable(f *testing.F) {
	addFixtures(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _, err := ReadTable(bytes.NewReader(data), "fuzz.csv")
		checkRead(t, entries, err)
		var langs []string
		for _, e := range entries {
			for _, term := range e.Terms {
				if !slices.ContainsFunc(langs, func(l string) bool { return sameLang(l, term.Lang) }) {
					langs = append(langs, term.Lang)
				}
			}
		}
		if len(langs) == 0 {
			return
		}
		_, skipped := mustReadTable(t, writeTable(t, langs, entries...), "written.csv")
		if len(skipped) != 0 {
			t.Errorf("skipped %+v after writing", skipped)
		}
	})
}

// FuzzReadTICO checks that no input makes ReadTICO panic.
func FuzzReadTICO(f *testing.F) {
	addFixtures(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _, err := ReadTICO(bytes.NewReader(data), "fuzz.csv")
		checkRead(t, entries, err)
	})
}

// FuzzReadOmegaT checks that no input makes ReadOmegaT panic and that every
// entry with both terms survives WriteOmegaT and a second read unchanged.
func FuzzReadOmegaT(f *testing.F) {
	addFixtures(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, _, err := ReadOmegaT(bytes.NewReader(data), "fuzz.txt", "en", "sw")
		checkRead(t, entries, err)
		var pairs []Entry
		for _, e := range entries {
			if len(e.Terms) == 2 {
				pairs = append(pairs, e)
			}
		}
		var buf bytes.Buffer
		if err := WriteOmegaT(&buf, "en", "sw", pairs); err != nil {
			t.Fatal(err)
		}
		back, skipped, err := ReadOmegaT(&buf, "written.txt", "en", "sw")
		if err != nil || len(skipped) != 0 {
			t.Fatalf("read back: %v, skipped %+v", err, skipped)
		}
		if got, want := withoutLines(back), withoutLines(pairs); !reflect.DeepEqual(got, want) {
			t.Errorf("after writing:\ngot  %#v\nwant %#v", got, want)
		}
	})
}
