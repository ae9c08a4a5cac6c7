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
	"strconv"
	"syscall"
	"time"

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
	// readOnly says why the database could only be opened for reading (it
	// matches ErrReadOnly or ErrDiskFull); nil when it can be written.
	readOnly error
	busy     busyWrites // see WhenBusy
	repaired []string   // what opening removed: models interrupted saves left (see withRepairs)
}

// Open opens the database at path, creating it if it does not exist, and
// brings its schema up to date. A database that cannot be written (a
// read-only file, folder or mount, or a full disk) is opened for reading:
// ReadOnly says why, and every change fails with that reason.
func Open(ctx context.Context, path string) (*Store, error) {
	return OpenWith(ctx, path, OpenOptions{})
}

// OpenOptions are the choices of OpenWith.
type OpenOptions struct {
	// WhenBusy is the store's WhenBusy notice from the start, so that it is
	// heard when opening waits for another process's write too: to upgrade
	// the schema, or to remove the models an interrupted save left.
	WhenBusy func(waiting bool)
}

// OpenWith is Open with the choices in opt.
func OpenWith(ctx context.Context, path string, opt OpenOptions) (*Store, error) {
	if errEmbeddedMigrations != nil {
		return nil, errEmbeddedMigrations
	}
	return open(ctx, path, embeddedMigrations, opt)
}

func open(ctx context.Context, path string, migrations []migration, opt OpenOptions) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := prepareFile(abs); err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	st := &Store{path: abs}
	st.WhenBusy(opt.WhenBusy)
	why := fileWritable(abs)
	if why == nil {
		db, err := openReadWrite(ctx, abs, migrations, st.noticeBusy)
		if err == nil {
			st.db = db
			return withRepairs(ctx, st)
		}
		if why = whyReadOnly(abs, err); why == nil {
			return nil, err
		}
	}
	db, err := openReadOnly(ctx, abs, len(migrations), why)
	if err != nil {
		return nil, err
	}
	st.db, st.readOnly = db, why
	return st, nil
}

// openReadWrite opens the database for writing and migrates it; a
// migration that waits for another process's write tells notice.
func openReadWrite(ctx context.Context, abs string, migrations []migration, notice func(waiting bool)) (*sql.DB, error) {
	// Inspect read-only first: a file this build must refuse is never opened for writing.
	if err := inspectFile(ctx, abs, len(migrations)); err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	db, err := sql.Open(driverName, dsn(abs, readWrite))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	if err := pingWaiting(ctx, db); err != nil {
		err = fmt.Errorf("open database %s: %w", abs, err)
		closer.Close(&err, db, "database "+abs)
		return nil, err
	}
	begin := func(ctx context.Context) (*sql.Tx, error) { return beginWaiting(ctx, db, abs, notice) }
	if err := migrate(ctx, db, migrations, begin); err != nil {
		err = fmt.Errorf("migrate database %s: %w", abs, err)
		closer.Close(&err, db, "database "+abs)
		return nil, err
	}
	return db, nil
}

// pingWaiting opens db's first connection, which switches a new file to WAL
// (dsn). The switch needs the file to itself, and SQLite reports another
// connection's lock at once as busy, without waiting as its busy timeout
// says: two stores opening one new file at the same moment met it. So
// pingWaiting tries again, briefly pausing, for as long as that timeout.
func pingWaiting(ctx context.Context, db *sql.DB) error {
	start := time.Now()
	for {
		err := db.PingContext(ctx)
		if !isBusy(err) || time.Since(start) >= busyTimeout {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// ReadOnly returns why the database could only be opened for reading (an
// error matching ErrReadOnly or ErrDiskFull), or nil when it can be written.
func (s *Store) ReadOnly() error { return s.readOnly }

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database %s: %w", s.path, err)
	}
	return nil
}

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// access is how a connection opens the file.
type access int

const (
	readWrite access = iota
	readOnly
	// immutable reads a file nobody can change while it is open: no locks,
	// no -shm or -wal file, which a read-only folder or mount cannot hold.
	immutable
)

// dsn builds the driver's connection string. WAL lets the window and a command
// line run share the file; writers take the lock up front (BEGIN IMMEDIATE) so
// two processes never deadlock upgrading a read lock.
func dsn(path string, mode access) string {
	q := url.Values{}
	q.Set("_busy_timeout", strconv.Itoa(int(busyTimeout/time.Millisecond)))
	switch mode {
	case readWrite:
		q.Set("_foreign_keys", "1")
		q.Set("_journal_mode", "WAL")
		q.Set("_synchronous", "NORMAL")
		q.Set("_txlock", "immediate")
	case readOnly:
		q.Set("mode", "ro")
	case immutable:
		q.Set("mode", "ro")
		q.Set("immutable", "1")
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
	if errors.Is(err, os.ErrExist) {
		return nil // another process opening the new file too created it first
	}
	if err != nil {
		return fmt.Errorf("create file: %w", err)
	}
	return f.Close()
}

// inspectFile refuses a database this build must not write to, reading it
// through a read-only connection of its own (see inspect).
func inspectFile(ctx context.Context, path string, latest int) (err error) {
	db, err := sql.Open(driverName, dsn(path, readOnly))
	if err != nil {
		return err
	}
	defer closer.Close(&err, db, "database "+path)
	_, err = inspect(ctx, db, latest)
	return err
}

// inspect refuses a database this build must not write to: a foreign SQLite
// database, or one whose schema is newer than the newest migration known
// here. It returns the schema version, 0 for a new, empty database.
func inspect(ctx context.Context, db *sql.DB, latest int) (int, error) {
	// One statement reads both from one snapshot: read apart, another
	// process's first migration could commit in between, and its tables
	// would be seen without its application id ("another program's").
	var appID, objects int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_master)`).Scan(&appID, &objects); err != nil {
		return 0, fmt.Errorf("read header and schema: %w", err)
	}
	if objects == 0 {
		return 0, nil // a new, empty database
	}
	if appID != applicationID {
		return 0, ErrForeignDatabase
	}
	version, err := schemaVersion(ctx, db)
	if err != nil {
		return 0, err
	}
	if version > latest {
		return 0, fmt.Errorf("%w: schema version %d, this build knows up to %d; install the newer Tafsiri",
			ErrNewerSchema, version, latest)
	}
	return version, nil
}
