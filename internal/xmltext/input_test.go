package xmltext

import (
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf16"
)

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

func TestUTF8ReaderReportsAFailedRead(t *testing.T) {
	errDisk := errors.New("disk gone")
	_, err := UTF8Reader(&failOnce{err: errDisk})
	if !errors.Is(err, errDisk) {
		t.Errorf("error = %v, want it to wrap %v", err, errDisk)
	}
}

// utf16LE returns text in UTF-16LE without a byte order mark.
func utf16LE(text string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(text)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}

func TestDecoderRefusesWhatIsNotText(t *testing.T) {
	tests := map[string]struct {
		doc      string
		wantLine int
	}{
		"invalid UTF-8 on line 3":       {doc: "<a>\n<b>x</b>\n<b>\xff</b>\n</a>", wantLine: 3},
		"NUL on line 2":                 {doc: "<a>\n<b>\x00</b>\n</a>", wantLine: 2},
		"NUL in UTF-16 without a BOM":   {doc: utf16LE("<a>\n<b>\x00</b>\n</a>"), wantLine: 2},
		"invalid UTF-8 in an attribute": {doc: "<a>\n\n<b c=\"\xc3(\"/>\n</a>", wantLine: 3},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := readTokens(t, tt.doc)
			var perr *ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("error = %v, want a *ParseError", err)
			}
			if perr.Line != tt.wantLine {
				t.Errorf("line = %d, want %d (%v)", perr.Line, tt.wantLine, err)
			}
		})
	}
}

func TestDecoderReadsUTF16WithoutDeclaration(t *testing.T) {
	if err := readTokens(t, utf16LE("<a>\n<b>x</b>\n</a>")); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("error = %v, want only the end of the input", err)
	}
}

// readTokens reads doc to its end and returns the error that ended it.
func readTokens(tb testing.TB, doc string) error {
	tb.Helper()
	d, err := NewDecoder(strings.NewReader(doc), "doc.xml")
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, _, err := d.Token(); err != nil {
			return err
		}
	}
}
