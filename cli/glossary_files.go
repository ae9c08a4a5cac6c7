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
	"tafsiri/tbx"
	"tafsiri/termcsv"
	"tafsiri/translate"
)

// readGlossaryFile reads a TBX, OmegaT, headered CSV/TSV or TICO-19 file
// as a stream (the format is told from its first bytes), reporting progress
// of large files on progress (nil: none), and returns its concepts and the
// entries it skipped, with file:line and why.
func readGlossaryFile(path, src, tgt string, progress io.Writer) ([]glossary.Concept, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open glossary: %w", err)
	}
	defer f.Close()
	name := filepath.Base(path)
	var r io.Reader = f
	if progress != nil {
		r = newProgressReader(f, progress, "read "+name)
	}
	entries, skips, err := readGlossaryEntries(bufio.NewReaderSize(r, 64<<10), name, src, tgt)
	if err != nil {
		return nil, nil, err
	}
	var skipped []string
	for _, s := range skips {
		skipped = append(skipped, fmt.Sprintf("%s:%d: %s", name, s.Line, s.Reason))
	}
	concepts := make([]glossary.Concept, 0, len(entries))
	for _, e := range entries {
		c, problem := toConcept(e, name)
		if problem != "" {
			skipped = append(skipped, problem)
			continue
		}
		concepts = append(concepts, c)
	}
	return concepts, skipped, nil
}

func readGlossaryEntries(r *bufio.Reader, name, src, tgt string) ([]termcsv.Entry, []termcsv.Skip, error) {
	head, err := r.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("read %s: %w", name, err)
	}
	if isXML(head) {
		return readTBX(r, name)
	}
	switch termcsv.Detect(name, head) {
	case termcsv.FormatTICO:
		return termcsv.ReadTICO(r, name)
	case termcsv.FormatTable:
		return termcsv.ReadTable(r, name)
	case termcsv.FormatOmegaT:
		if src == "" || tgt == "" {
			return nil, nil, fmt.Errorf("read %s: an OmegaT glossary names no languages; give --src and --tgt", name)
		}
		return termcsv.ReadOmegaT(r, name, src, tgt)
	}
	return nil, nil, fmt.Errorf("read %s: not a glossary format Tafsiri knows (TBX, OmegaT, CSV/TSV with a column per language, TICO-19)", name)
}

func isXML(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	return bytes.HasPrefix(head, []byte("<")) || bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff"))
}

// readTBX reads every entry of a TBX file; TBX and CSV entries have the same shape.
func readTBX(in io.Reader, name string) ([]termcsv.Entry, []termcsv.Skip, error) {
	r, err := tbx.NewReader(in, name)
	if err != nil {
		return nil, nil, err
	}
	var entries []termcsv.Entry
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		ce := termcsv.Entry{ID: e.ID, Subject: e.Subject, Definition: e.Definition, Note: e.Note}
		for _, t := range e.Terms {
			ce.Terms = append(ce.Terms, termcsv.Term(t))
		}
		entries = append(entries, ce)
	}
	var skips []termcsv.Skip
	for _, s := range r.Skipped() {
		skips = append(skips, termcsv.Skip(s))
	}
	return entries, skips, nil
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
