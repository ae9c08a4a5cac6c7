package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tafsiri/glossary"
	"tafsiri/internal/termfile"
	"tafsiri/tbx"
	"tafsiri/termcsv"
	"tafsiri/translate"
)

// glossaryFile is an open TBX, OmegaT, headered CSV/TSV or TICO-19 file,
// read one concept at a time so that a file of any size takes little memory.
type glossaryFile struct {
	f        *os.File
	name     string
	entries  termfile.Reader
	problems []string // entries that could not become concepts, with file:line
}

// openGlossaryFile opens a glossary file and tells its format from its
// first bytes; progress, when not nil, hears how much of a large file is read.
func openGlossaryFile(path, src, tgt string, progress io.Writer) (*glossaryFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open glossary: %w", err)
	}
	g := &glossaryFile{f: f, name: filepath.Base(path)}
	var r io.Reader = f
	if progress != nil {
		r = newProgressReader(f, progress, "read "+g.name)
	}
	if g.entries, err = entryReader(bufio.NewReaderSize(r, 64<<10), g.name, src, tgt); err != nil {
		f.Close()
		return nil, err
	}
	return g, nil
}

// Next returns the next concept of the file, or io.EOF after the last one.
func (g *glossaryFile) Next() (glossary.Concept, error) {
	for {
		e, err := g.entries.Next()
		if err != nil {
			return glossary.Concept{}, err
		}
		c, problem := toConcept(e, g.name)
		if problem == "" {
			return c, nil
		}
		g.problems = append(g.problems, problem)
	}
}

// Skipped lists the entries left out so far, each with file:line and why.
func (g *glossaryFile) Skipped() []string {
	var out []string
	for _, s := range g.entries.Skipped() {
		out = append(out, fmt.Sprintf("%s:%d: %s", g.name, s.Line, s.Reason))
	}
	return append(out, g.problems...)
}

// Close closes the file.
func (g *glossaryFile) Close() error { return g.f.Close() }

// readGlossaryFile reads all the concepts of a glossary file and the
// entries it skipped.
func readGlossaryFile(path, src, tgt string) ([]glossary.Concept, []string, error) {
	g, err := openGlossaryFile(path, src, tgt, nil)
	if err != nil {
		return nil, nil, err
	}
	defer g.Close()
	var concepts []glossary.Concept
	for {
		c, err := g.Next()
		if errors.Is(err, io.EOF) {
			return concepts, g.Skipped(), nil
		}
		if err != nil {
			return nil, nil, err
		}
		concepts = append(concepts, c)
	}
}

// entryReader picks the reader of a file's format from its first bytes.
func entryReader(r *bufio.Reader, name, src, tgt string) (termfile.Reader, error) {
	head, err := r.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if isXML(head) {
		return tbx.NewReader(r, name)
	}
	switch termcsv.Detect(name, head) {
	case termcsv.FormatTICO:
		return termcsv.NewTICOReader(r, name)
	case termcsv.FormatTable:
		return termcsv.NewTableReader(r, name)
	case termcsv.FormatOmegaT:
		if src == "" || tgt == "" {
			return nil, fmt.Errorf("read %s: an OmegaT glossary names no languages; give --src and --tgt", name)
		}
		return termcsv.NewOmegaTReader(r, name, src, tgt)
	}
	return nil, fmt.Errorf("read %s: not a glossary format Tafsiri knows (TBX, OmegaT, CSV/TSV with a column per language, TICO-19)", name)
}

func isXML(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	return bytes.HasPrefix(head, []byte("<")) || bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff"))
}

// toConcept turns a file entry into a concept, or says why it cannot be one.
func toConcept(e termcsv.Entry, source string) (glossary.Concept, string) {
	c := glossary.Concept{Subject: e.Subject, Definition: e.Definition, Note: e.Note, Source: source}
	line := 0
	for _, t := range e.Terms {
		line = t.Line
		tag, err := translate.CanonicalTag(t.Lang)
		if err != nil {
			return c, fmt.Sprintf("%s:%d: language %q is not a BCP 47 tag", source, t.Line, t.Lang)
		}
		status := glossary.Draft
		if t.Status != "" {
			if status, err = glossary.ParseStatus(t.Status); err != nil {
				return c, fmt.Sprintf("%s:%d: %v", source, t.Line, err)
			}
		}
		c.Terms = append(c.Terms, glossary.Term{Lang: tag, Text: t.Text, Status: status,
			PartOfSpeech: t.PartOfSpeech, Definition: t.Definition, Note: t.Note, Source: source})
	}
	if len(c.Terms) == 0 {
		return c, fmt.Sprintf("%s:%d: entry %q has no terms", source, line, e.ID)
	}
	return c, ""
}

// writeGlossaryFile exports concepts as TBX (2008 or v3), CSV or TSV, keeping the terms of langs (all when empty).
func writeGlossaryFile(w io.Writer, format string, langs []string, concepts []glossary.Concept) error {
	entries := make([]termcsv.Entry, 0, len(concepts))
	seen := map[string]bool{}
	var order []string
	for _, c := range concepts {
		e := termcsv.Entry{ID: fmt.Sprint(c.ID), Subject: c.Subject, Definition: c.Definition, Note: c.Note}
		for _, t := range c.Terms {
			if len(langs) > 0 && !contains(langs, t.Lang) {
				continue
			}
			if !seen[t.Lang] {
				seen[t.Lang] = true
				order = append(order, t.Lang)
			}
			e.Terms = append(e.Terms, termcsv.Term{Lang: t.Lang, Text: t.Text, PartOfSpeech: t.PartOfSpeech,
				Definition: t.Definition, Note: t.Note, Status: string(t.Status)})
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
		return writeTBX(w, tbx.Dialect2008, langs, entries)
	case "tbx3":
		return writeTBX(w, tbx.DialectV3, langs, entries)
	case "csv":
		return termcsv.WriteTable(w, langs, entries)
	case "tsv":
		return termcsv.WriteTSV(w, langs, entries)
	}
	return usagef("unknown export format %q: want tbx, tbx3, csv or tsv", format)
}

func writeTBX(w io.Writer, dialect tbx.Dialect, langs []string, entries []termcsv.Entry) error {
	src := ""
	if len(langs) > 0 {
		src = langs[0]
	}
	tw, err := tbx.NewWriter(w, dialect, src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		te := tbx.Entry{ID: e.ID, Subject: e.Subject, Definition: e.Definition, Note: e.Note}
		for _, t := range e.Terms {
			te.Terms = append(te.Terms, tbx.Term(t))
		}
		if err := tw.Write(te); err != nil {
			return err
		}
	}
	return tw.Close()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
