package xmltext

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Byte sequences that reveal the encoding at the start of a document.
var (
	bomUTF8     = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE  = []byte{0xFF, 0xFE}
	bomUTF16BE  = []byte{0xFE, 0xFF}
	declUTF16LE = []byte{'<', 0, '?', 0}
	declUTF16BE = []byte{0, '<', 0, '?'}
)

// UTF8Reader returns r as UTF-8 without a byte order mark, detecting UTF-16
// from its byte order mark or from the first bytes of an XML declaration.
func UTF8Reader(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	// A short or failing read is not an error here: the XML decoder reports
	// the same condition with a line number.
	head, _ := br.Peek(4)
	var enc unicode.Endianness
	var bom unicode.BOMPolicy
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		if _, err := br.Discard(len(bomUTF8)); err != nil {
			return nil, fmt.Errorf("skip byte order mark: %w", err)
		}
		return br, nil
	case bytes.HasPrefix(head, bomUTF16LE):
		enc, bom = unicode.LittleEndian, unicode.ExpectBOM
	case bytes.HasPrefix(head, bomUTF16BE):
		enc, bom = unicode.BigEndian, unicode.ExpectBOM
	case bytes.Equal(head, declUTF16LE):
		enc, bom = unicode.LittleEndian, unicode.IgnoreBOM
	case bytes.Equal(head, declUTF16BE):
		enc, bom = unicode.BigEndian, unicode.IgnoreBOM
	default:
		return br, nil
	}
	return transform.NewReader(br, unicode.UTF16(enc, bom).NewDecoder()), nil
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
