package phrases

import (
	"errors"
	"fmt"
)

// DefaultMaxLength is the longest phrase, in tokens on each side, extracted by default.
const DefaultMaxLength = 7

// DefaultMaxPerSource is how many target phrases per source phrase are kept by default.
const DefaultMaxPerSource = 20

// ErrOption reports an option value that cannot be used.
var ErrOption = errors.New("invalid option")

// Options tunes extraction and pruning; the zero value selects the defaults.
type Options struct {
	// MaxLength caps the tokens on each side of a pair; 0 means DefaultMaxLength.
	MaxLength int
	// MaxPerSource keeps the best targets of each source phrase, ranked by the
	// equally weighted sum of their log scores; 0 means DefaultMaxPerSource and
	// a negative value keeps every target.
	MaxPerSource int
	// MinCount drops pairs extracted fewer times than this; 0 means 1.
	MinCount int
	// KeepUnalignedContent keeps the pairs stretched over a content word
	// left unaligned in their sentence (see content.go); by default they are
	// dropped, so that a phrase does not add or leave out meaning.
	KeepUnalignedContent bool
	// Progress, when set, is called on the building goroutine with the number
	// of sentences extracted so far and the corpus size.
	Progress func(done, total int)
}

// normalize fills in the defaults and rejects values that cannot be used.
func (o Options) normalize() (Options, error) {
	if o.MaxLength < 0 {
		return o, fmt.Errorf("check MaxLength %d: %w", o.MaxLength, ErrOption)
	}
	if o.MinCount < 0 {
		return o, fmt.Errorf("check MinCount %d: %w", o.MinCount, ErrOption)
	}
	if o.MaxLength == 0 {
		o.MaxLength = DefaultMaxLength
	}
	if o.MaxPerSource == 0 {
		o.MaxPerSource = DefaultMaxPerSource
	}
	if o.MinCount == 0 {
		o.MinCount = 1
	}
	return o, nil
}
