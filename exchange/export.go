package exchange

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"tafsiri/internal/closer"
)

// writeExport writes the file path through a buffer with write, never over
// a database: not over db, the open database ("" for none) under any of its
// names, nor over any other SQLite file (see checkTarget).
//
// The file is written whole or not at all: write fills a temporary file in
// the same folder, which is flushed, synced to disk and closed before it
// is renamed over path, so a kill or a full disk during the export leaves
// an earlier file at path as it was. A new file gets the mode os.Create
// gives, an existing one keeps its mode. When path is a symbolic link the
// file it points to is replaced, and the link kept. When anything fails the
// temporary file is removed, and a removal that fails too is joined to the
// error ("export what to path: …").
func writeExport(path, db, what string, write func(*bufio.Writer) error) error {
	target, info, err := checkTarget(path, db)
	if err != nil {
		return fmt.Errorf("export %s to %s: %w", what, path, err)
	}
	if info != nil && !info.Mode().IsRegular() {
		// A device or a pipe (/dev/stdout): nothing to keep, nowhere to rename.
		if err := writeInPlace(path, write); err != nil {
			return fmt.Errorf("export %s to %s: %w", what, path, err)
		}
		return nil
	}
	perm := fs.FileMode(0o666) // what os.Create asks for; the umask makes it 0644 or less
	if info != nil {
		perm = info.Mode().Perm()
	}
	f, err := createTemp(target, perm)
	if err != nil {
		return fmt.Errorf("export %s to %s: create temporary file: %w", what, path, err)
	}
	if info != nil {
		err = f.Chmod(perm) // the umask may have narrowed it
	}
	if err == nil {
		err = fill(f, write)
	}
	if err == nil {
		err = f.Sync()
	}
	closer.Close(&err, f, "export file")
	if err == nil {
		err = os.Rename(f.Name(), target)
	}
	if err != nil {
		return errors.Join(fmt.Errorf("export %s to %s: %w", what, path, err), os.Remove(f.Name()))
	}
	return nil
}

// fill writes f through a buffer with write and flushes it.
func fill(f *os.File, write func(*bufio.Writer) error) error {
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		return err
	}
	return w.Flush()
}

// writeInPlace writes path, a device or a pipe, as it is.
func writeInPlace(path string, write func(*bufio.Writer) error) (err error) {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer closer.Close(&err, f, "export file")
	return fill(f, write)
}

// createTemp creates a new file next to target, named "."+base+".tmp-"+a
// random number. It is os.CreateTemp with a mode: os.CreateTemp always
// creates with 0600, and only the kernel knows the umask that a new export
// must be created with to get the mode os.Create would give it.
func createTemp(target string, perm fs.FileMode) (*os.File, error) {
	dir, base := filepath.Split(target)
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp-"+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("no free name for a temporary file next to %s", target)
}
