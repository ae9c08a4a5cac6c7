package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mattn/go-sqlite3"

	"tafsiri/internal/closer"
)

// fileWritable returns why the database file at path cannot be opened for
// writing (read-only file or mount, no permission), or nil. Opening a file
// for writing changes nothing in it; SQLite would otherwise open such a file
// read-only without a word and fail at the first change.
func fileWritable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if kind := fileKind(err); kind != nil {
			return &fileError{path: path, kind: kind, err: err}
		}
		return nil // not about writing: opening it for writing says what it is
	}
	return f.Close()
}

// whyReadOnly returns why the database at path could not be opened for
// writing when err, what opening it for writing failed with, comes from its
// folder or disk: a read-only folder or mount (SQLite cannot create the -wal
// and -shm files WAL needs beside the database; it reports "unable to open
// database file: no such file or directory" on a read-only mount), or a full
// disk. It returns nil when err is about something else, such as a foreign
// database.
func whyReadOnly(path string, err error) error {
	kind := fileKind(err)
	var se sqlite3.Error
	if kind == nil && !errors.As(err, &se) {
		return nil
	}
	if kind == ErrDiskFull {
		return &fileError{path: path, kind: kind, err: err}
	}
	// The folder says best why: its error names the folder and the cause.
	if perr := probeFolder(filepath.Dir(path)); fileKind(perr) != nil {
		return &fileError{path: path, kind: fileKind(perr), err: perr}
	}
	if kind != nil {
		return &fileError{path: path, kind: kind, err: err}
	}
	return nil
}

// probeFolder creates and removes an empty file in dir, which fails as
// creating the -wal and -shm files would. It runs only after opening the
// database for writing failed.
func probeFolder(dir string) error {
	f, err := os.CreateTemp(dir, ".tafsiri-write-test-*")
	if err != nil {
		return err
	}
	return errors.Join(f.Close(), os.Remove(f.Name()))
}

// openReadOnly opens the database at abs for reading only; why says why it
// cannot be written. It needs no write anywhere: when SQLite cannot use
// the -shm file (none exists and the folder cannot hold one, or the disk is
// full) the file is read as immutable, as it is on a read-only mount.
// Nothing migrates a read-only database, so one whose schema is older than
// latest is refused.
func openReadOnly(ctx context.Context, abs string, latest int, why error) (*sql.DB, error) {
	db, version, err := openForReading(ctx, abs, latest, readOnly)
	if err != nil && !errors.Is(err, ErrForeignDatabase) && !errors.Is(err, ErrNewerSchema) {
		db, version, err = openForReading(ctx, abs, latest, immutable)
	}
	switch {
	case err != nil:
		return nil, fmt.Errorf("open database %s for reading: %w (opening it for writing: %w)", abs, err, why)
	case version == 0:
		err := fmt.Errorf("open database %s: it is new and cannot be set up: %w", abs, why)
		closer.Close(&err, db, "database "+abs)
		return nil, err
	case version < latest:
		err := fmt.Errorf("open database %s: its schema (version %d) must be upgraded to version %d, which needs writing: %w",
			abs, version, latest, why)
		closer.Close(&err, db, "database "+abs)
		return nil, err
	}
	return db, nil
}

// openForReading opens abs in mode (readOnly or immutable), checks what
// it holds as inspect does and returns its schema version.
func openForReading(ctx context.Context, abs string, latest int, mode access) (*sql.DB, int, error) {
	db, err := sql.Open(driverName, dsn(abs, mode))
	if err != nil {
		return nil, 0, err
	}
	version, err := inspect(ctx, db, latest)
	if err != nil {
		closer.Close(&err, db, "database "+abs)
		return nil, 0, err
	}
	return db, version, nil
}
