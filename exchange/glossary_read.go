package exchange

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tafsiri/glossary"
	"tafsiri/internal/closer"
	"tafsiri/internal/limits"
	"tafsiri/internal/termfile"
	"tafsiri/internal/textnorm"
	"tafsiri/tbx"
	"tafsiri/termcsv"
	"tafsiri/translate"
)

// GlossaryFile is a TBX, OmegaT, headered CSV/TSV or TICO-19 glossary read
// one concept at a time, so that a file of any size takes little memory.
type GlossaryFile struct {
	name     string
	entries  termfile.Reader
	problems []string // entries that could not become concepts, with file:line
}

// ReadGlossary starts reading a glossary named name (its file name, used
// in messages and as the source of its terms), telling its format from its
// first bytes. An OmegaT glossary names no languages: src and tgt give them.
func ReadGlossary(r io.Reader, name, src, tgt string) (*GlossaryFile, error) {
	g := &GlossaryFile{name: name}
	var err error
	if g.entries, err = entryReader(bufio.NewReaderSize(r, 64<<10), name, src, tgt); err != nil {
		return nil, err
	}
	return g, nil
}

// Next returns the next concept of the file, or io.EOF after the last one.
func (g *GlossaryFile) Next() (glossary.Concept, error) {
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
func (g *GlossaryFile) Skipped() []string {
	var out []string
	for _, s := range g.entries.Skipped() {
		out = append(out, fmt.Sprintf("%s:%d: %s", g.name, s.Line, s.Reason))
	}
	return append(out, g.problems...)
}

// ReadGlossaryFile reads all the concepts of a glossary file and the
// entries it skipped.
func ReadGlossaryFile(path, src, tgt string) (_ []glossary.Concept, _ []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open glossary: %w", err)
	}
	defer closer.Close(&err, f, path)
	g, err := ReadGlossary(f, filepath.Base(path), src, tgt)
	if err != nil {
		return nil, nil, err
	}
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
	// Tell the format from text, not bytes: a UTF-16 CSV is no XML.
	if isXML(textnorm.DecodeHead(head)) {
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

// isXML reports whether the decoded first text of a file starts an XML document.
func isXML(head string) bool {
	return strings.HasPrefix(strings.TrimLeft(head, " \t\r\n"), "<")
}

// toConcept turns a file entry into a concept, or says why it cannot be
// one: a language that is no tag, a term longer than limits.TermBytes, an
// unknown status, no term at all. An entry or term that names its own
// source keeps it; otherwise the file is its source.
func toConcept(e termfile.Entry, file string) (glossary.Concept, string) {
	c := glossary.Concept{Subject: e.Subject, Definition: e.Definition, Note: e.Note, Source: orElse(e.Source, file)}
	line := 0
	for _, t := range e.Terms {
		line = t.Line
		tag, err := translate.CanonicalTag(t.Lang)
		if err != nil {
			return c, fmt.Sprintf("%s:%d: language %s is not a BCP 47 tag of at most %d bytes", file, t.Line, limits.Quote(t.Lang), limits.TagBytes)
		}
		if len(t.Text) > limits.TermBytes {
			return c, fmt.Sprintf("%s:%d: %s term of %d bytes is longer than the %d KiB limit", file, t.Line, tag, len(t.Text), limits.TermBytes>>10)
		}
		status := glossary.Draft
		if t.Status != "" {
			if status, err = glossary.ParseStatus(t.Status); err != nil {
				return c, fmt.Sprintf("%s:%d: %v", file, t.Line, err)
			}
		}
		c.Terms = append(c.Terms, glossary.Term{Lang: tag, Text: t.Text, Status: status,
			PartOfSpeech: t.PartOfSpeech, Definition: t.Definition, Note: t.Note, Source: orElse(t.Source, c.Source)})
	}
	if len(c.Terms) == 0 {
		return c, fmt.Sprintf("%s:%d: entry %q has no terms", file, line, e.ID)
	}
	return c, ""
}

func orElse(s, otherwise string) string {
	if s != "" {
		return s
	}
	return otherwise
}
