package tmx

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

// FuzzReader checks that no input makes the Reader panic, and that every
// unit it returns survives a write and a second read unchanged.
func FuzzReader(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.tmx"))
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
	f.Add(utf16(f, fixture(f, "encoding"), unicode.BigEndian, unicode.UseBOM))
	f.Add([]byte("\xff\xfe<\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "fuzz.tmx")
		if err != nil {
			return
		}
		var units []Unit
		for {
			u, err := r.Next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					var perr *ParseError
					if !errors.As(err, &perr) {
						t.Fatalf("error %v is not a *ParseError", err)
					}
				}
				break
			}
			units = append(units, u)
		}
		second := mustReadAll(t, writeDoc(t, Header{}, units...), "written.tmx")
		if got, want := withoutLines(second.units), withoutLines(units); !reflect.DeepEqual(got, want) {
			t.Errorf("after writing:\ngot  %#v\nwant %#v", got, want)
		}
	})
}
