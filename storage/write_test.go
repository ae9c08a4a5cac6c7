package storage

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"testing"
)

// holdWriteLock takes the database's write lock through a connection of
// another store on path, as an import being published does, and returns
// what releases it.
func holdWriteLock(t *testing.T, path string) (release func()) {
	t.Helper()
	ctx := context.Background()
	other := openTest(t, path)
	conn, err := other.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			_, err := conn.ExecContext(ctx, `COMMIT`)
			if err := errors.Join(err, conn.Close()); err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(release)
	return release
}

// noticeChannel makes st's busy notice close the channel it returns.
func noticeChannel(st *Store) <-chan struct{} {
	noticed := make(chan struct{})
	var once sync.Once
	st.WhenBusy(func() { once.Do(func() { close(noticed) }) })
	return noticed
}

func TestAWriterWaitsForAnotherWriteToEndAndSaysSo(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	noticed := noticeChannel(st)
	release := holdWriteLock(t, path)

	done := make(chan error, 1)
	go func() { done <- st.SetSetting(ctx, "tm.threshold", "85") }()
	<-noticed // the write has waited busyTimeout and goes on waiting
	release()
	if err := <-done; err != nil {
		t.Fatalf("SetSetting after waiting = %v, want nil (not \"database is locked\")", err)
	}
	if got, _, err := st.Setting(ctx, "tm.threshold"); err != nil || got != "85" {
		t.Errorf("Setting = %q, %v; want 85", got, err)
	}
}

func TestAWaitingWriterStopsWhenCancelled(t *testing.T) {
	path := newDBPath(t)
	st := openTest(t, path)
	noticed := noticeChannel(st)
	holdWriteLock(t, path)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- st.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error { return nil })
	}()
	<-noticed
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("write cancelled while waiting = %v, want context.Canceled", err)
	}
}

func TestStoresOpeningANewFileTogetherAllSucceed(t *testing.T) {
	path := newDBPath(t)
	const stores = 4
	errs := make(chan error, stores)
	for range stores {
		go func() {
			st, err := Open(context.Background(), path)
			if err == nil {
				err = st.Close()
			}
			errs <- err
		}()
	}
	for range stores {
		// Before, the ones that lost the race applied the first migration
		// again: "table languages already exists".
		if err := <-errs; err != nil {
			t.Errorf("Open = %v", err)
		}
	}
}
