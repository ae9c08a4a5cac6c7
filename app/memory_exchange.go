package app

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
)

// chooseImport asks which two languages to take from a TMX, then for the file.
func (v *memoryView) chooseImport() {
	askImportPair(v.u.win, v.langs, pairQuestion{title: "Import a translation memory",
		src: "Source language", tgt: "Target language", tgtEmpty: "the file's other language",
		hint: "A TMX may hold many languages: name the two to import, or leave both empty for a file of two",
	}, v.chooseImportFile)
}

// chooseImportFile asks for the TMX (or tab-separated) file to import.
func (v *memoryView) chooseImportFile(src, tgt string) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("open the memory file: %w\n\nChoose another file.", err), v.u.win)
			return
		}
		if rc != nil {
			v.importFrom(rc, src, tgt)
		}
	}, v.u.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".tmx", ".xml", ".tsv", ".tab", ".txt"}))
	d.Show()
}

// importFrom imports the memory file the file dialog opened.
func (v *memoryView) importFrom(rc fyne.URIReadCloser, src, tgt string) {
	v.importMemory(rc, rc.URI().Name(), uriSize(rc.URI()), src, tgt)
}

// importMemory imports the src→tgt pairs of a TMX of size bytes (0 if
// unknown) read from rc, which it closes, in the background with its
// progress and a Cancel button; then it shows the report and the pair.
func (v *memoryView) importMemory(rc io.ReadCloser, name string, size int64, src, tgt string) {
	job := startFileJob(v.u.win, "Importing "+name, "Importing the memory:", size)
	done := make(chan struct{})
	v.done = done
	go func() {
		rep, err := exchange.ImportMemory(job.ctx, v.u.store, job.counted(rc), name, src, tgt, "import")
		closer.Close(&err, rc, name)
		canceled := job.ctx.Err() != nil
		onUI(func() {
			defer close(done)
			job.end()
			v.u.importEnded(name, canceled, err, "Choose a TMX file, or name the two languages to take from it.",
				"Translation memory imported", func() string { return memoryReport(name, rep) }, func() {
					v.offset = 0
					v.refreshWith(rep.Src, rep.Tgt)
				})
		})
	}()
}

// memoryReport says in words what an import of file did.
func memoryReport(file string, rep *exchange.MemoryReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Imported from %s (%s → %s): %s, %d already there.\n", file, rep.Src, rep.Tgt,
		count(int64(rep.Added), "new segment"), rep.Duplicates)
	lines := make([]string, len(rep.Skipped))
	for i, s := range rep.Skipped {
		lines[i] = s.Where + ": " + s.Reason
	}
	fmt.Fprintf(&b, "Skipped %s.\n", count(int64(len(lines)), "unit"))
	listSome(&b, lines)
	return b.String()
}

// chooseExport asks where to write the pair's segments as TMX.
func (v *memoryView) chooseExport() {
	src, tgt := v.pair()
	if src == "" || tgt == "" {
		dialog.ShowInformation("Export the memory", "Choose the language pair to export first.", v.u.win)
		return
	}
	v.u.chooseExportPath("Export the memory as TMX", fmt.Sprintf("memory-%s-%s.tmx", src, tgt), func(path string) {
		v.exportTo(path, src, tgt)
	})
}

// exportTo writes the src→tgt segments to the file path as TMX, in the
// background: whole or not at all, and never over the database.
func (v *memoryView) exportTo(path, src, tgt string) {
	name := filepath.Base(path)
	job := startFileJob(v.u.win, "Exporting the memory", "Writing "+name+":", 0)
	done := make(chan struct{})
	v.done = done
	go func() {
		n, err := exchange.ExportMemory(job.ctx, v.u.store, path, src, tgt)
		canceled := job.ctx.Err() != nil
		onUI(func() {
			defer close(done)
			job.end()
			exportEnded(v.u.win, "the memory", path, canceled, err, "Memory exported", func() string {
				return fmt.Sprintf("Wrote %s (%s → %s) to %s.", count(int64(n), "segment"), src, tgt, name)
			})
		})
	}()
}
