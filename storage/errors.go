package storage

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/mattn/go-sqlite3"
)

// ErrNotDatabase reports a file that is not a SQLite database.
var ErrNotDatabase = errors.New("not a SQLite database")

// ErrForeignDatabase reports a SQLite database that some other program wrote.
var ErrForeignDatabase = errors.New("a SQLite database of another program, not Tafsiri's")

// ErrNewerSchema reports a database written by a newer version of Tafsiri.
var ErrNewerSchema = errors.New("database was written by a newer version of Tafsiri")

// ErrReadOnly reports a database that can be read but not changed: its
// file, its folder or the disk it is on cannot be written.
var ErrReadOnly = errors.New("read-only")

// ErrDiskFull reports a write that found no room left on the disk.
var ErrDiskFull = errors.New("disk full")

// ErrBusy reports a write that waited too long for another one to end.
var ErrBusy = errors.New("database is busy")

// fileError is a problem with the database file itself rather than with
// what is in it: read-only or disk full (kind), as SQLite or the system
// said (err).
type fileError struct {
	path string
	kind error
	err  error
}

func (e *fileError) Error() string {
	if e.kind == ErrDiskFull {
		return fmt.Sprintf("disk full: no room to write database %s (%v)", e.path, e.err)
	}
	return fmt.Sprintf("database %s is read-only (%v)", e.path, e.err)
}

func (e *fileError) Unwrap() []error { return []error{e.kind, e.err} }

// fileError names the database file in an error SQLite or the system gave
// about the file itself: a write refused because the file, its folder or its
// disk is read-only matches ErrReadOnly, one that found the disk full
// matches ErrDiskFull. Other errors, and nil, are returned as they are.
func (s *Store) fileError(err error) error { return fileProblem(s.path, err) }

func fileProblem(path string, err error) error {
	if kind := fileKind(err); kind != nil {
		return &fileError{path: path, kind: kind, err: err}
	}
	return err
}

// fileKind says whether err is about the file being unwritable
// (ErrReadOnly) or the disk full (ErrDiskFull); it returns nil otherwise.
func fileKind(err error) error {
	var fe *fileError
	var se sqlite3.Error
	switch {
	case err == nil, errors.As(err, &fe): // already named
		return nil
	case errors.As(err, &se):
		switch {
		case se.Code == sqlite3.ErrFull, se.SystemErrno == syscall.ENOSPC:
			return ErrDiskFull
		case se.Code == sqlite3.ErrReadonly, se.SystemErrno == syscall.EROFS,
			se.Code == sqlite3.ErrCantOpen && (se.SystemErrno == syscall.EACCES || se.SystemErrno == syscall.EPERM):
			return ErrReadOnly
		}
	case errors.Is(err, syscall.ENOSPC):
		return ErrDiskFull
	case errors.Is(err, syscall.EROFS), errors.Is(err, os.ErrPermission):
		return ErrReadOnly
	}
	return nil
}
