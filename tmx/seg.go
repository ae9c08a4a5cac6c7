package tmx

import (
	"encoding/xml"

	"golang.org/x/text/unicode/norm"
)

// codeElements holds the inline elements whose content is native code, not
// text; sub, a text flow inside code, is dropped with it.
var codeElements = map[string]bool{
	"bpt": true, "ept": true, "ph": true, "it": true, "ut": true, "sub": true,
}

// readSeg appends to r.raw the text of the seg whose start was just read,
// without the content of code elements. Other elements, hi among them, are
// transparent: their text is kept.
func (r *Reader) readSeg() error {
	depth, code := 0, 0
	for {
		tok, _, err := r.dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			// Inside code everything nests deeper into code.
			if code > 0 || codeElements[t.Name.Local] {
				code++
			}
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
			if code > 0 {
				code--
			}
		case xml.CharData:
			if code == 0 {
				r.raw = append(r.raw, t...)
			}
		}
	}
}

// spaceWidth returns the length of the whitespace that collapses at the
// start of b, or 0: ASCII whitespace and the Unicode line breaks U+0085,
// U+2028 and U+2029. No-break and fixed-width spaces are text, not layout.
func spaceWidth(b []byte) int {
	switch {
	case len(b) == 0:
		return 0
	case b[0] == ' ', b[0] >= '\t' && b[0] <= '\r':
		return 1
	case len(b) >= 2 && b[0] == 0xC2 && b[1] == 0x85:
		return 2
	case len(b) >= 3 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0xA8 || b[2] == 0xA9):
		return 3
	}
	return 0
}

// collapseSpace appends src to dst without leading and trailing whitespace
// and with each internal run of whitespace turned into one space. It works
// on bytes: a UTF-8 lead byte is never mistaken for a continuation byte.
func collapseSpace(dst, src []byte) []byte {
	start, pending := len(dst), false
	for i := 0; i < len(src); {
		if n := spaceWidth(src[i:]); n > 0 {
			pending = len(dst) > start
			i += n
			continue
		}
		if pending {
			dst = append(dst, ' ')
			pending = false
		}
		dst = append(dst, src[i])
		i++
	}
	return dst
}

// nfc returns b as a string in normalisation form C.
func nfc(b []byte) string {
	if norm.NFC.IsNormal(b) {
		return string(b)
	}
	return string(norm.NFC.Bytes(b))
}
