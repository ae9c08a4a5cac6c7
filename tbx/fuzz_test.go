package tbx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// FuzzReader checks that no input makes the Reader panic, that it fails
// only with a *ParseError, and that every entry it returns survives a write
// and a second read unchanged, in both dialects.
func FuzzReader(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.tbx"))
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
	f.Add(toUTF16(f, fixture(f, "basicv3"), unicode.BigEndian, unicode.UseBOM, true))
	f.Add([]byte("\xff\xfe<\x00"))
	f.Add([]byte(`<tbx><conceptEntry><langSec xml:lang="en"><termSec><term>a</term></termSec></langSec></conceptEntry></tbx>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "fuzz.tbx")
		if err != nil {
			return
		}
		var entries []Entry
		for {
			e, err := r.Next()
			if err != nil {
				var perr *ParseError
				if !errors.Is(err, io.EOF) && !errors.As(err, &perr) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				break
			}
			entries = append(entries, e)
		}
		for _, d := range []Dialect{Dialect2008, DialectV3} {
			second := mustReadAll(t, writeDoc(t, d, entries...), "written.tbx")
			if got, want := withoutLines(second.entries), withoutLines(entries); !reflect.DeepEqual(got, want) {
				t.Errorf("%v, after writing:\ngot  %#v\nwant %#v", d, got, want)
			}
		}
	})
}
