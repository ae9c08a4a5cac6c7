package xmltext

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"tafsiri/internal/textnorm"
)

// The first bytes of an XML declaration in UTF-16 without a byte order mark.
var (
	declUTF16LE = []byte{'<', 0, '?', 0}
	declUTF16BE = []byte{0, '<', 0, '?'}
)

// UTF8Reader returns r as UTF-8 without a byte order mark, detecting UTF-16
// from its byte order mark (textnorm.UTF8Reader) or from the first bytes of
// an XML declaration.
func UTF8Reader(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	// A short file is no error here: the XML decoder reports it with a line
	// number.
	head, err := br.Peek(4)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read XML declaration: %w", err)
	}
	switch {
	case bytes.Equal(head, declUTF16LE):
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()), nil
	case bytes.Equal(head, declUTF16BE):
		return transform.NewReader(br, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()), nil
	}
	return textnorm.UTF8Reader(br)
}

// CharsetReader accepts the encodings UTF8Reader already turned into UTF-8;
// encoding/xml calls it for any declared encoding other than UTF-8.
func CharsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode",
		"us-ascii", "ascii", "iso-646", "utf8":
		return input, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q (want UTF-8 or UTF-16)", label)
}
