package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"syscall"

	"tafsiri/internal/closer"
)

// applicationID marks a SQLite file as Tafsiri's ("TAFS"); set by migration 0001.
const applicationID = 0x54414653

// sqliteMagic is the first 16 bytes of every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Store is an open Tafsiri database.
type Store struct {
	db   *sql.DB
	path string
}

// Open opens the database at path, creating it if it does not exist, and
// brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if errEmbeddedMigrations != nil {
		return nil, errEmbeddedMigrations
	}
	return open(ctx, path, embeddedMigrations)
}

func open(ctx context.Context, path string, migrations []migration) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := prepareFile(abs); err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	// Inspect read-only first: a file this build must refuse is never opened for writing.
	if err := inspect(ctx, abs, len(migrations)); err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	db, err := sql.Open(driverName, dsn(abs, false))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	if err := db.PingContext(ctx); err != nil {
		err = fmt.Errorf("open database %s: %w", abs, err)
		closer.Close(&err, db, "database "+abs)
		return nil, err
	}
	if err := migrate(ctx, db, migrations); err != nil {
		err = fmt.Errorf("migrate database %s: %w", abs, err)
		closer.Close(&err, db, "database "+abs)
		return nil, err
	}
	return &Store{db: db, path: abs}, nil
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database %s: %w", s.path, err)
	}
	return nil
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// dsn builds the driver's connection string. WAL lets the window and a command
// line run share the file; writers take the lock up front (BEGIN IMMEDIATE) so
// two processes never deadlock upgrading a read lock.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", "5000")
	if readOnly {
		q.Set("mode", "ro")
	} else {
		q.Set("_foreign_keys", "1")
		q.Set("_journal_mode", "WAL")
		q.Set("_synchronous", "NORMAL")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// prepareFile makes sure path is a regular file that SQLite may use: an
// existing SQLite file, or a new empty one (SQLite treats an empty file as an
// empty database). Anything else is refused before SQLite touches it.
func prepareFile(path string) (err error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return createEmpty(path)
	case errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("%s is not a folder", filepath.Dir(path))
	case err != nil:
		return err
	case info.IsDir():
		return errors.New("is a directory")
	case !info.Mode().IsRegular():
		return errors.New("is not a regular file")
	case info.Size() == 0:
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer closer.Close(&err, f, path)
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteMagic) {
		return ErrNotDatabase
	}
	return nil
}

func createEmpty(path string) error {
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("folder %s: %w", dir, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("create file: %w", err)
	}
	return f.Close()
}

// inspect refuses a database this build must not write to: a foreign SQLite
// database, or one whose schema is newer than the newest migration known here.
func inspect(ctx context.Context, path string, latest int) (err error) {
	db, err := sql.Open(driverName, dsn(path, true))
	if err != nil {
		return err
	}
	defer closer.Close(&err, db, "database "+path)
	var appID, objects int
	if err := db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID); err != nil {
		return fmt.Errorf("read header: %w", err)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&objects); err != nil {
		return fmt.Errorf("read schema: %w", err)
	}
	if objects == 0 {
		return nil // a new, empty database
	}
	if appID != applicationID {
		return ErrForeignDatabase
	}
	version, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if version > latest {
		return fmt.Errorf("%w: schema version %d, this build knows up to %d; install the newer Tafsiri",
			ErrNewerSchema, version, latest)
	}
	return nil
}
