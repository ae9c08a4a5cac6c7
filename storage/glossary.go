package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"tafsiri/glossary"
)

// ImportReport says what a glossary import did. An import is one
// transaction: either all of it is in the database, or none of it.
type ImportReport struct {
	Concepts  int      // new concepts
	Terms     int      // new terms, in new or existing concepts
	Skipped   []string // entries left out, and why
	Conflicts []string // entries that disagree with what is there; nothing was overwritten
}

// ImportOptions says who imports and how strictly.
type ImportOptions struct {
	By string // recorded as the creator of new concepts and terms
	// Strict refuses the whole import when any entry is skipped or conflicts,
	// as adding one concept by hand should.
	Strict bool
}

// ErrRefused reports a strict import that would have skipped or conflicted.
var ErrRefused = errors.New("refused")

// ImportConcepts adds concepts in one transaction. An incoming concept whose
// first term (language and lookup key) a stored one has is merged into it: its new terms are added; a term already there is skipped; an approved
// term that differs from the stored approved term of its language, or a
// known term with another status, is a conflict and is reported, never
// written over.
func (s *Store) ImportConcepts(ctx context.Context, concepts []glossary.Concept, opt ImportOptions) (*ImportReport, error) {
	imp, err := s.BeginImport(ctx, opt)
	if err != nil {
		return nil, err
	}
	defer imp.Rollback()
	for _, c := range concepts {
		if err := imp.Add(c); err != nil {
			return nil, err
		}
	}
	return imp.Commit()
}

// ConceptImport is a glossary import under way: one transaction that
// concepts are added to as a file is read, so that a file of any size is
// imported in constant memory, all of it or nothing.
type ConceptImport struct {
	ctx context.Context
	tx  *sql.Tx
	opt ImportOptions
	rep ImportReport
	n   int // entries added so far
}

// BeginImport starts an import; end it with Commit, or Rollback to drop it.
func (s *Store) BeginImport(ctx context.Context, opt ImportOptions) (*ConceptImport, error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return nil, fmt.Errorf("import glossary: %w", err)
	}
	return &ConceptImport{ctx: ctx, tx: tx, opt: opt}, nil
}

// Add imports one concept, merged as ImportConcepts says; an invalid
// concept is skipped and reported. An error ends the import.
func (imp *ConceptImport) Add(c glossary.Concept) error {
	imp.n++
	if err := imp.ctx.Err(); err != nil {
		return fmt.Errorf("import glossary: %w", err)
	}
	if err := c.Validate(); err != nil {
		imp.rep.Skipped = append(imp.rep.Skipped, fmt.Sprintf("entry %d: %v", imp.n, err))
		return nil
	}
	// Statements run without cancel (see batch); cancellation is checked per entry above.
	if err := importConcept(context.WithoutCancel(imp.ctx), imp.tx, c, imp.opt.By, &imp.rep); err != nil {
		return fmt.Errorf("import glossary: entry %d: %w", imp.n, err)
	}
	return nil
}

// Commit ends the import and returns its report; a strict import that
// skipped or conflicted writes nothing and returns ErrRefused.
func (imp *ConceptImport) Commit() (*ImportReport, error) {
	rep := &imp.rep
	if problems := append(rep.Skipped, rep.Conflicts...); imp.opt.Strict && len(problems) > 0 {
		imp.Rollback()
		return rep, fmt.Errorf("import glossary: %w: %s", ErrRefused, strings.Join(problems, "; "))
	}
	if err := imp.tx.Commit(); err != nil {
		return nil, fmt.Errorf("import glossary: %w", err)
	}
	return rep, nil
}

// Rollback drops everything the import added; after Commit it does nothing.
func (imp *ConceptImport) Rollback() { imp.tx.Rollback() }

func importConcept(ctx context.Context, tx *sql.Tx, c glossary.Concept, who string, rep *ImportReport) error {
	existing, err := findConcept(ctx, tx, c)
	if err != nil {
		return err
	}
	if existing == nil {
		id, err := insertConcept(ctx, tx, c, who)
		if err != nil {
			return err
		}
		rep.Concepts++
		rep.Terms += len(c.Terms)
		return recordHistory(ctx, tx, id, "create", who)
	}
	added := 0
	for _, t := range c.Terms {
		switch problem := mergeProblem(*existing, t); {
		case problem == errAlreadyThere:
			continue
		case problem != nil:
			rep.Conflicts = append(rep.Conflicts, fmt.Sprintf("%s %q: %v", t.Lang, t.Text, problem))
		default:
			id, err := insertTerm(ctx, tx, existing.ID, t, who)
			if err != nil {
				return err
			}
			t.ID = id
			if err := recordTermHistory(ctx, tx, existing.ID, t, who); err != nil {
				return err
			}
			existing.Terms = append(existing.Terms, t)
			added++
		}
	}
	rep.Terms += added
	return nil
}

// errAlreadyThere marks an incoming term the concept already has, as it is.
var errAlreadyThere = errors.New("already there")

// mergeProblem says why term t cannot join concept c, or nil when it can.
func mergeProblem(c glossary.Concept, t glossary.Term) error {
	key := glossary.LookupKey(t.Lang, t.Text)
	for _, have := range c.Terms {
		if have.Lang != t.Lang {
			continue
		}
		if glossary.LookupKey(have.Lang, have.Text) == key {
			if have.Status == t.Status {
				return errAlreadyThere
			}
			return fmt.Errorf("is %s here, %s in the file", have.Status, t.Status)
		}
		if have.Status == glossary.Approved && t.Status == glossary.Approved {
			return fmt.Errorf("the approved %s term is %q", have.Lang, have.Text)
		}
	}
	return nil
}

// findConcept returns the stored concept that has c's first term (its
// source-language term: the English column of a TICO-19 file, the first
// language of a table), or nil, with only its terms in c's languages: the
// only ones a merge compares. Other shared terms do not merge concepts: one
// word in one language may name two concepts ("grippe" for flu and for
// influenza), and each keeps its own entry.
func findConcept(ctx context.Context, tx *sql.Tx, c glossary.Concept) (*glossary.Concept, error) {
	first := c.Terms[0]
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT concept_id FROM terms WHERE lang = ? AND lookup_key = ? LIMIT 1`,
		first.Lang, glossary.LookupKey(first.Lang, first.Text)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("find concept of %q: %w", first.Text, err)
	}
	langs := make([]string, len(c.Terms))
	for i, t := range c.Terms {
		langs[i] = t.Lang
	}
	return loadConcept(ctx, tx, id, langs...)
}

func insertConcept(ctx context.Context, tx *sql.Tx, c glossary.Concept, who string) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO concepts (subject, definition, note, source, created_by, changed_by)
		VALUES (?, ?, ?, ?, ?, ?)`, c.Subject, c.Definition, c.Note, c.Source, who, who)
	if err != nil {
		return 0, fmt.Errorf("add concept: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("add concept: %w", err)
	}
	for _, t := range c.Terms {
		if _, err := insertTerm(ctx, tx, id, t, who); err != nil {
			return 0, err
		}
	}
	return id, nil
}

func insertTerm(ctx context.Context, tx *sql.Tx, conceptID int64, t glossary.Term, who string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, t.Lang); err != nil {
		return 0, fmt.Errorf("add language %s: %w", t.Lang, err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO terms (concept_id, lang, text, lookup_key, status,
		part_of_speech, definition, note, source, created_by, changed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		conceptID, t.Lang, t.Text, glossary.LookupKey(t.Lang, t.Text), string(t.Status),
		t.PartOfSpeech, t.Definition, t.Note, t.Source, who, who)
	if err != nil {
		return 0, fmt.Errorf("add term %s %q: %w", t.Lang, t.Text, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("add term %s %q: %w", t.Lang, t.Text, err)
	}
	return id, nil
}

// recordTermHistory keeps a snapshot of one term added to an existing
// concept: a concept that gains terms in a hundred languages must not be
// copied whole a hundred times.
func recordTermHistory(ctx context.Context, tx *sql.Tx, conceptID int64, t glossary.Term, who string) error {
	snapshot, err := json.Marshal(t)
	if err != nil {
		return fmt.Errorf("record history of term %d: %w", t.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO glossary_history (concept_id, term_id, action, snapshot, changed_by)
		VALUES (?, ?, 'create', ?, ?)`, conceptID, t.ID, string(snapshot), who); err != nil {
		return fmt.Errorf("record history of term %d: %w", t.ID, err)
	}
	return nil
}

// recordHistory keeps a snapshot of concept id as it is now.
func recordHistory(ctx context.Context, tx *sql.Tx, id int64, action, who string) error {
	c, err := loadConcept(ctx, tx, id)
	if err != nil {
		return err
	}
	snapshot, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("record history of concept %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO glossary_history (concept_id, action, snapshot, changed_by)
		VALUES (?, ?, ?, ?)`, id, action, string(snapshot), who); err != nil {
		return fmt.Errorf("record history of concept %d: %w", id, err)
	}
	return nil
}

// loadConcept reads concept id with its terms, in the order they were added:
// all of them, or those in langs when given.
func loadConcept(ctx context.Context, q querier, id int64, langs ...string) (*glossary.Concept, error) {
	c := &glossary.Concept{ID: id}
	err := q.QueryRowContext(ctx, `SELECT subject, definition, note, source FROM concepts WHERE id = ?`, id).
		Scan(&c.Subject, &c.Definition, &c.Note, &c.Source)
	if err != nil {
		return nil, fmt.Errorf("read concept %d: %w", id, err)
	}
	query := `SELECT id, lang, text, status, part_of_speech, definition, note, source,
		created_by, changed_by, created_at, changed_at FROM terms WHERE concept_id = ?`
	args := []any{id}
	if len(langs) > 0 {
		query += ` AND lang IN (?` + strings.Repeat(", ?", len(langs)-1) + `)`
		for _, l := range langs {
			args = append(args, l)
		}
	}
	rows, err := q.QueryContext(ctx, query+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read terms of concept %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var t glossary.Term
		var status, created, changed string
		if err := rows.Scan(&t.ID, &t.Lang, &t.Text, &status, &t.PartOfSpeech, &t.Definition, &t.Note,
			&t.Source, &t.CreatedBy, &t.ChangedBy, &created, &changed); err != nil {
			return nil, fmt.Errorf("read terms of concept %d: %w", id, err)
		}
		t.Status = glossary.Status(status)
		t.CreatedAt, t.ChangedAt = parseTime(created), parseTime(changed)
		c.Terms = append(c.Terms, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read terms of concept %d: %w", id, err)
	}
	return c, nil
}

// parseTime reads the timestamps SQLite writes; an unreadable one is shown as zero.
func parseTime(s string) time.Time {
	t, err := time.Parse("2006-01-02T15:04:05.999Z", s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// ConceptFilter narrows a glossary listing; empty fields match everything.
type ConceptFilter struct {
	Lang   string          // concepts with a term in this language
	Status glossary.Status // ... of this status
	Search string          // ... whose lookup key contains this text
	// IgnoreAccents makes Search find "vacunación" for "vacunacion" and back.
	IgnoreAccents bool
	Source        string // concepts whose source is this (e.g. the defaults' label)
	Limit         int    // at most this many concepts (0: no limit)
}

// Concepts lists the concepts that match f, oldest first.
func (s *Store) Concepts(ctx context.Context, f ConceptFilter) ([]glossary.Concept, error) {
	var where []string
	var args []any
	if f.Lang != "" {
		where, args = append(where, "lang = ?"), append(args, f.Lang)
	}
	if f.Status != "" {
		where, args = append(where, "status = ?"), append(args, string(f.Status))
	}
	if f.Source != "" {
		where, args = append(where, "concept_id IN (SELECT id FROM concepts WHERE source = ?)"), append(args, f.Source)
	}
	switch key := glossary.LookupKey(f.Lang, f.Search); {
	case f.Search == "":
	case f.IgnoreAccents:
		where, args = append(where, "instr(unaccent(lookup_key), ?) > 0"), append(args, glossary.WithoutAccents(key))
	default:
		where, args = append(where, "instr(lookup_key, ?) > 0"), append(args, key)
	}
	query := `SELECT DISTINCT concept_id FROM terms`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY concept_id"
	if f.Limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	ids, err := s.ids(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list concepts: %w", err)
	}
	out := make([]glossary.Concept, 0, len(ids))
	for _, id := range ids {
		c, err := loadConcept(ctx, s.db, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *c)
	}
	return out, nil
}

func (s *Store) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
