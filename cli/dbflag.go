package cli

import (
	"errors"
	"strings"
)

// dbValue is the --db flag. It refuses an empty name: --db "" (as a script
// writes --db "$DB" with DB unset) would otherwise open the default
// database, not the one meant, and change it.
type dbValue struct{ path *string }

// String returns the file name given, or "".
func (v dbValue) String() string {
	if v.path == nil {
		return ""
	}
	return *v.path
}

// Set keeps a non-empty file name.
func (v dbValue) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("the database file name is empty")
	}
	*v.path = s
	return nil
}
