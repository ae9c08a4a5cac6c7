package glossary

import (
	"errors"
	"fmt"
	"strings"
)

// Status is where a term stands in the editors' review.
type Status string

// The statuses of a term.
const (
	Draft     Status = "draft"     // proposed, not yet reviewed
	Approved  Status = "approved"  // the term to use; one per language in a concept
	Forbidden Status = "forbidden" // a term that translations must not use
)

// ErrStatus reports a status other than draft, approved or forbidden.
var ErrStatus = errors.New("unknown status")

// ParseStatus reads a status name, ignoring case and surrounding space.
func ParseStatus(s string) (Status, error) {
	st := Status(strings.ToLower(strings.TrimSpace(s)))
	if !st.Valid() {
		return "", fmt.Errorf("parse status %q: %w", s, ErrStatus)
	}
	return st, nil
}

// Valid reports whether s is one of Draft, Approved and Forbidden.
func (s Status) Valid() bool {
	return s == Draft || s == Approved || s == Forbidden
}
