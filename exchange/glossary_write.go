package exchange

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"tafsiri/glossary"
	"tafsiri/internal/termfile"
	"tafsiri/storage"
	"tafsiri/tbx"
	"tafsiri/termcsv"
)

// ErrFormat reports an export format other than tbx, tbx3, csv and tsv.
var ErrFormat = errors.New("unknown glossary format")

// GlossaryFormats are the formats WriteGlossary writes.
var GlossaryFormats = []string{"tbx", "tbx3", "csv", "tsv"}

// GlossaryExport says what ExportGlossary wrote.
type GlossaryExport struct {
	Concepts int // the concepts of the store, written when they have a term in the languages kept
	// Neutralised counts the CSV and TSV cells that start with = + - @, a
	// tab or a carriage return, written with a leading ' so that
	// spreadsheets show them as text instead of running them as formulas.
	Neutralised int
}

// NeutralisedNote says how many cells were written with a leading ', so
// that whoever opens the file in a spreadsheet knows where the quotes come
// from; "" when there were none.
func (e *GlossaryExport) NeutralisedNote() string {
	switch {
	case e.Neutralised == 1:
		return "1 cell that starts with = + - @ was prefixed with ' so spreadsheets do not run it as a formula"
	case e.Neutralised > 1:
		return fmt.Sprintf("%d cells that start with = + - @ were prefixed with ' so spreadsheets do not run them as formulas", e.Neutralised)
	}
	return ""
}

// ExportGlossary writes every concept of st to the file path as
// WriteGlossary does. The file is written whole or not at all, and never
// over st's own database or any other SQLite file (ErrDatabaseTarget): an
// earlier file at path stays as it was when the export fails.
func ExportGlossary(ctx context.Context, st *storage.Store, path, format string, langs []string) (*GlossaryExport, error) {
	return ExportConcepts(ctx, st, path, format, langs, storage.ConceptFilter{})
}

// ExportConcepts is ExportGlossary for the concepts filter selects (all of
// them, whatever its Limit).
func ExportConcepts(ctx context.Context, st *storage.Store, path, format string, langs []string, filter storage.ConceptFilter) (*GlossaryExport, error) {
	filter.Limit = 0
	concepts, err := st.Concepts(ctx, filter)
	if err != nil {
		return nil, err
	}
	rep := &GlossaryExport{Concepts: len(concepts)}
	err = writeExport(path, st.Path(), "glossary", func(w *bufio.Writer) error {
		n, err := writeGlossary(w, format, langs, concepts)
		rep.Neutralised = n
		return err
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// WriteGlossary writes concepts as TBX 2008 ("tbx"), TBX v3 ("tbx3"), CSV
// or TSV with a column per language, keeping the terms of langs (all when
// empty; the first is the file's source language). In CSV and TSV a cell
// that a spreadsheet would run as a formula gets a leading ' (see
// termcsv.WriteTable), which ReadGlossary drops again.
func WriteGlossary(w io.Writer, format string, langs []string, concepts []glossary.Concept) error {
	_, err := writeGlossary(w, format, langs, concepts)
	return err
}

// writeGlossary is WriteGlossary, and returns how many CSV or TSV cells it
// neutralised.
func writeGlossary(w io.Writer, format string, langs []string, concepts []glossary.Concept) (int, error) {
	entries := make([]termfile.Entry, 0, len(concepts))
	seen := map[string]bool{}
	var order []string
	for _, c := range concepts {
		e := termfile.Entry{ID: fmt.Sprint(c.ID), Subject: c.Subject, Definition: c.Definition, Note: c.Note, Source: c.Source}
		for _, t := range c.Terms {
			if len(langs) > 0 && !contains(langs, t.Lang) {
				continue
			}
			if !seen[t.Lang] {
				seen[t.Lang] = true
				order = append(order, t.Lang)
			}
			e.Terms = append(e.Terms, termfile.Term{Lang: t.Lang, Text: t.Text, PartOfSpeech: t.PartOfSpeech,
				Definition: t.Definition, Note: t.Note, Status: string(t.Status), Source: termSource(t.Source, c.Source)})
		}
		if len(e.Terms) > 0 {
			entries = append(entries, e)
		}
	}
	if len(langs) == 0 {
		langs = order
	}
	switch format {
	case "tbx":
		return 0, writeTBX(w, tbx.Dialect2008, langs, entries)
	case "tbx3":
		return 0, writeTBX(w, tbx.DialectV3, langs, entries)
	case "csv":
		return termcsv.WriteTable(w, langs, entries)
	case "tsv":
		return termcsv.WriteTSV(w, langs, entries)
	}
	return 0, fmt.Errorf("write glossary as %q: %w (want tbx, tbx3, csv or tsv)", format, ErrFormat)
}

func writeTBX(w io.Writer, dialect tbx.Dialect, langs []string, entries []termfile.Entry) error {
	src := ""
	if len(langs) > 0 {
		src = langs[0]
	}
	tw, err := tbx.NewWriter(w, dialect, src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := tw.Write(e); err != nil {
			return err
		}
	}
	return tw.Close()
}

// contains reports whether list holds s, ignoring case.
func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// termSource is what an export says of a term's source: nothing when the
// concept says the same, so that files do not repeat it on every term.
func termSource(term, concept string) string {
	if term == concept {
		return ""
	}
	return term
}
