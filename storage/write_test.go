package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"tafsiri/storage/storagetest"
)

// noticeChannel makes st's busy notice close the channel it returns.
func noticeChannel(st *Store) <-chan struct{} {
	notice, noticed := closeOnNotice()
	st.WhenBusy(notice)
	return noticed
}

// closeOnNotice returns a busy notice that closes the channel it returns.
func closeOnNotice() (notice func(waiting bool), noticed <-chan struct{}) {
	ch := make(chan struct{})
	var once sync.Once
	return func(waiting bool) {
		if waiting {
			once.Do(func() { close(ch) })
		}
	}, ch
}

func TestAWriterWaitsForAnotherWriteToEndAndSaysSo(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	noticed := noticeChannel(st)
	release := storagetest.HoldWriteLock(t, path)

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

func TestTheBusyNoticeSaysWhenTheWaitingEnds(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	heard := make(chan bool, 4)
	st.WhenBusy(func(waiting bool) { heard <- waiting })
	release := storagetest.HoldWriteLock(t, path)

	done := make(chan error, 1)
	go func() { done <- st.SetSetting(ctx, "tm.threshold", "85") }()
	if waiting := <-heard; !waiting {
		t.Fatal("the first notice says the wait ended, want that it began")
	}
	release()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if waiting := <-heard; waiting {
		t.Error("the second notice says a wait began, want that it ended")
	}
	if len(heard) != 0 {
		t.Errorf("%d more notices, want two in all", len(heard))
	}
}

func TestAWaitingWriterStopsWhenCancelled(t *testing.T) {
	path := newDBPath(t)
	st := openTest(t, path)
	noticed := noticeChannel(st)
	storagetest.HoldWriteLock(t, path)

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

// Opening writes when the schema must be upgraded or an interrupted save
// left models behind; like any other write it waits for another process's
// write, such as an import being published, to end, and says so (before, it
// failed after five seconds with "database is locked").
func TestOpeningWaitsForAnotherWriteToEndAndSaysSo(t *testing.T) {
	cases := map[string]struct {
		prepare func(t *testing.T, st *Store) []migration // returns the migrations to open with
		check   func(t *testing.T, st *Store)
	}{
		"to upgrade the schema": {
			prepare: func(t *testing.T, st *Store) []migration {
				return withEmbedded(t, map[string]string{
					fmt.Sprintf("%04d_more.sql", LatestSchemaVersion()+1): `CREATE TABLE more (x)`,
				})
			},
			check: func(t *testing.T, st *Store) {
				if got, err := st.SchemaVersion(context.Background()); err != nil || got != LatestSchemaVersion()+1 {
					t.Errorf("schema version = %d, %v; want %d", got, err, LatestSchemaVersion()+1)
				}
			},
		},
		"to remove what an interrupted save left": {
			prepare: func(t *testing.T, st *Store) []migration {
				ctx := context.Background()
				for _, tag := range []string{"en", "sw"} {
					if _, err := st.AddLanguage(ctx, tag); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := st.db.ExecContext(ctx, `INSERT INTO models (id, src_lang, tgt_lang, state, source)
					VALUES (99, 'en', 'sw', 'training', 'killed.tmx')`); err != nil {
					t.Fatal(err)
				}
				return embeddedMigrations
			},
			check: func(t *testing.T, st *Store) {
				if n := modelRows(t, st); n != 0 || len(st.repaired) != 1 || !strings.HasPrefix(st.repaired[0], "removed model 99") {
					t.Errorf("after opening: %d model rows, repaired %q; want the unfinished model removed", n, st.repaired)
				}
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			path := newDBPath(t)
			st, err := Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			migrations := tc.prepare(t, st)
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			release := storagetest.HoldWriteLock(t, path)

			notice, noticed := closeOnNotice()
			type opened struct {
				st  *Store
				err error
			}
			done := make(chan opened, 1)
			go func() {
				st, err := open(context.Background(), path, migrations, OpenOptions{WhenBusy: notice})
				done <- opened{st, err}
			}()
			select {
			case <-noticed: // opening has waited busyTimeout and goes on waiting
			case o := <-done:
				t.Fatalf("open while another connection writes = %v, want it to wait and say so", o.err)
			}
			release()
			o := <-done
			if o.err != nil {
				t.Fatalf("open after waiting = %v, want nil (not \"database is locked\")", o.err)
			}
			t.Cleanup(func() {
				if err := o.st.Close(); err != nil {
					t.Error(err)
				}
			})
			tc.check(t, o.st)
		})
	}
}
