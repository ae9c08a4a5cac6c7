package translate

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"tafsiri/internal/textnorm"
)

// inUTF16 returns text in UTF-16 of the given order, with or without a
// byte order mark.
func inUTF16(tb testing.TB, text string, order unicode.Endianness, bom unicode.BOMPolicy) string {
	tb.Helper()
	out, err := unicode.UTF16(order, bom).NewEncoder().String(text)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestReadTSVDecodesUTF16(t *testing.T) {
	const tsv = "Wash your hands.\tLávese las manos.\r\nDrink water.\tBeba agua.\r\n"
	want := []Pair{{"Wash your hands.", "Lávese las manos."}, {"Drink water.", "Beba agua."}}
	tests := map[string]string{
		"UTF-16LE with BOM":    inUTF16(t, tsv, unicode.LittleEndian, unicode.UseBOM),
		"UTF-16BE with BOM":    inUTF16(t, tsv, unicode.BigEndian, unicode.UseBOM),
		"UTF-16LE without BOM": inUTF16(t, tsv, unicode.LittleEndian, unicode.IgnoreBOM),
		"UTF-16BE without BOM": inUTF16(t, tsv, unicode.BigEndian, unicode.IgnoreBOM),
		"UTF-8 with BOM":       "\uFEFF" + tsv,
	}
	for name, input := range tests {
		t.Run(name, func(t *testing.T) {
			c, err := ReadTSV(strings.NewReader(input), "pairs.tsv", "en", "es")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c.Pairs, want) || len(c.Skipped) != 0 {
				t.Errorf("pairs = %q, skipped %v; want %q and none skipped", c.Pairs, c.Skipped, want)
			}
		})
	}
}

func TestTextReadersRefuseWhatIsNotText(t *testing.T) {
	const good = "one\tuno\ntwo\tdos\n"
	tests := map[string]struct {
		read func() error
		want string
	}{
		"TSV, invalid UTF-8 on line 3": {
			read: func() error {
				_, err := ReadTSV(strings.NewReader(good+"thr\xffee\ttres\n"), "pairs.tsv", "en", "es")
				return err
			},
			want: "read pairs.tsv:3: invalid UTF-8 (byte 0xff at offset 3)",
		},
		"TSV, NUL on line 2": {
			read: func() error {
				_, err := ReadTSV(strings.NewReader("one\tuno\ntw\x00o\tdos\n"), "pairs.tsv", "en", "es")
				return err
			},
			want: "read pairs.tsv:2: NUL byte at offset 2 (binary data, or UTF-16 without its byte order mark?)",
		},
		"parallel, invalid UTF-8 in the target": {
			read: func() error {
				_, err := ReadParallel(strings.NewReader("one\ntwo\n"), strings.NewReader("uno\nd\xc3s\n"), "a.en", "a.es", "en", "es")
				return err
			},
			want: "read a.es:2: invalid UTF-8 (byte 0xc3 at offset 1)",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.read()
			var bad *textnorm.InputError
			if !errors.As(err, &bad) {
				t.Fatalf("error = %v, want a *textnorm.InputError", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadParallelDecodesUTF16(t *testing.T) {
	src := inUTF16(t, "Wash your hands.\nDrink water.\n", unicode.LittleEndian, unicode.UseBOM)
	tgt := inUTF16(t, "Lávese las manos.\nBeba agua.\n", unicode.BigEndian, unicode.IgnoreBOM)
	c, err := ReadParallel(strings.NewReader(src), strings.NewReader(tgt), "a.en", "a.es", "en", "es")
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{{"Wash your hands.", "Lávese las manos."}, {"Drink water.", "Beba agua."}}
	if !reflect.DeepEqual(c.Pairs, want) {
		t.Errorf("pairs = %q, want %q", c.Pairs, want)
	}
}
