package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tafsiri/lexicon"
)

// LexiconAdded says what a lexicon import did.
type LexiconAdded struct {
	Added      int   // new entries
	Duplicates int   // entries already there, left as they were
	Replaced   int64 // entries of the sources replaced (LexiconImport.Replace), deleted
}

// ImportLexicon adds lexicon entries, all of them or none, as LexiconImport does.
func (s *Store) ImportLexicon(ctx context.Context, entries []lexicon.Entry) (_ *LexiconAdded, err error) {
	imp, err := s.BeginLexiconImport(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, imp.Close()) }()
	for _, e := range entries {
		if err := imp.Add(e); err != nil {
			return nil, err
		}
	}
	return imp.Commit()
}

// LexiconImport is a lexicon import under way: one write transaction that
// entries are added to as files are read, so that an import of several
// dictionaries is all of them or nothing. Dictionaries are read in
// moments, so the transaction is short. End every import with Close.
type LexiconImport struct {
	ctx     context.Context // checked between entries; statements run without cancel
	tx      *sql.Tx
	entry   *sql.Stmt
	key     *sql.Stmt
	s       *Store
	langs   map[string]bool     // languages known to be in the languages table
	sources map[[2]string]int64 // name and licence → lexicon_sources id
	rep     LexiconAdded
	ended   bool
}

// BeginLexiconImport starts an import; end it with Commit, and Close it.
func (s *Store) BeginLexiconImport(ctx context.Context) (*LexiconImport, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, fmt.Errorf("import lexicon: %w", err)
	}
	imp := &LexiconImport{ctx: ctx, tx: tx, s: s, langs: map[string]bool{}, sources: map[[2]string]int64{}}
	bg := context.WithoutCancel(ctx)
	imp.entry, err = tx.PrepareContext(bg, `INSERT INTO lexicon (src_lang, src_forms, pos, tgt_lang, tgt_forms, source_id)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	if err == nil {
		imp.key, err = tx.PrepareContext(bg, `INSERT INTO lexicon_keys (key, entry_id, side, form) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	}
	if err != nil {
		return nil, errors.Join(fmt.Errorf("import lexicon: %w", s.fileError(err)), tx.Rollback())
	}
	return imp, nil
}

// Replace deletes, within the import, every entry of source: a new version
// of a lexicon replaces the old one when the import commits, and the old
// one stays if it does not. It returns how many entries it deleted.
func (imp *LexiconImport) Replace(source string) (int64, error) {
	n, err := deleteLexiconSource(context.WithoutCancel(imp.ctx), imp.tx, source)
	if err != nil {
		return 0, fmt.Errorf("import lexicon: replace %s: %w", source, imp.s.fileError(err))
	}
	for k := range imp.sources {
		if k[0] == source {
			delete(imp.sources, k)
		}
	}
	imp.rep.Replaced += n
	return n, nil
}

// deleteLexiconSource deletes the entries of source, their keys and the
// source itself, and returns how many entries there were.
func deleteLexiconSource(ctx context.Context, tx *sql.Tx, source string) (int64, error) {
	res, err := tx.ExecContext(ctx, `DELETE FROM lexicon WHERE source_id IN (SELECT id FROM lexicon_sources WHERE name = ?)`, source)
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM lexicon_sources WHERE name = ?`, source)
	return n, err
}

// Add adds one entry with the keys of all its forms; one that is there
// already (same languages, forms, part of speech and source) is counted as
// a duplicate.
func (imp *LexiconImport) Add(e lexicon.Entry) error {
	if n := imp.rep.Added + imp.rep.Duplicates + 1; n%1000 == 0 {
		if err := imp.ctx.Err(); err != nil {
			return fmt.Errorf("import lexicon: %w", err)
		}
	}
	if e.SrcLang == "" || e.TgtLang == "" || e.SrcText() == "" || e.TgtText() == "" {
		return fmt.Errorf("import lexicon: entry %q → %q (%s→%s) lacks a language or a side", e.SrcText(), e.TgtText(), e.SrcLang, e.TgtLang)
	}
	// Statements run without cancel (the driver would start a goroutine
	// each); cancellation is checked above.
	ctx := context.WithoutCancel(imp.ctx)
	if err := imp.addLanguages(ctx, e.SrcLang, e.TgtLang); err != nil {
		return err
	}
	source, err := imp.sourceID(ctx, e.Source, e.Licence)
	if err != nil {
		return err
	}
	added, err := imp.insert(ctx, e, source)
	if err != nil {
		return fmt.Errorf("import lexicon: entry %q → %q: %w", e.SrcText(), e.TgtText(), imp.s.fileError(err))
	}
	if added {
		imp.rep.Added++
	} else {
		imp.rep.Duplicates++
	}
	return nil
}

// addLanguages records the languages of an entry the first time they come.
func (imp *LexiconImport) addLanguages(ctx context.Context, tags ...string) error {
	for _, l := range tags {
		if imp.langs[l] {
			continue
		}
		if _, err := imp.tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, l); err != nil {
			return fmt.Errorf("import lexicon: add language %s: %w", l, imp.s.fileError(err))
		}
		imp.langs[l] = true
	}
	return nil
}

// sourceID returns the id of a source and licence, recording them the first time.
func (imp *LexiconImport) sourceID(ctx context.Context, name, licence string) (int64, error) {
	if id, ok := imp.sources[[2]string{name, licence}]; ok {
		return id, nil
	}
	var id int64
	_, err := imp.tx.ExecContext(ctx, `INSERT INTO lexicon_sources (name, licence) VALUES (?, ?) ON CONFLICT DO NOTHING`, name, licence)
	if err == nil {
		err = imp.tx.QueryRowContext(ctx, `SELECT id FROM lexicon_sources WHERE name = ? AND licence = ?`, name, licence).Scan(&id)
	}
	if err != nil {
		return 0, fmt.Errorf("import lexicon: add source %s: %w", name, imp.s.fileError(err))
	}
	imp.sources[[2]string{name, licence}] = id
	return id, nil
}

// insert adds e, of source, and its keys, and reports false when it was there already.
func (imp *LexiconImport) insert(ctx context.Context, e lexicon.Entry, source int64) (bool, error) {
	res, err := imp.entry.ExecContext(ctx, e.SrcLang, lexicon.JoinForms(e.SrcForms), e.POS, e.TgtLang,
		lexicon.JoinForms(e.TgtForms), source)
	if err != nil {
		return false, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	for side, forms := range [][]string{e.SrcForms, e.TgtForms} {
		lang := e.SrcLang
		if side == 1 {
			lang = e.TgtLang
		}
		for form, text := range forms {
			key := lexicon.Key(lang, text)
			if key == "" {
				continue
			}
			if _, err := imp.key.ExecContext(ctx, key, id, side, form); err != nil {
				return false, err
			}
		}
	}
	return true, nil
}

// Commit makes the import's changes part of the lexicon and returns what it did.
func (imp *LexiconImport) Commit() (*LexiconAdded, error) {
	if imp.ended {
		return nil, errors.New("import lexicon: import already ended")
	}
	imp.ended = true
	if err := imp.tx.Commit(); err != nil {
		return nil, fmt.Errorf("import lexicon: %w", imp.s.fileError(err))
	}
	return &imp.rep, nil
}

// Close drops what the import added, unless it was committed.
func (imp *LexiconImport) Close() error {
	if imp.ended {
		return nil
	}
	imp.ended = true
	if err := imp.tx.Rollback(); err != nil {
		return fmt.Errorf("import lexicon: roll back: %w", err)
	}
	return nil
}
