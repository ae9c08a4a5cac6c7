package tmx

import (
	"errors"

	"tafsiri/internal/xmltext"
)

// ErrNotTMX reports a document whose root element is not tmx.
var ErrNotTMX = errors.New("not a TMX document")

// ErrVersion reports a tmx root whose version is not 1.1 to 1.4b.
var ErrVersion = errors.New("unsupported TMX version")

// ParseError is a problem in a TMX file at a line; its message reads
// "read NAME:LINE: what" and Unwrap gives the cause.
type ParseError = xmltext.ParseError
