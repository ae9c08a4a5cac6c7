package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/mattn/go-sqlite3"
)

// busyTimeout is how long SQLite itself waits for another connection's
// write lock (the dsn's _busy_timeout) before a statement fails with
// SQLITE_BUSY; begin then tells the user and keeps waiting.
const busyTimeout = 5 * time.Second

// maxBusyWait is how long begin waits in all for another connection's write
// to end before it gives up with ErrBusy: far longer than publishing the
// largest import takes, short enough that a process stuck holding the lock
// does not hang a script for ever.
const maxBusyWait = 10 * time.Minute

// WhenBusy makes the store call notice(true) when a write has waited a few
// seconds (busyTimeout) for another process's or connection's write, such
// as an import being published, to end, and notice(false) once no write
// waits any more (each went on, failed or was cancelled). A write keeps
// waiting up to ten minutes, or until its context is cancelled (which it
// hears within those few seconds: SQLite's wait cannot be interrupted). The
// command line prints a note, the window shows one while writes wait;
// notice may be called from any goroutine, never two calls at once.
func (s *Store) WhenBusy(notice func(waiting bool)) {
	s.busy.mu.Lock()
	defer s.busy.mu.Unlock()
	s.busy.notice = notice
}

// busyWrites counts the writes waiting for another's (WhenBusy).
type busyWrites struct {
	mu      sync.Mutex
	waiting int
	notice  func(waiting bool)
}

// txBeginner is what both *sql.DB and *sql.Conn offer to start a transaction.
type txBeginner interface {
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}

// beginWrite starts a write transaction on the store's pool (see begin).
func (s *Store) beginWrite(ctx context.Context) (*sql.Tx, error) {
	return s.begin(ctx, s.db)
}

// begin starts a write transaction on b (the pool or one pinned connection)
// as beginWaiting does, telling the WhenBusy notice. A read-only store
// refuses at once.
func (s *Store) begin(ctx context.Context, b txBeginner) (*sql.Tx, error) {
	if s.readOnly != nil {
		return nil, s.readOnly
	}
	tx, err := beginWaiting(ctx, b, s.path, s.noticeBusy)
	if err != nil {
		return nil, s.fileError(err)
	}
	return tx, nil
}

// noticeBusy counts a write that begins (waiting) or ends its wait, and
// tells the WhenBusy notice when the first begins or the last ends.
func (s *Store) noticeBusy(waiting bool) {
	b := &s.busy
	b.mu.Lock()
	defer b.mu.Unlock()
	if waiting {
		b.waiting++
	} else {
		b.waiting--
	}
	if b.notice != nil && b.waiting == 0 != waiting {
		b.notice(waiting)
	}
}

// beginWaiting starts a write transaction on b, the pool or one connection
// of the database at path. The connections' transactions are IMMEDIATE
// (dsn), so the write lock is taken here or not at all: while another
// connection holds it, beginWaiting waits, calls notice(true) once (when
// notice is not nil), and keeps trying until ctx ends or maxBusyWait has
// passed; notice(false) follows when it stops waiting. It needs no
// Store: opening one waits here too, to upgrade the schema or to remove what
// an interrupted save left.
func beginWaiting(ctx context.Context, b txBeginner, path string, notice func(waiting bool)) (*sql.Tx, error) {
	start := time.Now()
	noticed := false
	defer func() {
		if noticed {
			notice(false)
		}
	}()
	for {
		tx, err := b.BeginTx(ctx, nil)
		switch {
		case err == nil:
			return tx, nil
		case !isBusy(err):
			return nil, err
		case ctx.Err() != nil:
			return nil, fmt.Errorf("wait for another write to end: %w", ctx.Err())
		case time.Since(start) >= maxBusyWait:
			return nil, fmt.Errorf("database %s: %w: another connection has been writing for over %v",
				path, ErrBusy, maxBusyWait.Round(time.Minute))
		}
		if !noticed && notice != nil {
			notice(true)
			noticed = true
		}
	}
}

// inTx runs fn in one write transaction (begin), committed when fn returns
// nil. fn's statements run without cancellation, which would cost the
// driver a goroutine per statement: these edits are short, and a cancel can
// only stop them before they begin.
func (s *Store) inTx(ctx context.Context, fn func(ctx context.Context, tx *sql.Tx) error) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(context.WithoutCancel(ctx), tx); err != nil {
		return s.fileError(err)
	}
	return s.fileError(tx.Commit())
}

// isBusy reports whether err is SQLite saying another connection holds the lock.
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.Code == sqlite3.ErrBusy
}
