package textnorm

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"tafsiri/internal/textnorm/textnormtest"
)

// readAll reads input through NewReader.
func readAll(tb testing.TB, input, name string) (string, error) {
	tb.Helper()
	r, err := NewReader(strings.NewReader(input), name)
	if err != nil {
		tb.Fatal(err)
	}
	got, err := io.ReadAll(r)
	return string(got), err
}

func TestNewReaderDecodes(t *testing.T) {
	const tsv = "Wash your hands.\tLavez-vous les mains.\r\nDrink water.\tBuvez de l'eau.\n"
	const cjk = "一二三\t一个\n中文\t日本語\n"
	long := strings.Repeat("ab é 一 😷\t", 3000) + "\n" // characters cut at every buffer edge
	tests := map[string]struct {
		input, want string
	}{
		"UTF-8":                       {input: tsv, want: tsv},
		"UTF-8 with BOM":              {input: "\uFEFF" + tsv, want: tsv},
		"UTF-16LE with BOM":           {input: textnormtest.UTF16LE(tsv, true), want: tsv},
		"UTF-16BE with BOM":           {input: textnormtest.UTF16BE(tsv, true), want: tsv},
		"UTF-16LE without BOM":        {input: textnormtest.UTF16LE(tsv, false), want: tsv},
		"UTF-16BE without BOM":        {input: textnormtest.UTF16BE(tsv, false), want: tsv},
		"Chinese UTF-16LE, no BOM":    {input: textnormtest.UTF16LE(cjk, false), want: cjk},
		"Chinese UTF-16BE, no BOM":    {input: textnormtest.UTF16BE(cjk, false), want: cjk},
		"XML in UTF-16LE, no BOM":     {input: textnormtest.UTF16LE("<?xml version=\"1.0\"?><a/>", false), want: "<?xml version=\"1.0\"?><a/>"},
		"long UTF-8":                  {input: long, want: long},
		"long UTF-16LE":               {input: textnormtest.UTF16LE(long, true), want: long},
		"only a BOM":                  {input: "\uFEFF", want: ""},
		"empty":                       {input: "", want: ""},
		"BOM inside the text is kept": {input: "a\uFEFFb", want: "a\uFEFFb"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := readAll(t, tt.input, "in.txt")
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNewReaderRefusesWhatIsNotText(t *testing.T) {
	tests := map[string]struct {
		input    string
		want     InputError // without Name
		wantRead string     // the text read before the error
	}{
		"invalid byte on line 3":  {input: "a\tb\nc\td\ne\xff\tf\n", want: InputError{Line: 3, Offset: 1, Byte: 0xff}, wantRead: "a\tb\nc\td\ne"},
		"offset after multibyte":  {input: "éé\xc3(", want: InputError{Line: 1, Offset: 4, Byte: 0xc3}, wantRead: "éé"},
		"cut at the end":          {input: "ok\n\xe4\xb8", want: InputError{Line: 2, Offset: 0, Byte: 0xe4}, wantRead: "ok\n"},
		"NUL in UTF-8 text":       {input: "one\ntwo\x00\n", want: InputError{Line: 2, Offset: 3}, wantRead: "one\ntwo"},
		"NULs that are no UTF-16": {input: "a\x00\x00\x00b\n", want: InputError{Line: 1, Offset: 1}, wantRead: "a"},
		"NUL decoded from UTF-16": {input: "\xff\xfea\x00\x00\x00", want: InputError{Line: 1, Offset: 1}, wantRead: "a"},
		"after the buffer edges": {input: strings.Repeat("é\n", 5000) + "\x80", want: InputError{Line: 5001, Offset: 0, Byte: 0x80},
			wantRead: strings.Repeat("é\n", 5000)},
		"random bytes": {input: "\x8f\x00\xd8\x41\x00\x00\xde\xad", want: InputError{Line: 1, Offset: 0, Byte: 0x8f}, wantRead: ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			read, err := readAll(t, tt.input, "")
			var got *InputError
			if !errors.As(err, &got) {
				t.Fatalf("error = %v, want an *InputError", err)
			}
			if *got != tt.want {
				t.Errorf("error = %+v, want %+v", *got, tt.want)
			}
			if !errors.Is(err, ErrNotText) {
				t.Errorf("error %v does not wrap ErrNotText", err)
			}
			if read != tt.wantRead {
				t.Errorf("read %q before the error, want %q", read, tt.wantRead)
			}
		})
	}
}

func TestInputErrorMessage(t *testing.T) {
	tests := map[string]struct {
		err  InputError
		want string
	}{
		"invalid UTF-8": {err: InputError{Line: 12, Offset: 3, Byte: 0xff}, want: "line 12: invalid UTF-8 (byte 0xff at offset 3)"},
		"with a name":   {err: InputError{Name: "pairs.tsv", Line: 12, Offset: 3, Byte: 0xff}, want: "read pairs.tsv:12: invalid UTF-8 (byte 0xff at offset 3)"},
		"NUL": {err: InputError{Name: "pairs.tsv", Line: 2, Offset: 0},
			want: "read pairs.tsv:2: NUL byte at offset 0 (binary data, or UTF-16 without its byte order mark?)"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNewReaderNamesTheInput(t *testing.T) {
	_, err := readAll(t, "a\nb\nc\xff\n", "pairs.tsv")
	if got, want := fmt.Sprint(err), "read pairs.tsv:3: invalid UTF-8 (byte 0xff at offset 1)"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

// failOnce fails its first read with err and ends after that: a read error
// that a second read would not see again.
type failOnce struct {
	err    error
	failed bool
}

func (f *failOnce) Read([]byte) (int, error) {
	if f.failed {
		return 0, io.EOF
	}
	f.failed = true
	return 0, f.err
}

func TestNewReaderReportsAFailedRead(t *testing.T) {
	errDisk := errors.New("disk gone")
	_, err := NewReader(&failOnce{err: errDisk}, "in.txt")
	if !errors.Is(err, errDisk) {
		t.Errorf("error = %v, want it to wrap %v", err, errDisk)
	}
}

func TestDecodeHead(t *testing.T) {
	const text = "en\tfr\nhouse\tmaison\n"
	tests := map[string]struct {
		head, want string
	}{
		"UTF-8":                        {head: text, want: text},
		"UTF-8 with BOM":               {head: "\uFEFF" + text, want: text},
		"UTF-16LE with BOM":            {head: textnormtest.UTF16LE(text, true), want: text},
		"UTF-16BE without BOM":         {head: textnormtest.UTF16BE(text, false), want: text},
		"UTF-16LE cut in a character":  {head: textnormtest.UTF16LE(text, true)[:7], want: "en"},
		"UTF-16LE without BOM, cut":    {head: textnormtest.UTF16LE("<tbx>", false)[:5], want: "<t"},
		"NUL bytes that are no UTF-16": {head: "a\x00\x00b", want: "a\x00\x00b"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := DecodeHead([]byte(tt.head)); got != tt.want {
				t.Errorf("DecodeHead(%q) = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}

func ExampleNewReader() {
	// "Unicode text" as a spreadsheet saves it: UTF-16LE with a byte order mark.
	r, err := NewReader(strings.NewReader("\xff\xfeh\x00i\x00\n\x00"), "hi.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	text, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", text, err)

	r, err = NewReader(strings.NewReader("one\ntwo\nthr\xffee\n"), "bad.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = io.ReadAll(r)
	fmt.Println(err)
	// Output:
	// "hi\n" <nil>
	// read bad.txt:3: invalid UTF-8 (byte 0xff at offset 3)
}
