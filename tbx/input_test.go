package tbx

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// toUTF16 encodes doc as UTF-16; with declare, its XML declaration says so.
func toUTF16(tb testing.TB, doc []byte, order unicode.Endianness, bom unicode.BOMPolicy, declare bool) []byte {
	tb.Helper()
	if declare {
		doc = bytes.Replace(doc, []byte(`encoding="UTF-8"`), []byte(`encoding="UTF-16"`), 1)
	}
	out, err := unicode.UTF16(order, bom).NewEncoder().Bytes(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestReaderEncodings(t *testing.T) {
	doc := fixture(t, "basic2008")
	want := mustReadAll(t, doc, "basic2008.tbx").entries
	tests := map[string][]byte{
		"UTF-8 with BOM":          append([]byte("\uFEFF"), doc...),
		"UTF-16LE with BOM":       toUTF16(t, doc, unicode.LittleEndian, unicode.UseBOM, true),
		"UTF-16BE with BOM":       toUTF16(t, doc, unicode.BigEndian, unicode.UseBOM, true),
		"UTF-16LE, no BOM":        toUTF16(t, doc, unicode.LittleEndian, unicode.IgnoreBOM, true),
		"UTF-16BE, no BOM":        toUTF16(t, doc, unicode.BigEndian, unicode.IgnoreBOM, true),
		"UTF-16LE, UTF-8 in decl": toUTF16(t, doc, unicode.LittleEndian, unicode.UseBOM, false),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustReadAll(t, data, "encoded.tbx")
			if !reflect.DeepEqual(got.entries, want) {
				t.Errorf("got  %+v\nwant %+v", got.entries, want)
			}
		})
	}
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
	const entries = 40_000 // about 7 MB
	entry := `<termEntry><langSet xml:lang="en"><tig><term>stay home</term></tig></langSet>` +
		`<langSet xml:lang="sw"><tig><term>kaa nyumbani</term></tig></langSet></termEntry>` + "\n"
	in := &countingReader{r: io.MultiReader(
		strings.NewReader(`<martif type="TBX-Basic" xml:lang="en"><text><body>`+"\n"),
		strings.NewReader(strings.Repeat(entry, entries)),
		strings.NewReader("</body></text></martif>"),
	)}
	r, err := NewReader(in, "stream.tbx")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if _, err := r.Next(); err != nil {
			t.Fatalf("entry %d: %v", i+1, err)
		}
	}
	if max := int64(1 << 20); in.n > max {
		t.Errorf("read %d bytes for 10 entries, want at most %d", in.n, max)
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
	if n != entries {
		t.Errorf("read %d entries, want %d", n, entries)
	}
}

func BenchmarkReader(b *testing.B) {
	entry := `<conceptEntry id="c"><descrip type="subjectField">hygiene</descrip><langSec xml:lang="en">` +
		`<descrip type="definition">Cleaning hands with soap.</descrip><termSec><term>hand washing</term>` +
		`<termNote type="partOfSpeech">noun</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>` +
		`</termSec></langSec><langSec xml:lang="sw"><termSec><term>kunawa mikono</term></termSec></langSec></conceptEntry>` + "\n"
	doc := []byte(`<tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body>` + "\n" +
		strings.Repeat(entry, 10_000) + "</body></text></tbx>")
	b.SetBytes(int64(len(doc)))
	entries := 0
	for b.Loop() {
		entries += len(mustReadAll(b, doc, "bench.tbx").entries)
	}
	b.ReportMetric(float64(entries)/b.Elapsed().Seconds(), "entries/s")
}
