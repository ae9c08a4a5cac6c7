package translate

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"tafsiri/internal/textnorm"
	"tafsiri/internal/textnorm/textnormtest"
)

func TestReadTSVDecodesUTF16(t *testing.T) {
	const tsv = "Wash your hands.\tLávese las manos.\r\nDrink water.\tBeba agua.\r\n"
	want := []Pair{{"Wash your hands.", "Lávese las manos."}, {"Drink water.", "Beba agua."}}
	tests := map[string]string{
		"UTF-16LE with BOM":    textnormtest.UTF16LE(tsv, true),
		"UTF-16BE with BOM":    textnormtest.UTF16BE(tsv, true),
		"UTF-16LE without BOM": textnormtest.UTF16LE(tsv, false),
		"UTF-16BE without BOM": textnormtest.UTF16BE(tsv, false),
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
	src := textnormtest.UTF16LE("Wash your hands.\nDrink water.\n", true)
	tgt := textnormtest.UTF16BE("Lávese las manos.\nBeba agua.\n", false)
	c, err := ReadParallel(strings.NewReader(src), strings.NewReader(tgt), "a.en", "a.es", "en", "es")
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{{"Wash your hands.", "Lávese las manos."}, {"Drink water.", "Beba agua."}}
	if !reflect.DeepEqual(c.Pairs, want) {
		t.Errorf("pairs = %q, want %q", c.Pairs, want)
	}
}
