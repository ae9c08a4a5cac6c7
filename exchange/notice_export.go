package exchange

import (
	"bufio"

	"tafsiri/storage"
)

// ExportNotice writes n as WriteNotice does to the file path, whole or not
// at all, and never over st's database or any other SQLite file
// (ErrDatabaseTarget).
func ExportNotice(st *storage.Store, path string, n Notice) error {
	return writeExport(path, st.Path(), "notice", func(w *bufio.Writer) error { return WriteNotice(w, n) })
}
