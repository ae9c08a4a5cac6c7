// Package closer closes what a function opened without losing the error:
// `defer closer.Close(&err, f, name)` in a function with a named error result.
package closer

import (
	"errors"
	"fmt"
	"io"
)

// Close closes c and adds its error, as "close what: …", to *err: alone when
// *err is nil, joined after it otherwise, so the first failure stays first.
func Close(err *error, c io.Closer, what string) {
	cerr := c.Close()
	if cerr == nil {
		return
	}
	cerr = fmt.Errorf("close %s: %w", what, cerr)
	if *err == nil {
		*err = cerr
		return
	}
	*err = errors.Join(*err, cerr)
}
