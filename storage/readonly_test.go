package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/mattn/go-sqlite3"

	"tafsiri/internal/unprivileged"
	"tafsiri/memory"
)

// Environment of TestReadOnlyCheck, the check a test re-runs as an
// unprivileged user: the database and which check (readOnlyChecks).
const (
	readOnlyDBEnv    = "TAFSIRI_TEST_READONLY_DB"
	readOnlyCheckEnv = "TAFSIRI_TEST_READONLY_CHECK"
)

// readOnlyChecks are what TestReadOnlyCheck can check of a database.
var readOnlyChecks = map[string]func(t *testing.T, path string){
	"reads":   checkReadsWork,
	"upgrade": checkAnOldSchemaIsRefused,
}

func TestADatabaseThatCannotBeWrittenIsOpenedForReading(t *testing.T) {
	cases := map[string]struct {
		fileMode, dirMode fs.FileMode
		check             string
	}{
		// SQLite would open it read-only without a word and fail at the first change.
		"read-only file": {fileMode: 0o444, dirMode: 0o777, check: "reads"},
		// WAL needs -wal and -shm files beside the database, which cannot be created:
		// "unable to open database file", as on a read-only mount.
		"read-only folder":                     {fileMode: 0o666, dirMode: 0o555, check: "reads"},
		"read-only file in a read-only folder": {fileMode: 0o444, dirMode: 0o555, check: "reads"},
		"read-only folder, schema to upgrade":  {fileMode: 0o666, dirMode: 0o555, check: "upgrade"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(unprivileged.Dir(t), "data")
			path := seedDatabase(t, dir)
			chmod(t, path, tc.fileMode)
			chmod(t, dir, tc.dirMode)
			before := listFolder(t, dir)
			if unprivileged.Restricted() {
				readOnlyChecks[tc.check](t, path)
			} else {
				out, err := unprivileged.Run(t, "TestReadOnlyCheck", readOnlyDBEnv+"="+path, readOnlyCheckEnv+"="+tc.check)
				if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyCheck") {
					t.Fatalf("check as user nobody (tests run as root, whom chmod does not stop): %v\n%s", err, out)
				}
			}
			if tc.dirMode == 0o555 {
				if after := listFolder(t, dir); after != before {
					t.Errorf("folder changed: %s, want %s", after, before)
				}
			}
		})
	}
}

// TestReadOnlyCheck is run by TestADatabaseThatCannotBeWrittenIsOpenedForReading
// as an unprivileged user; alone it does nothing.
func TestReadOnlyCheck(t *testing.T) {
	path, check := os.Getenv(readOnlyDBEnv), os.Getenv(readOnlyCheckEnv)
	if path == "" {
		t.Skip("runs only as the child of TestADatabaseThatCannotBeWrittenIsOpenedForReading")
	}
	readOnlyChecks[check](t, path)
}

// seedDatabase makes dir and in it a database with a setting and a segment, closed.
func seedDatabase(t *testing.T, dir string) string {
	t.Helper()
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "tafsiri.db")
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	err = st.SetSetting(ctx, "tm.threshold", "80")
	if err == nil {
		_, err = st.ImportSegments(ctx, []memory.Segment{{SrcLang: "en", TgtLang: "fr",
			Source: "Wash your hands.", Target: "Lavez-vous les mains.", Origin: "import"}}, nil)
	}
	if err := errors.Join(err, st.Close()); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkReadsWork opens the database at path, which this process cannot
// write, reads it and fails to change it with ErrReadOnly.
func checkReadsWork(t *testing.T, path string) {
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	}()
	if why := st.ReadOnly(); !errors.Is(why, ErrReadOnly) {
		t.Errorf("ReadOnly() = %v, want ErrReadOnly", why)
	}
	if got, _, err := st.Setting(ctx, "tm.threshold"); err != nil || got != "80" {
		t.Errorf("Setting = %q, %v; want 80", got, err)
	}
	if segs, err := st.Segments(ctx, "", ""); err != nil || len(segs) != 1 {
		t.Errorf("Segments = %d, %v; want 1", len(segs), err)
	}
	if h, err := st.Check(ctx); err != nil || strings.Join(h.Integrity, ";") != "ok" {
		t.Errorf("Check = %v, %v; want integrity ok", h.Integrity, err)
	}
	writes := map[string]error{
		"SetSetting": st.SetSetting(ctx, "tm.threshold", "90"),
	}
	_, writes["ImportSegments"] = st.ImportSegments(ctx, []memory.Segment{{SrcLang: "en", TgtLang: "fr",
		Source: "Stay home.", Target: "Restez chez vous.", Origin: "import"}}, nil)
	for name, err := range writes {
		if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "database "+path+" is read-only") {
			t.Errorf("%s = %v, want ErrReadOnly naming %s", name, err, path)
		}
	}
}

// checkAnOldSchemaIsRefused opens the database at path with one migration
// more than it has: nothing can apply it, and Open says so.
func checkAnOldSchemaIsRefused(t *testing.T, path string) {
	migrations := withEmbedded(t, map[string]string{
		fmt.Sprintf("%04d_more.sql", len(embeddedMigrations)+1): `CREATE TABLE more (x)`,
	})
	st, err := open(context.Background(), path, migrations, OpenOptions{})
	if err == nil {
		t.Fatalf("open succeeded: %v", st.Close())
	}
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "must be upgraded") {
		t.Errorf("open = %v, want ErrReadOnly saying the schema must be upgraded", err)
	}
}

func TestFileErrorsSayReadOnlyOrDiskFull(t *testing.T) {
	const path = "/data/tafsiri.db"
	cases := map[string]struct {
		err      error
		wantKind error // nil: returned as it was
		wantMsg  string
	}{
		"SQLITE_FULL": {
			err:      sqlite3.Error{Code: sqlite3.ErrFull},
			wantKind: ErrDiskFull, wantMsg: "disk full: no room to write database " + path,
		},
		"I/O error, no space left": {
			err:      sqlite3.Error{Code: sqlite3.ErrIoErr, ExtendedCode: sqlite3.ErrIoErrWrite, SystemErrno: syscall.ENOSPC},
			wantKind: ErrDiskFull, wantMsg: "disk full",
		},
		"SQLITE_READONLY": {
			err:      sqlite3.Error{Code: sqlite3.ErrReadonly},
			wantKind: ErrReadOnly, wantMsg: "database " + path + " is read-only",
		},
		"SQLITE_CANTOPEN, permission denied": {
			err:      sqlite3.Error{Code: sqlite3.ErrCantOpen, SystemErrno: syscall.EACCES},
			wantKind: ErrReadOnly, wantMsg: "read-only",
		},
		"SQLITE_CANTOPEN, read-only file system": {
			err:      sqlite3.Error{Code: sqlite3.ErrCantOpen, SystemErrno: syscall.EROFS},
			wantKind: ErrReadOnly, wantMsg: "read-only",
		},
		"read-only mount, from the system": {
			err:      &fs.PathError{Op: "open", Path: path, Err: syscall.EROFS},
			wantKind: ErrReadOnly, wantMsg: "read-only file system",
		},
		"wrapped": {
			err:      fmt.Errorf("add segments: %w", sqlite3.Error{Code: sqlite3.ErrFull}),
			wantKind: ErrDiskFull, wantMsg: "add segments",
		},
		"a constraint": {err: sqlite3.Error{Code: sqlite3.ErrConstraint}},
		"busy":         {err: sqlite3.Error{Code: sqlite3.ErrBusy}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := fileProblem(path, tc.err)
			if tc.wantKind == nil {
				if got != tc.err {
					t.Errorf("fileProblem = %v, want %v as it was", got, tc.err)
				}
				return
			}
			if !errors.Is(got, tc.wantKind) || !errors.Is(got, tc.err) {
				t.Errorf("fileProblem = %v, want it to match %v and %v", got, tc.wantKind, tc.err)
			}
			if !strings.Contains(got.Error(), tc.wantMsg) {
				t.Errorf("fileProblem = %q, want it to say %q", got, tc.wantMsg)
			}
			if again := fileProblem(path, got); again != got {
				t.Errorf("fileProblem named the file twice: %v", again)
			}
		})
	}
}

func chmod(t *testing.T, path string, mode fs.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

// listFolder names the files in dir with their sizes, in order.
func listFolder(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s:%d ", e.Name(), info.Size())
	}
	return b.String()
}
