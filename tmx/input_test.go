package tmx

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// utf16 encodes a UTF-8 document as UTF-16, declaring it as such.
func utf16(tb testing.TB, utf8Doc []byte, e unicode.Endianness, bom unicode.BOMPolicy) []byte {
	tb.Helper()
	doc := bytes.Replace(utf8Doc, []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1)
	out, err := unicode.UTF16(e, bom).NewEncoder().Bytes(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestReaderEncodings(t *testing.T) {
	doc := fixture(t, "encoding")
	want := []Unit{{ID: "e1", Line: 5, Variants: []Variant{
		v("en", "Fever & cough"), v("ar", "حمى وسعال"), v("zh", "发烧和咳嗽 𝄞"),
	}}}
	tests := map[string][]byte{
		"UTF-8":                   doc,
		"UTF-8 with BOM":          append([]byte("\uFEFF"), doc...),
		"UTF-16LE with BOM":       utf16(t, doc, unicode.LittleEndian, unicode.UseBOM),
		"UTF-16BE with BOM":       utf16(t, doc, unicode.BigEndian, unicode.UseBOM),
		"UTF-16LE, no BOM":        utf16(t, doc, unicode.LittleEndian, unicode.IgnoreBOM),
		"UTF-16BE, no BOM":        utf16(t, doc, unicode.BigEndian, unicode.IgnoreBOM),
		"UTF-16LE, UTF-8 in decl": append([]byte{0xFF, 0xFE}, mustUTF16LE(t, doc)...),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustReadAll(t, data, "encoding.tmx")
			if !reflect.DeepEqual(got.units, want) {
				t.Errorf("got  %+v\nwant %+v", got.units, want)
			}
		})
	}
}

// mustUTF16LE encodes doc as UTF-16LE without touching its declaration.
func mustUTF16LE(tb testing.TB, doc []byte) []byte {
	tb.Helper()
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestReaderStreams(t *testing.T) {
	const units = 40_000 // about 5 MB
	unit := `<tu><tuv xml:lang="en"><seg>Stay home if you are sick.</seg></tuv><tuv xml:lang="sw"><seg>Kaa nyumbani.</seg></tuv></tu>` + "\n"
	in := &countingReader{r: io.MultiReader(
		strings.NewReader(`<tmx version="1.4"><header/><body>`+"\n"),
		strings.NewReader(strings.Repeat(unit, units)),
		strings.NewReader("</body></tmx>"),
	)}
	r, err := NewReader(in, "stream.tmx")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if _, err := r.Next(); err != nil {
			t.Fatalf("unit %d: %v", i+1, err)
		}
	}
	if max := int64(1 << 20); in.n > max {
		t.Errorf("read %d bytes for 10 units, want at most %d", in.n, max)
	}
	n := 10
	for ; ; n++ {
		if _, err := r.Next(); err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatal(err)
			}
			break
		}
	}
	if n != units {
		t.Errorf("read %d units, want %d", n, units)
	}
}
