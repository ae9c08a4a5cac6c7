package textnorm

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNewReader checks that whatever the input, NewReader gives valid UTF-8
// without NUL bytes or else an *InputError, and that UTF-8 text that holds
// no NUL comes out as it went in, less a byte order mark.
func FuzzNewReader(f *testing.F) {
	for _, seed := range []string{
		"Wash your hands.\tLávese las manos.\n",
		"\uFEFFa\tb\r\n",
		"\xff\xfea\x00\t\x00b\x00\n\x00",
		"\xfe\xff\x00a\x00\t\x00b",
		"a\x00\tb\x00\n\x00",
		"one\ntwo\xff\n",
		"\x00\x00\xfe\xff",
		"\xe4\xb8",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "fuzz.txt")
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		var bad *InputError
		if err != nil && !errors.As(err, &bad) {
			t.Fatalf("error %v is no *InputError", err)
		}
		if !utf8.Valid(got) || bytes.IndexByte(got, 0) >= 0 {
			t.Fatalf("read %q: invalid UTF-8 or a NUL byte", got)
		}
		if bad != nil && bad.Line != bytes.Count(got, []byte("\n"))+1 {
			t.Errorf("error at line %d after %d lines read", bad.Line, bytes.Count(got, []byte("\n")))
		}
		text := strings.TrimPrefix(string(data), "\uFEFF")
		if utf8.ValidString(text) && !strings.ContainsRune(text, 0) && string(got) != text {
			t.Errorf("UTF-8 text %q came out as %q", text, got)
		}
	})
}

func BenchmarkNewReader(b *testing.B) {
	data := []byte(strings.Repeat("Wash your hands with soap.\tLávese las manos con jabón.\n", 20000))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(data), "bench.tsv")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}
