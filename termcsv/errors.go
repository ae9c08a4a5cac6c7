package termcsv

import (
	"errors"
	"fmt"
)

// Errors a *ParseError may wrap.
var (
	// ErrHeader reports a header row the reader cannot use.
	ErrHeader = errors.New("unusable header")
	// ErrEncoding reports a line that is not UTF-8 text.
	ErrEncoding = errors.New("not UTF-8 text (save the file as UTF-8)")
	// ErrQuote reports a quoted field that is still open at the end of the file.
	ErrQuote = errors.New("quoted field not closed")
)

// ParseError reports a problem at a line of a file.
type ParseError struct {
	Name string // the file name given to the reader
	Line int    // the line of the problem, counting from 1
	Err  error  // the underlying error: ErrHeader, ErrEncoding, ...
}

// Error returns the message "read NAME:LINE: what".
func (e *ParseError) Error() string {
	return fmt.Sprintf("read %s:%d: %v", e.Name, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
