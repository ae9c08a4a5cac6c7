package exchange

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tafsiri/storage"
)

// seededStore returns a store holding one en→sw segment and one concept.
func seededStore(t *testing.T) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	if _, err := ImportMemory(ctx, st, strings.NewReader("Wash your hands.\tNawa mikono.\n"), "m.tsv", "en", "sw", "import"); err != nil {
		t.Fatal(err)
	}
	g, err := ReadGlossary(strings.NewReader("en,sw,status\nmask,barakoa,approved\n"), "g.csv", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ImportGlossary(ctx, st, g, "editor"); err != nil {
		t.Fatal(err)
	}
	return st
}

// readFile returns the bytes of path.
func readFile(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// writeFile writes data to path with perm.
func writeFile(tb testing.TB, path string, data []byte, perm fs.FileMode) {
	tb.Helper()
	if err := os.WriteFile(path, data, perm); err != nil {
		tb.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil { // whatever the umask
		tb.Fatal(err)
	}
}

// checkNoTempFiles fails the test when an export left a temporary file in dir.
func checkNoTempFiles(tb testing.TB, dir string) {
	tb.Helper()
	left, err := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(left) > 0 {
		tb.Errorf("temporary files left behind: %v", left)
	}
}

// exporters are the ways to write an export file from a store.
var exporters = map[string]func(st *storage.Store, path string) error{
	"tm export": func(st *storage.Store, path string) error {
		_, err := ExportMemory(context.Background(), st, path, "", "")
		return err
	},
	"glossary export --format csv": func(st *storage.Store, path string) error {
		_, err := ExportGlossary(context.Background(), st, path, "csv", nil)
		return err
	},
}

func TestAnExportNeverOverwritesADatabase(t *testing.T) {
	tests := map[string]func(t *testing.T, db string) string{
		"the open database": func(t *testing.T, db string) string { return db },
		"the open database by another path": func(t *testing.T, db string) string {
			sub := filepath.Join(filepath.Dir(db), "sub")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(sub, "..", filepath.Base(db))
		},
		"a symbolic link to the open database": func(t *testing.T, db string) string {
			link := filepath.Join(t.TempDir(), "link.tmx")
			if err := os.Symlink(db, link); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			return link
		},
		"a hard link to the open database": func(t *testing.T, db string) string {
			link := filepath.Join(filepath.Dir(db), "hard.csv")
			if err := os.Link(db, link); err != nil {
				t.Skipf("no hard links here: %v", err)
			}
			return link
		},
		"the write-ahead log of the open database": func(t *testing.T, db string) string { return db + "-wal" },
		"another SQLite database": func(t *testing.T, db string) string {
			other := filepath.Join(t.TempDir(), "other.db")
			st, err := storage.Open(context.Background(), other)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			return other
		},
	}
	for name, target := range tests {
		for how, export := range exporters {
			t.Run(name+"/"+how, func(t *testing.T) {
				st := seededStore(t)
				path := target(t, st.Path())
				before, dbBefore := readFile(t, path), readFile(t, st.Path())
				err := export(st, path)
				if !errors.Is(err, ErrDatabaseTarget) || !strings.Contains(err.Error(), path) {
					t.Fatalf("err = %v, want ErrDatabaseTarget naming %s", err, path)
				}
				if !bytes.Equal(readFile(t, path), before) || !bytes.Equal(readFile(t, st.Path()), dbBefore) {
					t.Error("the refused export changed the file or the database")
				}
				if segs, err := st.Segments(context.Background(), "", ""); err != nil || len(segs) != 1 {
					t.Errorf("after the refusal the store holds %d segments (%v), want 1", len(segs), err)
				}
				checkNoTempFiles(t, filepath.Dir(path))
				checkNoTempFiles(t, filepath.Dir(st.Path()))
			})
		}
	}
}

func TestAFailedExportLeavesTheEarlierFileAsItWas(t *testing.T) {
	errDiskFull := errors.New("no space left on device")
	tests := map[string]func(st *storage.Store, path string) error{
		"write fails half way": func(_ *storage.Store, path string) error {
			return writeExport(path, "", "memory", func(w *bufio.Writer) error {
				if _, err := w.Write(bytes.Repeat([]byte("<tu/>\n"), 100_000)); err != nil {
					return err
				}
				return errDiskFull
			})
		},
		"unknown glossary format": func(st *storage.Store, path string) error {
			_, err := ExportGlossary(context.Background(), st, path, "xlsx", nil)
			return err
		},
	}
	for name, export := range tests {
		t.Run(name, func(t *testing.T) {
			st := seededStore(t)
			dir := t.TempDir()
			path := filepath.Join(dir, "earlier.tmx")
			earlier := []byte("an earlier export, 162 MB in real life\n")
			writeFile(t, path, earlier, 0o640)
			if err := export(st, path); err == nil {
				t.Fatal("the export succeeded, want an error")
			}
			if got := readFile(t, path); !bytes.Equal(got, earlier) {
				t.Errorf("the earlier file now holds %d bytes %.40q, want it unchanged", len(got), got)
			}
			checkNoTempFiles(t, dir)
		})
	}
}

func TestAnExportReplacesTheFileWhole(t *testing.T) {
	dir := t.TempDir()
	made := filepath.Join(dir, "made-by-os-create")
	f, err := os.Create(made)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(made)
	if err != nil {
		t.Fatal(err)
	}
	createMode := info.Mode().Perm() // 0644 under the usual umask
	tests := map[string]struct {
		prepare  func(t *testing.T, path string) string // makes what is there before; returns the file written to
		wantMode fs.FileMode
	}{
		"a new file": {func(t *testing.T, path string) string { return path }, createMode},
		"an existing file keeps its mode": {func(t *testing.T, path string) string {
			writeFile(t, path, []byte("earlier"), 0o600)
			return path
		}, 0o600},
		"a symbolic link is kept and its file replaced": {func(t *testing.T, path string) string {
			real := filepath.Join(t.TempDir(), "real.tmx")
			writeFile(t, real, []byte("earlier"), 0o640)
			if err := os.Symlink(real, path); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			return real
		}, 0o640},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			st := seededStore(t)
			dir := t.TempDir()
			path := filepath.Join(dir, "out.tmx")
			written := tt.prepare(t, path)
			n, err := ExportMemory(context.Background(), st, path, "", "")
			if err != nil || n != 1 {
				t.Fatalf("ExportMemory = %d, %v; want 1 segment", n, err)
			}
			if got := readFile(t, written); !bytes.Contains(got, []byte("Nawa mikono.")) {
				t.Errorf("%s holds:\n%s\nwant the export", written, got)
			}
			info, err := os.Stat(written)
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Mode().Perm(); got != tt.wantMode {
				t.Errorf("mode %v, want %v", got, tt.wantMode)
			}
			if written != path {
				if li, err := os.Lstat(path); err != nil || li.Mode()&fs.ModeSymlink == 0 {
					t.Errorf("the link %s is gone: %v, %v", path, li, err)
				}
			}
			checkNoTempFiles(t, dir)
			checkNoTempFiles(t, filepath.Dir(written))
		})
	}
}

func TestAnExportDoesNotReplaceAReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	st := seededStore(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "kept.tmx")
	earlier := []byte("a file its owner made read-only\n")
	writeFile(t, path, earlier, 0o444)
	if _, err := ExportMemory(context.Background(), st, path, "", ""); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("err = %v, want a permission error", err)
	}
	if got := readFile(t, path); !bytes.Equal(got, earlier) {
		t.Errorf("the read-only file now holds %q, want it unchanged", got)
	}
	checkNoTempFiles(t, dir)
}

// killedExportEnv names, in the helper process of
// TestAKilledExportLeavesTheEarlierFile, the file it exports to.
const killedExportEnv = "TAFSIRI_TEST_KILLED_EXPORT"

func TestAKilledExportLeavesTheEarlierFile(t *testing.T) {
	if path := os.Getenv(killedExportEnv); path != "" {
		exportUntilKilled(path)
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "memory.tmx")
	earlier := []byte("an earlier export\n")
	writeFile(t, path, earlier, 0o644)
	cmd := exec.Command(os.Args[0], "-test.run=^TestAKilledExportLeavesTheEarlierFile$")
	cmd.Env = append(os.Environ(), killedExportEnv+"="+path)
	// The helper says on its stdout when it is half way through; it waits
	// on its stdin, which stays open until it is killed.
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.StdinPipe(); err != nil { // closed by Wait
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if line != halfWritten {
		err = errors.Join(err, cmd.Wait())
		t.Fatalf("the helper process never got half way through its export: read %q, %v", line, err)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no deferred clean-up runs
		t.Fatal(err)
	}
	if err := cmd.Wait(); err == nil {
		t.Fatal("the killed helper exited cleanly")
	}
	if got := readFile(t, path); !bytes.Equal(got, earlier) {
		t.Errorf("after kill -9 the earlier file holds %d bytes %.40q, want it unchanged", len(got), got)
	}
}

// halfWritten is the line exportUntilKilled prints half way through.
const halfWritten = "half written\n"

// exportUntilKilled writes half an export to path, says so on stdout and
// waits to be killed: until its stdin ends, which it does only when the test
// that started it has ended without killing it.
func exportUntilKilled(path string) {
	err := writeExport(path, "", "memory", func(w *bufio.Writer) error {
		if _, err := w.Write(bytes.Repeat([]byte("<tu/>\n"), 100_000)); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if _, err := os.Stdout.WriteString(halfWritten); err != nil {
			return err
		}
		if _, err := io.Copy(io.Discard, os.Stdin); err != nil {
			return err
		}
		return errors.New("not killed")
	})
	if err != nil {
		os.Exit(3)
	}
}
