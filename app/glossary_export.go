package app

import (
	"context"
	"errors"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/storage"
)

// exportScopes are the choices of what to export.
var exportScopes = []string{"The whole glossary", "Only the entries listed (search and filters)"}

// formatExtension is the file extension of each glossary format.
var formatExtension = map[string]string{"tbx": ".tbx", "tbx3": ".tbx", "csv": ".csv", "tsv": ".tsv"}

// chooseExport asks for a format and what to export, then for a file.
func (v *glossaryView) chooseExport() {
	format := widget.NewSelect(exchange.GlossaryFormats, nil)
	format.SetSelected(exchange.GlossaryFormats[0])
	scope := widget.NewRadioGroup(exportScopes, nil)
	scope.SetSelected(exportScopes[0])
	items := []*widget.FormItem{widget.NewFormItem("Format", format), widget.NewFormItem("Entries", scope)}
	items[0].HintText = "tbx: TBX 2008 · tbx3: TBX v3 · csv, tsv: a column per language"
	d := dialog.NewForm("Export the glossary", "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		f := storage.ConceptFilter{}
		if scope.Selected == exportScopes[1] {
			f = v.filter()
			f.Limit = 0
		}
		v.chooseExportFile(format.Selected, f)
	}, v.u.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// chooseExportFile asks where to write the export.
func (v *glossaryView) chooseExportFile(format string, f storage.ConceptFilter) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("create the export file: %w\n\nChoose another folder.", err), v.u.win)
			return
		}
		if wc != nil {
			v.exportTo(wc, wc.URI(), format, f)
		}
	}, v.u.win)
	d.SetFileName("glossary" + formatExtension[format])
	d.Show()
}

// exportTo writes the concepts f selects to w as format in the background,
// and removes the file at uri (when given) if the export fails.
func (v *glossaryView) exportTo(w io.WriteCloser, uri fyne.URI, format string, f storage.ConceptFilter) {
	name := "the file"
	if uri != nil {
		name = uri.Name()
	}
	job := startFileJob(v.u.win, "Exporting the glossary", "Writing "+name+":", 0)
	done := make(chan struct{})
	v.done = done
	go func() {
		n, err := writeGlossaryTo(job.ctx, v.u.store, w, format, f)
		if err != nil && uri != nil { // never leave half an export behind
			if derr := fstorage.Delete(uri); derr != nil {
				err = errors.Join(err, fmt.Errorf("remove %s: %w", name, derr))
			}
		}
		onUI(func() {
			defer close(done)
			job.end()
			if err != nil {
				dialog.ShowError(fmt.Errorf("export the glossary: %w\n\nChoose another file or folder, and check there is space on the disk.", err), v.u.win)
				return
			}
			dialog.ShowInformation("Glossary exported", fmt.Sprintf("Wrote %s to %s.", countEntries(n), name), v.u.win)
		})
	}()
}

// writeGlossaryTo writes the concepts f selects to w, closes w and says how many there were.
func writeGlossaryTo(ctx context.Context, st *storage.Store, w io.WriteCloser, format string, f storage.ConceptFilter) (int, error) {
	concepts, err := st.Concepts(ctx, f)
	if err == nil {
		err = exchange.WriteGlossary(w, format, nil, concepts)
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return len(concepts), err
}
