package decoder

import (
	"errors"
	"fmt"
)

// ErrInvalidOption reports an option the decoder cannot use.
var ErrInvalidOption = errors.New("invalid option")

// ErrInvalidArgument reports a sentence length, weight vector or n-best size that cannot be used.
var ErrInvalidArgument = errors.New("invalid argument")

// ErrUncovered reports a source token that no option translates.
var ErrUncovered = errors.New("no option covers token")

// ErrNoTiling reports options that cover every token but cannot be chained
// into a translation of the whole sentence.
var ErrNoTiling = errors.New("no option sequence continues from token")

// CoverageError names the source position where the options fall short;
// Err is ErrUncovered or ErrNoTiling.
type CoverageError struct {
	Pos int   // source token position
	Err error // ErrUncovered or ErrNoTiling
}

// Error describes the position and the cause.
func (e *CoverageError) Error() string {
	return fmt.Sprintf("%v %d", e.Err, e.Pos)
}

// Unwrap returns the cause, so errors.Is(err, ErrUncovered) works.
func (e *CoverageError) Unwrap() error { return e.Err }

// ErrNoTranslation reports that every way of translating the sentence was
// vetoed (each one contains a Config.Forbidden sequence).
var ErrNoTranslation = errors.New("every translation contains a forbidden sequence")
