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

// UTF8Reader returns r as UTF-8 without a byte order mark, decoding UTF-16
// when a byte order mark announces it (as in the "Unicode text" that
// spreadsheets save, or TMX files some tools write).
func UTF8Reader(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	// A short file is no error here: the caller's reading reports it where it
	// can say where.
	head, err := br.Peek(3)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read byte order mark: %w", err)
	}
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		if _, err := br.Discard(len(bomUTF8)); err != nil {
			return nil, fmt.Errorf("skip byte order mark: %w", err)
		}
		return br, nil
	case bytes.HasPrefix(head, bomUTF16LE):
		order = unicode.LittleEndian
	case bytes.HasPrefix(head, bomUTF16BE):
		order = unicode.BigEndian
	default:
		return br, nil
	}
	dec := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder()
	return bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10), nil
}

// DecodeHead returns the first bytes of a file as UTF-8 text without a byte
// order mark, as UTF8Reader would read them; a character cut at the end may
// come out as U+FFFD.
func DecodeHead(head []byte) string {
	var order unicode.Endianness
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		return string(head[len(bomUTF8):])
	case bytes.HasPrefix(head, bomUTF16LE):
		order = unicode.LittleEndian
	case bytes.HasPrefix(head, bomUTF16BE):
		order = unicode.BigEndian
	default:
		return string(head)
	}
	// An odd last byte is half a character: leave it out.
	even := head[:len(head)&^1]
	text, _, err := transform.Bytes(unicode.UTF16(order, unicode.ExpectBOM).NewDecoder(), even)
	if err != nil {
		return ""
	}
	return string(text)
}
