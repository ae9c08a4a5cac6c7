package storage

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUnusablePathsAreRefusedWithoutTouchingFiles(t *testing.T) {
	cases := map[string]struct {
		path    func(t *testing.T) string
		wantErr error  // checked with errors.Is when set
		wantMsg string // part of the message otherwise
	}{
		"a directory": {
			path:    func(t *testing.T) string { return t.TempDir() },
			wantMsg: "is a directory",
		},
		"missing folder": {
			path:    func(t *testing.T) string { return filepath.Join(t.TempDir(), "nope", "tafsiri.db") },
			wantMsg: "no such file or directory",
		},
		"folder is a file": {
			path: func(t *testing.T) string {
				file := filepath.Join(t.TempDir(), "notes.txt")
				writeFile(t, file, "hello")
				return filepath.Join(file, "tafsiri.db")
			},
			wantMsg: "is not a folder",
		},
		"unwritable folder": {
			path:    func(t *testing.T) string { return filepath.Join(unwritableDir(t), "tafsiri.db") },
			wantMsg: "permission denied",
		},
		"a text file": {
			path: func(t *testing.T) string {
				file := filepath.Join(t.TempDir(), "notice.txt")
				writeFile(t, file, "Wash your hands with soap and water.\n")
				return file
			},
			wantErr: ErrNotDatabase,
		},
		"a short binary file": {
			path: func(t *testing.T) string {
				file := filepath.Join(t.TempDir(), "tiny.db")
				writeFile(t, file, "SQLite")
				return file
			},
			wantErr: ErrNotDatabase,
		},
		"another program's SQLite database": {
			path: func(t *testing.T) string {
				file := filepath.Join(t.TempDir(), "places.sqlite")
				db, err := sql.Open("sqlite3", file)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec(`CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')`); err != nil {
					t.Fatal(err)
				}
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
				return file
			},
			wantErr: ErrForeignDatabase,
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			path := tc.path(t)
			before, statErr := os.ReadFile(path)

			st, err := Open(context.Background(), path)
			if err == nil {
				if err := st.Close(); err != nil {
					t.Error(err)
				}
				t.Fatalf("Open(%s) succeeded", path)
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("Open(%s) = %v, want %v", path, err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) || !strings.Contains(err.Error(), "open database") {
				t.Errorf("Open(%s) = %q, want it to say %q", path, err, tc.wantMsg)
			}
			if statErr == nil {
				if after := readFile(t, path); string(after) != string(before) {
					t.Errorf("refused file %s was modified", path)
				}
			}
		})
	}
}

func TestAnEmptyFileBecomesADatabase(t *testing.T) {
	path := newDBPath(t)
	writeFile(t, path, "")
	st := openTest(t, path)
	if v, err := st.SchemaVersion(context.Background()); err != nil || v != LatestSchemaVersion() {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, LatestSchemaVersion())
	}
}

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// unwritableDir returns an existing folder the test process cannot create files in.
// Root ignores permission bits, so root gets /sys, where even root cannot create files.
func unwritableDir(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { // TempDir cannot remove a folder it may not write to
			if err := os.Chmod(dir, 0o755); err != nil {
				t.Error(err)
			}
		})
		return dir
	}
	probe := filepath.Join("/sys", "tafsiri-probe")
	f, err := os.OpenFile(probe, os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		if err := errors.Join(f.Close(), os.Remove(probe)); err != nil {
			t.Fatalf("remove probe file: %v", err)
		}
		t.Skip("running as root and /sys is writable here: no unwritable folder to test with")
	}
	return "/sys"
}
