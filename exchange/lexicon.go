package exchange

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"tafsiri/internal/closer"
	"tafsiri/lexicon"
	"tafsiri/storage"
	"tafsiri/translate"
)

// LexiconOptions say how to import a lexicon.
type LexiconOptions struct {
	// Src and Tgt name the languages of a dictd dictionary whose name
	// does not say them (a FreeDict name does), or override what it says.
	// For a TSV, Src must be its source column's language and Tgt keeps
	// only the column of that language.
	Src, Tgt string
	// Replace makes the entries of each source imported replace those the
	// lexicon has of that source (a new version of the team's lexicon),
	// when the import commits.
	Replace bool
}

// LexiconReport says what a lexicon import did.
type LexiconReport struct {
	Files      []string       // the files read
	Sources    []string       // the sources of the entries read, in file order
	Added      int            // new entries
	Duplicates int            // entries already there
	Replaced   int64          // entries of the sources replaced (LexiconOptions.Replace)
	Skipped    []lexicon.Skip // entries left out, with file:line and why
}

// ImportLexicon imports the lexicon at path into st, all of it or nothing:
// a TSV in the team's format (lexicon.ReadTSV), a dictd dictionary such as
// FreeDict's (its .index, .dict.dz or .dict; lexicon.ReadDictd), or a
// folder such as /usr/share/dictd, every FreeDict dictionary of which
// (freedict-*.index) is imported. Every file is read before anything is
// written, so a file that cannot be read leaves the lexicon as it was.
func ImportLexicon(ctx context.Context, st *storage.Store, path string, opt LexiconOptions) (*LexiconReport, error) {
	files, err := lexiconFiles(path)
	if err != nil {
		return nil, err
	}
	var dicts []*lexicon.Dictionary
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("import lexicon: %w", err)
		}
		d, err := readLexiconFile(f, opt)
		if err != nil {
			return nil, err
		}
		dicts = append(dicts, d)
	}
	return importDictionaries(ctx, st, dicts, opt)
}

// ImportLexiconTSV imports a lexicon in the team's TSV format read from r,
// as ImportLexicon does a .tsv file; name is the file's name, for reports.
// The defaults install the team's lexicon through it.
func ImportLexiconTSV(ctx context.Context, st *storage.Store, r io.Reader, name string, opt LexiconOptions) (*LexiconReport, error) {
	d, err := readLexiconTSV(r, name, opt)
	if err != nil {
		return nil, err
	}
	return importDictionaries(ctx, st, []*lexicon.Dictionary{d}, opt)
}

// readLexiconFile reads one lexicon file.
func readLexiconFile(f lexiconFile, opt LexiconOptions) (_ *lexicon.Dictionary, err error) {
	if f.tsv != "" {
		r, err := os.Open(f.tsv)
		if err != nil {
			return nil, fmt.Errorf("open lexicon: %w", err)
		}
		defer closer.Close(&err, r, "lexicon")
		return readLexiconTSV(r, filepath.Base(f.tsv), opt)
	}
	index, err := os.Open(f.index)
	if err != nil {
		return nil, fmt.Errorf("open dictionary: %w", err)
	}
	defer closer.Close(&err, index, "dictionary index")
	data, err := os.Open(f.data)
	if err != nil {
		return nil, fmt.Errorf("open dictionary: %w", err)
	}
	defer closer.Close(&err, data, "dictionary articles")
	return lexicon.ReadDictd(index, data, lexicon.DictdOptions{Name: f.name, SrcLang: opt.Src, TgtLang: opt.Tgt})
}

// readLexiconTSV reads a TSV and keeps the languages opt asks for.
func readLexiconTSV(r io.Reader, name string, opt LexiconOptions) (*lexicon.Dictionary, error) {
	d, err := lexicon.ReadTSV(r, name)
	if err != nil {
		return nil, err
	}
	if opt.Src == "" && opt.Tgt == "" {
		return d, nil
	}
	src, tgt, err := canonicalPair(opt.Src, opt.Tgt)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	kept := d.Entries[:0]
	for _, e := range d.Entries {
		if src != "" && e.SrcLang != src {
			return nil, fmt.Errorf("read %s: its source language is %s, not %s", name, e.SrcLang, src)
		}
		if tgt == "" || e.TgtLang == tgt {
			kept = append(kept, e)
		}
	}
	d.Entries = kept
	return d, nil
}

// canonicalPair returns the tags of two language codes, each "" when not given.
func canonicalPair(a, b string) (string, string, error) {
	var tags [2]string
	for i, code := range []string{a, b} {
		if code == "" {
			continue
		}
		tag, err := translate.CanonicalTag(code)
		if err != nil {
			return "", "", err
		}
		tags[i] = tag
	}
	return tags[0], tags[1], nil
}

// importDictionaries writes what was read in one transaction.
func importDictionaries(ctx context.Context, st *storage.Store, dicts []*lexicon.Dictionary, opt LexiconOptions) (_ *LexiconReport, err error) {
	rep := &LexiconReport{}
	imp, err := st.BeginLexiconImport(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, imp.Close()) }()
	for _, d := range dicts {
		rep.Files = append(rep.Files, d.Name)
		rep.Skipped = append(rep.Skipped, d.Skipped...)
		for _, e := range d.Entries {
			if !slices.Contains(rep.Sources, e.Source) {
				rep.Sources = append(rep.Sources, e.Source)
				if opt.Replace {
					if _, err := imp.Replace(e.Source); err != nil {
						return nil, err
					}
				}
			}
			if err := imp.Add(e); err != nil {
				return nil, err
			}
		}
	}
	done, err := imp.Commit()
	if err != nil {
		return nil, err
	}
	rep.Added, rep.Duplicates, rep.Replaced = done.Added, done.Duplicates, done.Replaced
	return rep, nil
}

// ExportLexicon writes the lexicon's entries from or into src (every entry
// that has a side in src, read from src) to the file path in the team's TSV
// format (lexicon.WriteTSV), whole or not at all and never over a database,
// as every export; it returns how many entries it wrote.
func ExportLexicon(ctx context.Context, st *storage.Store, path, src string) (int, error) {
	entries, _, err := st.LexiconEntries(ctx, storage.LexiconQuery{Src: src})
	if err != nil {
		return 0, err
	}
	n := 0
	if err := writeExport(path, st.Path(), "lexicon", func(w *bufio.Writer) error {
		written, err := lexicon.WriteTSV(w, src, entries)
		n = written
		return err
	}); err != nil {
		return 0, err
	}
	return n, nil
}
