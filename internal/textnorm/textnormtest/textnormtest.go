// Package textnormtest builds the UTF-16 files that tests of text readers
// feed them: what Windows programs save as "Unicode text".
package textnormtest

import (
	"encoding/binary"
	"unicode/utf16"
)

// UTF16LE returns text in UTF-16, little-endian (as Notepad and Excel save
// it), led by a byte order mark when bom is true.
func UTF16LE(text string, bom bool) string { return encode(text, binary.LittleEndian, bom) }

// UTF16BE returns text in UTF-16, big-endian, led by a byte order mark when
// bom is true.
func UTF16BE(text string, bom bool) string { return encode(text, binary.BigEndian, bom) }

// encode writes each UTF-16 code unit of text in order; a byte that is not
// UTF-8 becomes U+FFFD, as Go's conversion to runes makes it.
func encode(text string, order binary.AppendByteOrder, bom bool) string {
	if bom {
		text = "\uFEFF" + text
	}
	var out []byte
	for _, unit := range utf16.Encode([]rune(text)) {
		out = order.AppendUint16(out, unit)
	}
	return string(out)
}
