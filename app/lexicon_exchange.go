package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
)

// lexiconImportHint is what to do when an import fails.
const lexiconImportHint = "Choose the team's lexicon (.tsv), a dictionary's .index (with its .dict.dz beside it), " +
	"or a folder of FreeDict dictionaries such as /usr/share/dictd; name the languages of a dictionary whose name does not say them."

// chooseImport asks which languages a dictionary is in, then for the file.
func (v *lexiconView) chooseImport() {
	askImportPair(v.u.win, v.langs, pairQuestion{title: "Import a dictionary",
		src: "Headword language", tgt: "Translation language", tgtEmpty: "as the file says",
		hint: "A FreeDict dictionary's name and the TSV's header say them: leave both empty",
	}, func(src, tgt string) { v.chooseImportFile(exchange.LexiconOptions{Src: src, Tgt: tgt}) })
}

// chooseImportFile asks for the lexicon file: a TSV or a dictd dictionary's file.
func (v *lexiconView) chooseImportFile(opt exchange.LexiconOptions) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("open the dictionary: %w\n\nChoose another file.", err), v.u.win)
			return
		}
		if rc == nil {
			return
		}
		path := rc.URI().Path()
		closer.Close(&err, rc, rc.URI().Name()) // exchange opens the files it needs, by path
		if err != nil {
			dialog.ShowError(err, v.u.win)
			return
		}
		v.importPath(path, opt)
	}, v.u.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".tsv", ".tab", ".txt", ".index", ".dz", ".dict"}))
	d.Show()
}

// chooseImportFolder asks for a folder of FreeDict dictionaries.
func (v *lexiconView) chooseImportFolder() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("open the folder: %w\n\nChoose another folder.", err), v.u.win)
			return
		}
		if dir != nil {
			v.importPath(dir.Path(), exchange.LexiconOptions{})
		}
	}, v.u.win)
	if dictd, err := fstorage.ListerForURI(fstorage.NewFileURI("/usr/share/dictd")); err == nil {
		d.SetLocation(dictd) // where Debian's dict-freedict-* packages put them
	}
	d.Show()
}

// importPath imports the lexicon at path (exchange.ImportLexicon) in the
// background with a Cancel button; then it shows the report and the list.
func (v *lexiconView) importPath(path string, opt exchange.LexiconOptions) {
	name := filepath.Base(path)
	job := startFileJob(v.u.win, "Importing "+name, "Reading the dictionaries and importing them…", 0)
	done := make(chan struct{})
	v.done = done
	go func() {
		rep, err := exchange.ImportLexicon(job.ctx, v.u.store, path, opt)
		canceled := job.ctx.Err() != nil
		onUI(func() {
			defer close(done)
			job.end()
			v.u.importEnded(name, canceled, err, lexiconImportHint, "Lexicon imported",
				func() string { return lexiconReport(name, rep) }, func() {
					v.u.engine.Refresh()
					v.refresh()
				})
		})
	}()
}

// lexiconReport says in words what an import of name did.
func lexiconReport(name string, rep *exchange.LexiconReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Imported %s from %s; %d were already there.\n", countEntries(rep.Added), name, rep.Duplicates)
	if rep.Replaced > 0 {
		fmt.Fprintf(&b, "Replaced %s of the same sources.\n", countEntries(int(rep.Replaced)))
	}
	if len(rep.Sources) > 0 {
		fmt.Fprintf(&b, "Sources: %s.\n", strings.Join(rep.Sources, "; "))
	}
	lines := make([]string, len(rep.Skipped))
	for i, s := range rep.Skipped {
		lines[i] = s.String()
	}
	fmt.Fprintf(&b, "Skipped %s.\n", count(int64(len(lines)), "headword"))
	listSome(&b, lines)
	return b.String()
}

// chooseExport asks where to write the lexicon as TSV, from the source
// language chosen (English when none is).
func (v *lexiconView) chooseExport() {
	src := v.langs.tag(v.srcSel.Selected)
	if src == "" {
		src = "en"
	}
	v.u.chooseExportPath("Export the lexicon as TSV", "lexicon-"+src+".tsv", func(path string) { v.exportTo(path, src) })
}

// exportTo writes the entries with a side in src to path, in the background.
func (v *lexiconView) exportTo(path, src string) {
	name := filepath.Base(path)
	job := startFileJob(v.u.win, "Exporting the lexicon", "Writing "+name+":", 0)
	done := make(chan struct{})
	v.done = done
	go func() {
		n, err := exchange.ExportLexicon(job.ctx, v.u.store, path, src)
		canceled := job.ctx.Err() != nil
		onUI(func() {
			defer close(done)
			job.end()
			exportEnded(v.u.win, "the lexicon", path, canceled, err, "Lexicon exported", func() string {
				return fmt.Sprintf("Wrote %s from %s to %s.", countEntries(n), src, name)
			})
		})
	}()
}
