package tbx

import (
	"encoding/xml"
	"errors"
	"fmt"
)

// ErrNotTBX reports a document whose root element is neither martif nor tbx.
var ErrNotTBX = errors.New("not a TBX document")

// ParseError reports a problem at a line of a TBX file.
type ParseError struct {
	Name string // the file name given to NewReader
	Line int    // the line of the problem, counting from 1
	Err  error  // the underlying error: an *xml.SyntaxError, ErrNotTBX, ...
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
