// Package storagetest puts a Tafsiri database in states that tests of other
// packages need and that only another process could make: its write lock
// held, as while an import is being published, or a trigger that makes a
// write fail. Like another process, it reaches the file through SQLite
// itself, not through package storage.
package storagetest

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"sync"
	"testing"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" driver
)

// HoldWriteLock takes the write lock of the database at path through a
// connection of its own, as another process publishing an import does, and
// returns what releases it; the end of tb releases it too.
func HoldWriteLock(tb testing.TB, path string) (release func()) {
	tb.Helper()
	ctx := context.Background()
	db := open(tb, path)
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close %s: %v", path, err)
		}
	})
	conn, err := db.Conn(ctx)
	if err != nil {
		tb.Fatalf("hold the write lock of %s: %v", path, err)
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		tb.Fatalf("hold the write lock of %s: %v", path, errors.Join(err, conn.Close()))
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			_, err := conn.ExecContext(ctx, `COMMIT`)
			if err := errors.Join(err, conn.Close()); err != nil {
				tb.Errorf("release the write lock of %s: %v", path, err)
			}
		})
	}
	tb.Cleanup(release)
	return release
}

// Exec runs query, one or more SQL statements, on the database at path.
func Exec(tb testing.TB, path, query string) {
	tb.Helper()
	db := open(tb, path)
	_, err := db.ExecContext(context.Background(), query)
	if err := errors.Join(err, db.Close()); err != nil {
		tb.Fatalf("run SQL on %s: %v", path, err)
	}
}

// open opens the database at path; SQLite waits up to five seconds for
// another connection's lock, as Tafsiri's own connections do.
func open(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+(&url.URL{Path: path}).EscapedPath()+"?_busy_timeout=5000")
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	return db
}
