// Package unprivileged lets tests of read-only files run where the tests
// run as root. Root ignores permission bits (chmod 0444 does not stop it
// from writing), so such a test re-runs one test function of its own binary
// as the user nobody, whom the bits restrict.
//
// A test checks in-process when Restricted, and through Run otherwise:
//
//	if unprivileged.Restricted() {
//		check(t, path)
//	} else if out, err := unprivileged.Run(t, "TestCheckChild", "DB="+path); err != nil {
//		t.Fatalf("%v\n%s", err, out)
//	}
package unprivileged

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"tafsiri/internal/closer"
)

// Restricted reports whether permission bits restrict this process: it
// does not run as root.
func Restricted() bool { return os.Geteuid() != 0 }

// Dir returns a new folder that every user may enter and read (0755),
// removed when tb ends; t.TempDir's folders are private to their user.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.MkdirTemp("", "tafsiri-unprivileged-")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		// A test may have made a folder inside read-only; root removes it anyway.
		if err := os.RemoveAll(dir); err != nil {
			tb.Error(err)
		}
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// copyBinary copies the running test binary where nobody may run it: go
// test builds it in a folder private to its user.
func copyBinary(tb testing.TB) string {
	tb.Helper()
	self, err := os.Executable()
	if err != nil {
		tb.Fatal(err)
	}
	dst := filepath.Join(Dir(tb), filepath.Base(self))
	if err := copyFile(dst, self); err != nil {
		tb.Fatal(err)
	}
	return dst
}

func copyFile(dst, src string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer closer.Close(&err, in, src)
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	defer closer.Close(&err, out, dst)
	_, err = io.Copy(out, in)
	return err
}
