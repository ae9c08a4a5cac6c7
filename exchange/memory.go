package exchange

import (
	"bufio"
	"context"
	"io"
	"path/filepath"
	"strings"

	"tafsiri/internal/closer"
	"tafsiri/memory"
	"tafsiri/storage"
	"tafsiri/tmx"
	"tafsiri/translate"
)

// ExportMemory writes the src→tgt segments of st (every pair when both are
// empty) to the file path as WriteMemoryFile does, and never over st's own
// database under any of its names; it returns how many segments it wrote.
func ExportMemory(ctx context.Context, st *storage.Store, path, src, tgt string) (int, error) {
	segs, err := st.Segments(ctx, src, tgt)
	if err != nil {
		return 0, err
	}
	if err := writeMemoryFile(path, st.Path(), src, segs); err != nil {
		return 0, err
	}
	return len(segs), nil
}

// WriteMemoryFile exports translation-memory segments as a TMX 1.4b file
// whose source language is src ("*all*" when empty); each unit keeps the
// segment's origin as an x-tafsiri-origin prop. The file is written whole
// or not at all, and never over a SQLite database (ErrDatabaseTarget): an
// earlier file at path stays as it was when the export fails. ExportMemory
// also knows the open database when it is reached by another name.
func WriteMemoryFile(path, src string, segs []memory.Segment) error {
	return writeMemoryFile(path, "", src, segs)
}

// writeMemoryFile is WriteMemoryFile, never writing over db, the open
// database, either.
func writeMemoryFile(path, db, src string, segs []memory.Segment) error {
	if src == "" {
		src = commonSource(segs)
	}
	return writeExport(path, db, "memory", func(bw *bufio.Writer) error {
		w, err := tmx.NewWriter(bw, tmx.Header{SrcLang: src})
		if err != nil {
			return err
		}
		for _, u := range memoryUnits(segs) {
			if err := w.Write(u); err != nil {
				return err
			}
		}
		return w.Close()
	})
}

// MemoryReport says what a translation-memory import did.
type MemoryReport struct {
	Src, Tgt string // the languages imported, as stored; Tgt is the first of Tgts
	// Tgts are every target language imported: a TMX unit in several
	// languages keeps all of them.
	Tgts       []string
	Added      int
	Duplicates int              // segments already there
	Skipped    []translate.Skip // units left out, with file:line and why
}

// ImportMemory imports a TMX (or, for a .tsv, .tab or .txt name,
// tab-separated pairs) into st, all of it or nothing: units are staged as
// they are read, so that a file of any size takes little memory, and
// published in one short transaction that keeps no one waiting long
// (storage.MemoryImport). With tgt empty a TMX keeps every language of its
// units: each unit's source sentence is stored with each of its
// translations, and the memory answers every pair among them
// (storage.Exact); with tgt given only src→tgt is imported. Languages
// default as in translate.ReadTMX; origin is "import", "user" or "default".
func ImportMemory(ctx context.Context, st *storage.Store, r io.Reader, name, src, tgt, origin string) (_ *MemoryReport, err error) {
	imp, err := st.BeginMemoryImport(ctx)
	if err != nil {
		return nil, err
	}
	defer closer.Close(&err, imp, "memory import")
	add := func(srcLang, tgtLang string, p translate.Pair) error {
		return imp.Add(memory.Segment{SrcLang: srcLang, TgtLang: tgtLang, Source: p.Src, Target: p.Tgt, Origin: origin})
	}
	rep := &MemoryReport{}
	switch tsv := strings.ToLower(filepath.Ext(name)); {
	case tsv == ".tsv" || tsv == ".tab" || tsv == ".txt" || tgt != "":
		each := translate.EachTMXPair
		if tsv == ".tsv" || tsv == ".tab" || tsv == ".txt" {
			each = translate.EachTSVPair
		}
		c, err := each(r, name, src, tgt, func(c *translate.Corpus, p translate.Pair) error { return add(c.Src, c.Tgt, p) })
		if err != nil {
			return nil, err
		}
		rep.Src, rep.Tgts, rep.Skipped = c.Src, []string{c.Tgt}, c.Skipped
	default:
		tr, err := translate.EachTMXTranslation(r, name, src, add)
		if err != nil {
			return nil, err
		}
		rep.Src, rep.Tgts, rep.Skipped = tr.Src, tr.Tgts, tr.Skipped
	}
	done, err := imp.Commit()
	if err != nil {
		return nil, err
	}
	rep.Added, rep.Duplicates = done.Added, done.Duplicates
	if len(rep.Tgts) > 0 {
		rep.Tgt = rep.Tgts[0]
	}
	return rep, nil
}
