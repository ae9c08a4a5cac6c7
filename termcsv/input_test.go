package termcsv

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"tafsiri/internal/textnorm"
)

func TestReadTableUTF16WithoutBOM(t *testing.T) {
	doc := fixture(t, "tsv", "input.tsv")
	want, _ := mustReadTable(t, doc, "utf8.tsv")
	tests := map[string]unicode.Endianness{"little-endian": unicode.LittleEndian, "big-endian": unicode.BigEndian}
	for name, order := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := unicode.UTF16(order, unicode.IgnoreBOM).NewEncoder().Bytes(doc)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := mustReadTable(t, data, "utf16.tsv")
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestReadTableNamesTheBadByte(t *testing.T) {
	tests := map[string]struct {
		data string
		want string
	}{
		"invalid UTF-8 on line 3": {data: "en,sw\nmask,barakoa\ncaf\xe9,kahawa\n",
			want: "read terms.csv:3: invalid UTF-8 (byte 0xe9 at offset 3)"},
		"NUL in UTF-8 text": {data: "en,sw\nmask,bara\x00koa\n",
			want: "read terms.csv:2: NUL byte at offset 9 (binary data, or UTF-16 without its byte order mark?)"},
		"in a quoted field over lines": {data: "en,sw\n\"mask\nface \xff mask\",barakoa\n",
			want: "read terms.csv:3: invalid UTF-8 (byte 0xff at offset 5)"},
		"in the header": {data: "en,s\xffw\n", want: "read terms.csv:1: invalid UTF-8 (byte 0xff at offset 4)"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := ReadTable(bytes.NewReader([]byte(tt.data)), "terms.csv")
			var perr *ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("error = %v, want a *ParseError", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error = %q, want %q", got, tt.want)
			}
			if !errors.Is(err, ErrEncoding) || !errors.Is(err, textnorm.ErrNotText) {
				t.Errorf("error %v does not wrap ErrEncoding and textnorm.ErrNotText", err)
			}
		})
	}
}

func TestDetectDecodesUTF16(t *testing.T) {
	tests := map[string]struct {
		name string
		text string
		bom  unicode.BOMPolicy
		want Format
	}{
		"Excel Unicode text, .csv": {name: "terms.csv", text: "en\tfr\r\nhouse\tmaison\r\n", bom: unicode.UseBOM, want: FormatTable},
		"comma CSV with BOM":       {name: "terms.csv", text: "en,fr,note\nhouse,maison,\n", bom: unicode.UseBOM, want: FormatTable},
		"table without BOM":        {name: "export.txt", text: "en\tsw\tnote\nmask\tbarakoa\t\n", bom: unicode.IgnoreBOM, want: FormatTable},
		"OmegaT without BOM":       {name: "glossary.txt", text: "mask\tbarakoa\tcomment\n", bom: unicode.IgnoreBOM, want: FormatOmegaT},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			head, err := unicode.UTF16(unicode.LittleEndian, tt.bom).NewEncoder().Bytes([]byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := Detect(tt.name, head); got != tt.want {
				t.Errorf("Detect(%q, %q) = %v, want %v", tt.name, head, got, tt.want)
			}
		})
	}
}
