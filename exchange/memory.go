package exchange

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"tafsiri/memory"
	"tafsiri/storage"
	"tafsiri/tmx"
	"tafsiri/translate"
)

// WriteMemoryFile exports translation-memory segments as a TMX 1.4b file
// whose source language is src ("*all*" when empty); each unit keeps the
// segment's origin as an x-tafsiri-origin prop. A failed export leaves no file.
func WriteMemoryFile(path, src string, segs []memory.Segment) error {
	return writeExport(path, "memory", func(bw *bufio.Writer) error {
		w, err := tmx.NewWriter(bw, tmx.Header{SrcLang: src})
		if err != nil {
			return err
		}
		for _, s := range segs {
			err := w.Write(tmx.Unit{ID: fmt.Sprint(s.ID), Variants: []tmx.Variant{
				{Lang: s.SrcLang, Text: s.Source}, {Lang: s.TgtLang, Text: s.Target}},
				Props: map[string]string{"x-tafsiri-origin": s.Origin}})
			if err != nil {
				return err
			}
		}
		return w.Close()
	})
}

// MemoryReport says what a translation-memory import did.
type MemoryReport struct {
	Src, Tgt   string // the languages imported, as stored
	Added      int
	Duplicates int              // segments already there
	Skipped    []translate.Skip // units left out, with file:line and why
}

// ImportMemory imports the src→tgt pairs of a TMX (or, for a .tsv, .tab or
// .txt name, tab-separated pairs) into st in one transaction, reading and
// writing in step so that a file of any size takes little memory. Languages
// default as in translate.ReadTMX; origin is "import", "user" or "default".
func ImportMemory(ctx context.Context, st *storage.Store, r io.Reader, name, src, tgt, origin string) (*MemoryReport, error) {
	imp, err := st.BeginMemoryImport(ctx)
	if err != nil {
		return nil, err
	}
	defer imp.Rollback()
	add := func(c *translate.Corpus, p translate.Pair) error {
		return imp.Add(memory.Segment{SrcLang: c.Src, TgtLang: c.Tgt, Source: p.Src, Target: p.Tgt, Origin: origin})
	}
	var c *translate.Corpus
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tsv", ".tab", ".txt":
		c, err = translate.EachTSVPair(r, name, src, tgt, add)
	default:
		c, err = translate.EachTMXPair(r, name, src, tgt, add)
	}
	if err != nil {
		return nil, err
	}
	rep, err := imp.Commit()
	if err != nil {
		return nil, err
	}
	return &MemoryReport{Src: c.Src, Tgt: c.Tgt, Added: rep.Added, Duplicates: rep.Duplicates, Skipped: c.Skipped}, nil
}
