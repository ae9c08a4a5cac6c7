package tbx

import (
	"errors"

	"tafsiri/internal/xmltext"
)

// ErrNotTBX reports a document whose root element is neither martif nor tbx.
var ErrNotTBX = errors.New("not a TBX document")

// ParseError is a problem in a TBX file at a line; its message reads
// "read NAME:LINE: what" and Unwrap gives the cause.
type ParseError = xmltext.ParseError
