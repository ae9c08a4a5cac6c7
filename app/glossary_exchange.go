package app

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/internal/textnorm"
	"tafsiri/storage"
	"tafsiri/termcsv"
)

// reportLines is how many skipped entries or conflicts a report lists.
const reportLines = 20

// chooseImport asks for a glossary file and imports it.
func (v *glossaryView) chooseImport() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("open the glossary file: %w\n\nChoose another file.", err), v.u.win)
			return
		}
		if rc != nil {
			v.importFrom(rc)
		}
	}, v.u.win)
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".tbx", ".xml", ".csv", ".tsv", ".txt", ".tab"}))
	d.Show()
}

// importFrom imports the glossary the file dialog opened.
func (v *glossaryView) importFrom(rc fyne.URIReadCloser) {
	v.importGlossary(rc, rc.URI().Name(), uriSize(rc.URI()))
}

// importGlossary imports a glossary file of size bytes (0 if unknown) read
// from rc, which it closes. An OmegaT glossary names no languages: the
// user is asked for them first.
func (v *glossaryView) importGlossary(rc io.ReadCloser, name string, size int64) {
	br := bufio.NewReaderSize(rc, 64<<10)
	// A few kB of a file the user just chose: quick enough for the UI goroutine.
	// A file shorter than that is no error.
	head, err := br.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("read %s: %w", name, err)
		closer.Close(&err, rc, name)
		dialog.ShowError(fmt.Errorf("%w\n\nChoose another file.", err), v.u.win)
		return
	}
	if !looksXML(head) && termcsv.Detect(name, head) == termcsv.FormatOmegaT {
		v.askOmegaTLanguages(name, func(src, tgt string, ok bool) {
			if !ok {
				if err := rc.Close(); err != nil {
					dialog.ShowError(fmt.Errorf("close %s: %w", name, err), v.u.win)
				}
				return
			}
			v.runGlossaryImport(rc, br, name, size, src, tgt)
		})
		return
	}
	v.runGlossaryImport(rc, br, name, size, "", "")
}

// runGlossaryImport imports br in the background, showing its progress
// with a Cancel button, then the report.
func (v *glossaryView) runGlossaryImport(rc io.Closer, br *bufio.Reader, name string, size int64, src, tgt string) {
	job := startFileJob(v.u.win, "Importing "+name, "Importing the glossary:", size)
	r := job.counted(br) // what is read of br is what is read of the file
	done := make(chan struct{})
	v.done = done
	go func() {
		rep, err := readGlossaryInto(job.ctx, v.u.store, r, name, src, tgt)
		closer.Close(&err, rc, name)
		canceled := job.ctx.Err() != nil
		onUI(func() {
			defer close(done)
			job.end()
			v.u.importEnded(name, canceled, err, "Check that the file is a TBX, a CSV or TSV with a column per "+
				"language (en, sw, …), an OmegaT glossary or a TICO-19 terminology.", "Glossary imported",
				func() string { return glossaryReport(name, rep) }, v.refresh)
		})
	}()
}

// readGlossaryInto reads a glossary and imports it, all of it or nothing.
func readGlossaryInto(ctx context.Context, st *storage.Store, r io.Reader, name, src, tgt string) (*storage.ImportReport, error) {
	g, err := exchange.ReadGlossary(r, name, src, tgt)
	if err != nil {
		return nil, err
	}
	return exchange.ImportGlossary(ctx, st, g, editorName())
}

// glossaryReport says in words what an import of file did.
func glossaryReport(file string, rep *storage.ImportReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Imported from %s: %s, %s.\n", file, count(int64(rep.Concepts), "new concept"), count(int64(rep.Terms), "new term"))
	fmt.Fprintf(&b, "Skipped %s.\n", countEntries(len(rep.Skipped)))
	listSome(&b, rep.Skipped)
	if len(rep.Conflicts) > 0 {
		fmt.Fprintf(&b, "\n%s with what the glossary holds; nothing was overwritten:\n", count(int64(len(rep.Conflicts)), "conflict"))
		listSome(&b, rep.Conflicts)
	} else {
		b.WriteString("No conflicts.\n")
	}
	return b.String()
}

// listSome writes the first reportLines lines, and how many more there are.
func listSome(b *strings.Builder, lines []string) {
	for i, l := range lines {
		if i == reportLines {
			fmt.Fprintf(b, "  … and %d more\n", len(lines)-reportLines)
			break
		}
		fmt.Fprintf(b, "  %s\n", l)
	}
}

// looksXML tells a TBX file from tabular text by its first bytes, decoded
// as exchange.ReadGlossary decodes them: a UTF-16 CSV is no XML.
func looksXML(head []byte) bool {
	return strings.HasPrefix(strings.TrimLeft(textnorm.DecodeHead(head), " \t\r\n"), "<")
}

// askOmegaTLanguages asks which languages an OmegaT glossary's two columns are.
func (v *glossaryView) askOmegaTLanguages(name string, then func(src, tgt string, ok bool)) {
	src, tgt := widget.NewSelectEntry(v.langs.offered()), widget.NewSelectEntry(v.langs.offered())
	if v.langs.has("en") {
		src.SetText(v.langs.label("en"))
	}
	if l := v.langs.tag(v.langSel.Selected); l != "" && l != "en" {
		tgt.SetText(v.langs.label(l))
	}
	items := []*widget.FormItem{widget.NewFormItem("First column", src), widget.NewFormItem("Second column", tgt)}
	d := dialog.NewForm(name+" is an OmegaT glossary: which languages?", "Import", "Cancel", items, func(ok bool) {
		then(v.langs.tag(src.Text), v.langs.tag(tgt.Text), ok)
	}, v.u.win)
	d.Resize(fyne.NewSize(480, 240))
	d.Show()
}
