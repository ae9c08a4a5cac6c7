package xmltext

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// ParseError is a problem in a named XML document, at a line.
type ParseError struct {
	Name string // the file name given to NewDecoder
	Line int    // the line of the problem, counting from 1
	Err  error  // the underlying error: an *xml.SyntaxError, a format's own error, ...
}

// Error returns the message "read NAME:LINE: what".
func (e *ParseError) Error() string {
	msg := e.Err.Error()
	var syn *xml.SyntaxError
	if errors.As(e.Err, &syn) {
		// The syntax error repeats the line already in front of the message.
		msg = "XML syntax error: " + syn.Msg
	}
	return fmt.Sprintf("read %s:%d: %s", e.Name, e.Line, msg)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Decoder reads the tokens of a named XML document in UTF-8 or UTF-16 and
// reports every failure as a *ParseError with its line.
type Decoder struct {
	dec  *xml.Decoder
	name string
}

// NewDecoder reads r, whose name (usually the file name) prefixes every error.
func NewDecoder(r io.Reader, name string) (*Decoder, error) {
	in, err := UTF8Reader(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	dec := xml.NewDecoder(in)
	dec.CharsetReader = CharsetReader
	return &Decoder{dec: dec, name: name}, nil
}

// Token returns the next token and the line where it starts. It reports the
// end of the input as io.ErrUnexpectedEOF: the formats stop reading at the
// end of their root element, so none expects it.
func (d *Decoder) Token() (xml.Token, int, error) {
	line, _ := d.dec.InputPos()
	tok, err := d.dec.Token()
	if errors.Is(err, io.EOF) {
		return nil, line, d.ErrorAt(line, io.ErrUnexpectedEOF)
	}
	if err != nil {
		return nil, line, d.ErrorAt(line, err)
	}
	return tok, line, nil
}

// Skip skips the rest of the element whose start was just read.
func (d *Decoder) Skip() error {
	line, _ := d.dec.InputPos()
	if err := d.dec.Skip(); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return d.ErrorAt(line, err)
	}
	return nil
}

// ErrorAt wraps err in a *ParseError at line, or at the line a syntax error names.
func (d *Decoder) ErrorAt(line int, err error) error {
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		line = syn.Line
	}
	return &ParseError{Name: d.name, Line: line, Err: err}
}
