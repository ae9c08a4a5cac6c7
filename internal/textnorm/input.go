package textnorm

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// ErrNotText is what every *InputError wraps: input that is neither UTF-8
// nor UTF-16 text.
var ErrNotText = errors.New("not UTF-8 or UTF-16 text")

// InputError reports the first byte of an input that is not text: a byte
// that is no part of valid UTF-8, or a NUL byte (binary data, or UTF-16
// that could not be recognised).
type InputError struct {
	Name   string // the name given to NewReader, usually the file name; may be empty
	Line   int    // the line of the byte, counting from 1
	Offset int    // the byte's offset in its line (in UTF-8), counting from 0
	Byte   byte   // the byte: 0 for a NUL, else the first byte of invalid UTF-8
}

// Error returns "read NAME:LINE: what", or "line LINE: what" without a name.
func (e *InputError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Detail())
	}
	return fmt.Sprintf("read %s:%d: %s", e.Name, e.Line, e.Detail())
}

// Detail returns what is wrong without where: "invalid UTF-8 (byte 0xff at
// offset 3)", for callers that place the error in their own file:line.
func (e *InputError) Detail() string {
	if e.Byte == 0 {
		return fmt.Sprintf("NUL byte at offset %d (binary data, or UTF-16 without its byte order mark?)", e.Offset)
	}
	return fmt.Sprintf("invalid UTF-8 (byte 0x%02x at offset %d)", e.Byte, e.Offset)
}

// Unwrap returns ErrNotText.
func (e *InputError) Unwrap() error { return ErrNotText }

// NewReader returns r as checked UTF-8 text without a byte order mark,
// decoded as Decode does: reading it fails with an *InputError, under name,
// at the first byte that is not valid UTF-8 or is NUL, after every byte
// before it. Every reader of text files and of typed input goes through it,
// so that UTF-16 is read, not misread, and other bytes are refused.
func NewReader(r io.Reader, name string) (io.Reader, error) {
	br, err := Decode(r)
	if err != nil {
		return nil, err
	}
	return transform.NewReader(br, &checker{name: name, line: 1}), nil
}

// checker is a transformer that copies UTF-8 text and stops with an
// *InputError at the first byte that is not text.
type checker struct {
	name   string
	line   int // the line of the next byte, from 1
	offset int // the offset of the next byte in its line, from 0
}

// Reset starts again at the first line.
func (c *checker) Reset() { c.line, c.offset = 1, 0 }

// Transform copies the longest prefix of src that is text and fits in dst.
func (c *checker) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	n, bad := 0, false
	var err error
	for limit := min(len(src), len(dst)); n < limit; {
		b := src[n]
		if b < utf8.RuneSelf {
			if b == 0 {
				bad = true
				break
			}
			n++
			continue
		}
		r, size := utf8.DecodeRune(src[n:])
		if r == utf8.RuneError && size == 1 {
			// An incomplete sequence may be completed by the next bytes.
			if !atEOF && !utf8.FullRune(src[n:]) {
				err = transform.ErrShortSrc
			} else {
				bad = true
			}
			break
		}
		if n+size > len(dst) {
			break
		}
		n += size
	}
	if err == nil && !bad && n < len(src) {
		err = transform.ErrShortDst
	}
	copy(dst, src[:n])
	c.advance(src[:n])
	if bad {
		err = c.errorAt(src[n])
	}
	return n, n, err
}

// advance moves the position past text.
func (c *checker) advance(text []byte) {
	last := bytes.LastIndexByte(text, '\n')
	if last < 0 {
		c.offset += len(text)
		return
	}
	c.line += bytes.Count(text, []byte{'\n'})
	c.offset = len(text) - last - 1
}

// errorAt returns the *InputError for the byte b at the current position.
func (c *checker) errorAt(b byte) error {
	return &InputError{Name: c.name, Line: c.line, Offset: c.offset, Byte: b}
}
