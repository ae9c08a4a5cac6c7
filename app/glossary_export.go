package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/storage"
)

// formatExtension is the file extension of each glossary format.
var formatExtension = map[string]string{"tbx": ".tbx", "tbx3": ".tbx", "csv": ".csv", "tsv": ".tsv"}

// exportScopes are the choices of what to export.
var exportScopes = []string{"The whole glossary", "Only the entries listed (search and filters)"}

// chooseExport asks for a format and what to export, then where to write it.
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
		f, filter := format.Selected, storage.ConceptFilter{}
		if scope.Selected == exportScopes[1] {
			filter = v.filter()
		}
		v.u.chooseExportPath("Export the glossary as "+f, "glossary"+formatExtension[f], func(path string) {
			v.exportTo(path, f, filter)
		})
	}, v.u.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// exportTo writes the concepts filter selects to the file path as format
// in the background: whole or not at all, and never over the database.
func (v *glossaryView) exportTo(path, format string, filter storage.ConceptFilter) {
	name := filepath.Base(path)
	job := startFileJob(v.u.win, "Exporting the glossary", "Writing "+name+":", 0)
	done := make(chan struct{})
	v.done = done
	go func() {
		rep, err := exchange.ExportConcepts(job.ctx, v.u.store, path, format, nil, filter)
		canceled := job.ctx.Err() != nil
		onUI(func() {
			defer close(done)
			job.end()
			exportEnded(v.u.win, "the glossary", path, canceled, err, "Glossary exported", func() string {
				msg := fmt.Sprintf("Wrote %s to %s.", countEntries(rep.Concepts), name)
				if note := rep.NeutralisedNote(); note != "" {
					msg += "\n\n" + note + "."
				}
				return msg
			})
		})
	}()
}
