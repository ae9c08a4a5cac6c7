package exchange

import (
	"bufio"
	"errors"
	"fmt"
	"os"

	"tafsiri/internal/closer"
)

// writeExport creates the file path and fills it through a buffer with
// write. A failed export leaves no file behind: when write, the flush or the
// close fails, the file is removed, and a removal that fails too is joined
// to the error ("export what: …").
func writeExport(path, what string, write func(*bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create export file: %w", err)
	}
	w := bufio.NewWriter(f)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	closer.Close(&err, f, "export file")
	if err != nil {
		return errors.Join(fmt.Errorf("export %s: %w", what, err), os.Remove(path))
	}
	return nil
}
