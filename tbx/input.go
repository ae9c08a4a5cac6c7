package tbx

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// The first bytes that reveal how a document is encoded.
var (
	bomUTF8     = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE  = []byte{0xFF, 0xFE}
	bomUTF16BE  = []byte{0xFE, 0xFF}
	declUTF16LE = []byte{'<', 0, '?', 0}
	declUTF16BE = []byte{0, '<', 0, '?'}
)

// utf8Input returns r as UTF-8 without a byte order mark. UTF-16 shows by
// its byte order mark or by the first bytes of an XML declaration.
func utf8Input(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	// A short read is no error here: the XML decoder reports an empty or
	// failing input with a line number.
	head, _ := br.Peek(4)
	var order unicode.Endianness
	var bom unicode.BOMPolicy
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		if _, err := br.Discard(len(bomUTF8)); err != nil {
			return nil, fmt.Errorf("skip byte order mark: %w", err)
		}
		return br, nil
	case bytes.HasPrefix(head, bomUTF16LE):
		order, bom = unicode.LittleEndian, unicode.ExpectBOM
	case bytes.HasPrefix(head, bomUTF16BE):
		order, bom = unicode.BigEndian, unicode.ExpectBOM
	case bytes.Equal(head, declUTF16LE):
		order, bom = unicode.LittleEndian, unicode.IgnoreBOM
	case bytes.Equal(head, declUTF16BE):
		order, bom = unicode.BigEndian, unicode.IgnoreBOM
	default:
		return br, nil
	}
	return transform.NewReader(br, unicode.UTF16(order, bom).NewDecoder()), nil
}

// charsetReader lets encoding/xml accept the declared encodings that
// utf8Input has already turned into UTF-8.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode",
		"us-ascii", "ascii", "utf8":
		return input, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q (want UTF-8 or UTF-16)", label)
}
