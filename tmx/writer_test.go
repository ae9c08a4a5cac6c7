package tmx

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// writeDoc writes units under header h and returns the document.
func writeDoc(tb testing.TB, h Header, units ...Unit) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, h)
	if err != nil {
		tb.Fatal(err)
	}
	for _, u := range units {
		if err := w.Write(u); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriterGolden(t *testing.T) {
	got := writeDoc(t, Header{SrcLang: "en"},
		Unit{ID: "g1", Variants: []Variant{v("en", `Keep 2 m apart & wear a "mask" <always>.`), v("ar", "حافظ على مسافة مترين")},
			Notes: []string{"Poster, line 1"}, Props: map[string]string{"x-source": "ministry", "x-area": "Nairobi"}},
		Unit{Variants: []Variant{v("zh", "别担心，打电话'求助'。")}},
	)
	want, err := os.ReadFile(filepath.Join("testdata", "writer", "want.tmx"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriterHeader(t *testing.T) {
	defaults := Header{
		CreationTool: "Tafsiri", CreationToolVersion: "unknown", SegType: "sentence", OTMF: "Tafsiri",
		AdminLang: "en", SrcLang: "*all*", DataType: "plaintext",
	}
	full := Header{
		CreationTool: "Tafsiri", CreationToolVersion: "0.3.0", SegType: "paragraph", OTMF: "tafsiri-db",
		AdminLang: "sw", SrcLang: "en", DataType: "html", OEncoding: "iso-8859-1",
		CreationDate: "20250102T150405Z", CreationID: "amina", ChangeDate: "20250103T090000Z", ChangeID: "baraka",
		Props: map[string]string{"x-batch": "7"}, Notes: []string{"Exported\nfor review."},
	}
	tests := map[string]struct {
		in   Header
		want Header
	}{
		"empty header gets defaults": {in: Header{}, want: defaults},
		"all attributes kept":        {in: full, want: full},
		"segtype lowercased": {
			in:   Header{SegType: "Phrase"},
			want: func() Header { h := defaults; h.SegType = "phrase"; return h }(),
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := mustReadAll(t, writeDoc(t, tt.in), "written.tmx").header
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriterErrors(t *testing.T) {
	good := Unit{ID: "ok", Variants: []Variant{v("en", "Fine.")}}
	tests := map[string]struct {
		run    func(t *testing.T) error
		wantIs error
	}{
		"bad segtype": {run: func(t *testing.T) error {
			_, err := NewWriter(&bytes.Buffer{}, Header{SegType: "chapter"})
			return err
		}},
		"unit without variant": {run: func(t *testing.T) error {
			return newTestWriter(t, &bytes.Buffer{}).Write(Unit{ID: "u"})
		}},
		"variant without language": {run: func(t *testing.T) error {
			return newTestWriter(t, &bytes.Buffer{}).Write(Unit{Variants: []Variant{v("en", "a"), v("", "b")}})
		}},
		"write after close": {wantIs: errClosed, run: func(t *testing.T) error {
			w := newTestWriter(t, &bytes.Buffer{})
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			return w.Write(good)
		}},
		"failing output": {wantIs: errDiskFull, run: func(t *testing.T) error {
			w := newTestWriter(t, failingWriter{})
			if err := w.Write(good); err != nil {
				return err
			}
			return w.Close()
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.run(t)
			if err == nil {
				t.Fatal("got no error")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v does not wrap %v", err, tt.wantIs)
			}
		})
	}
}

// newTestWriter returns a Writer with the default header.
func newTestWriter(tb testing.TB, buf interface{ Write([]byte) (int, error) }) *Writer {
	tb.Helper()
	w, err := NewWriter(buf, Header{})
	if err != nil {
		tb.Fatal(err)
	}
	return w
}
