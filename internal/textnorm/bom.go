package textnorm

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Byte order marks.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// sniffBytes is how much of the input Decode looks at to tell UTF-16
// without a byte order mark from UTF-8.
const sniffBytes = 4 << 10

// encoding is how an input's text is encoded.
type encoding int

const (
	encUTF8 encoding = iota
	encUTF16LE
	encUTF16BE
)

// sniff returns the encoding of an input from its first bytes and the
// length of its byte order mark. Without a mark, UTF-16 shows in its NUL
// bytes (our text files never hold one): see utf16Score.
func sniff(head []byte) (encoding, int) {
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		return encUTF8, len(bomUTF8)
	case bytes.HasPrefix(head, bomUTF16LE):
		return encUTF16LE, len(bomUTF16LE)
	case bytes.HasPrefix(head, bomUTF16BE):
		return encUTF16BE, len(bomUTF16BE)
	case bytes.IndexByte(head, 0) < 0:
		return encUTF8, 0
	}
	le, leOK := utf16Score(head, 1)
	be, beOK := utf16Score(head, 0)
	switch {
	case leOK && (!beOK || le > be):
		return encUTF16LE, 0
	case beOK && (!leOK || be > le):
		return encUTF16BE, 0
	}
	// NUL bytes that are no UTF-16: the checking reader refuses them.
	return encUTF8, 0
}

// utf16Score reads head as UTF-16 whose high byte of each code unit is at
// index hi (1 for little-endian, 0 for big-endian) and returns how many
// code units are ASCII characters other than NUL, and whether it looks like
// UTF-16 text: no surrogate without its partner (except one cut at the
// end), and at least two ASCII characters, one in 64 characters. Random
// bytes fail the first test, UTF-8 text with a stray NUL the second; text
// in UTF-16, whatever its script, has ASCII line breaks and tabs. A U+0000
// is left to the checking reader, which refuses it at its line.
func utf16Score(head []byte, hi int) (int, bool) {
	ascii := 0
	high := false // the previous unit was a high surrogate
	for i := 0; i+1 < len(head); i += 2 {
		u := uint16(head[i+hi])<<8 | uint16(head[i+1-hi])
		isHigh, isLow := u >= 0xD800 && u < 0xDC00, u >= 0xDC00 && u < 0xE000
		switch {
		case high != isLow:
			return 0, false
		case u != 0 && u < 0x80:
			ascii++
		}
		high = isHigh
	}
	return ascii, ascii >= 2 && ascii*64 >= len(head)/2
}

// decoder returns the transformer that turns text in enc into UTF-8, or
// nil for UTF-8. A byte order mark is left out by the caller.
func decoder(enc encoding) transform.Transformer {
	switch enc {
	case encUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	case encUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	}
	return nil
}

// Decode returns r as UTF-8 without a byte order mark, decoding UTF-16
// that a byte order mark announces (as in the "Unicode text" spreadsheets
// save) or that its NUL bytes show. It does not check the text: NewReader
// does, and XML parsers check it themselves.
func Decode(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	// A short file is no error here: the caller's reading reports it where it
	// can say where.
	head, err := br.Peek(sniffBytes)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read start of input: %w", err)
	}
	enc, bom := sniff(head)
	if _, err := br.Discard(bom); err != nil {
		return nil, fmt.Errorf("skip byte order mark: %w", err)
	}
	if t := decoder(enc); t != nil {
		return bufio.NewReaderSize(transform.NewReader(br, t), 64<<10), nil
	}
	return br, nil
}

// DecodeHead returns the first bytes of a file as UTF-8 text without a byte
// order mark, as Decode would read them; a character cut at the end may
// come out as U+FFFD.
func DecodeHead(head []byte) string {
	enc, bom := sniff(head)
	t := decoder(enc)
	if t == nil {
		return string(head[bom:])
	}
	// An odd last byte is half a character: leave it out.
	even := head[bom : bom+(len(head)-bom)&^1]
	text, _, err := transform.Bytes(t, even)
	if err != nil {
		return ""
	}
	return string(text)
}
