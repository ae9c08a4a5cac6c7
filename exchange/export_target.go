package exchange

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"tafsiri/internal/closer"
)

// ErrDatabaseTarget reports an export aimed at a SQLite database, the open
// one or any other; the file is left as it was.
var ErrDatabaseTarget = errors.New("refusing to overwrite a database")

// sqliteMagic is how every SQLite 3 database file starts.
var sqliteMagic = []byte("SQLite format 3\x00")

// databaseParts are the files SQLite keeps next to a database, with what
// they are called in an error.
var databaseParts = []struct{ suffix, name string }{
	{"", "the open database"},
	{"-wal", "the write-ahead log of the open database"},
	{"-shm", "the shared memory of the open database"},
	{"-journal", "the rollback journal of the open database"},
}

// checkTarget returns the file that an export to path replaces: path, or
// the file its symbolic links lead to; with that file's information, nil
// when there is no file yet. It refuses, with ErrDatabaseTarget, the open
// database db ("" for none) or a file SQLite keeps next to it, compared
// with os.SameFile so that another path, a symbolic or a hard link are no
// way round; and any regular file that starts as a SQLite database does.
// A folder is refused too, and so is a file that may not be written.
func checkTarget(path, db string) (string, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	if info.IsDir() {
		return "", nil, errors.New("it is a folder")
	}
	if db != "" {
		for _, part := range databaseParts {
			pi, err := os.Stat(db + part.suffix)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return "", nil, fmt.Errorf("check the open database: %w", err)
			}
			if os.SameFile(info, pi) {
				return "", nil, fmt.Errorf("%w: it is %s, %s", ErrDatabaseTarget, part.name, db+part.suffix)
			}
		}
	}
	if !info.Mode().IsRegular() {
		return path, info, nil // a device or a pipe: /dev/stdout may lead to no path at all
	}
	isDB, err := startsAsDatabase(path)
	if err != nil {
		return "", nil, err
	}
	if isDB {
		return "", nil, fmt.Errorf("%w: it is a SQLite database file", ErrDatabaseTarget)
	}
	if err := checkWritable(path); err != nil {
		return "", nil, err
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", nil, err
	}
	return target, info, nil
}

// checkWritable fails when the file path may not be written: a rename
// would replace a read-only file that os.Create refuses to truncate.
func checkWritable(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	return f.Close()
}

// startsAsDatabase reports whether the file path starts with sqliteMagic.
func startsAsDatabase(path string) (isDB bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return false, fmt.Errorf("check export file: %w", err)
	}
	defer closer.Close(&err, f, "export file")
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return false, nil // shorter than the magic, so no database
	} else if err != nil {
		return false, fmt.Errorf("check export file: %w", err)
	}
	return bytes.Equal(head, sqliteMagic), nil
}
