package tokenize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	zwnj = '\u200C' // zero width non-joiner: spelling in Persian, Kurdish, Indic scripts
	zwj  = '\u200D' // zero width joiner: conjunct forms, emoji sequences
)

// Normalize cleans text for tokenizing: bytes that are not UTF-8 become
// U+FFFD, every run of whitespace or control characters (tabs, newlines, NBSP,
// ideographic space...) becomes one space, the ends are trimmed, invisible
// format characters (zero width space, BOM, soft hyphen, direction marks) are
// removed, and the result is in Unicode NFC. ZWJ and ZWNJ are kept inside
// words, where they change spelling; next to a space or an end they join
// nothing and are dropped. Normalize(Normalize(s)) == Normalize(s).
func Normalize(text string) string {
	if clean, ascii := needsCleaning(text); !clean {
		if ascii {
			return text // ASCII is NFC
		}
		return norm.NFC.String(text) // returns text itself when it is already NFC
	}
	buf := make([]byte, 0, len(text))
	pendingSpace := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case isSpaceLike(r):
			buf = trimJoiners(buf)
			pendingSpace = len(buf) > 0
			continue
		case isInvisible(r):
			continue
		case (r == zwj || r == zwnj) && (len(buf) == 0 || pendingSpace):
			continue
		}
		if pendingSpace {
			buf = append(buf, ' ')
			pendingSpace = false
		}
		buf = utf8.AppendRune(buf, r) // a bad byte decodes as U+FFFD
	}
	buf = trimJoiners(buf)
	return norm.NFC.String(string(buf))
}

// needsCleaning tells whether Normalize has more to do than NFC, and whether
// text is all ASCII.
func needsCleaning(text string) (clean, ascii bool) {
	prevSpace, ascii := true, true // a space or joiner at the start needs trimming
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return true, false
				}
				prevSpace = true
			} else if c < 0x20 || c == 0x7F {
				return true, false
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 || isSpaceLike(r) || isInvisible(r) {
			return true, false
		}
		if r == zwj || r == zwnj {
			if prevSpace || i+size == len(text) || text[i+size] == ' ' {
				return true, false
			}
		}
		prevSpace = false
		i += size
	}
	return prevSpace && len(text) > 0, ascii
}

// trimJoiners drops ZWJ and ZWNJ from the end of buf: before a space they join nothing.
func trimJoiners(buf []byte) []byte {
	for {
		r, size := utf8.DecodeLastRune(buf)
		if r != zwj && r != zwnj {
			return buf
		}
		buf = buf[:len(buf)-size]
	}
}

// isSpaceLike reports whitespace and control characters, which all separate words.
func isSpaceLike(r rune) bool {
	return r < 0x20 || r >= 0x7F && r <= 0x9F || unicode.IsSpace(r)
}

// isInvisible reports format characters that carry no letters and only get
// in the way of matching: zero width space, word joiner, BOM, soft hyphen and
// the bidirectional marks, embeddings and isolates.
func isInvisible(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case r == 0xAD, r == 0x061C, r == 0x200B, r == 0x200E, r == 0x200F, r == 0xFEFF:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x206F:
		return true
	}
	return false
}
