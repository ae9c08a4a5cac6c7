package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"tafsiri/glossary"
)

// ErrNotFound reports a concept, term or history entry that is not in the database.
var ErrNotFound = errors.New("not found")

// Concept reads one concept with all its terms.
func (s *Store) Concept(ctx context.Context, id int64) (*glossary.Concept, error) {
	c, err := loadConcept(ctx, s.db, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read concept %d: %w", id, ErrNotFound)
	}
	return c, err
}

// SaveConcept writes an edited concept back in one transaction: its fields,
// its terms (a term with ID 0 is added, a stored term missing from c is
// removed, the others are updated) and a history entry with the result, so
// that the previous version can be restored. The concept must validate.
func (s *Store) SaveConcept(ctx context.Context, c glossary.Concept, by string) error {
	if err := c.Validate(); err != nil {
		return fmt.Errorf("save concept %d: %w", c.ID, err)
	}
	return s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if err := saveConcept(ctx, tx, c, by); err != nil {
			return fmt.Errorf("save concept %d: %w", c.ID, err)
		}
		return recordHistory(ctx, tx, c.ID, "update", by)
	})
}

// SetTermStatus approves, forbids or sets back to draft one term. Approving
// a term makes the language's previously approved term of that concept a
// draft: a concept has one approved term per language.
func (s *Store) SetTermStatus(ctx context.Context, termID int64, status glossary.Status, by string) (*glossary.Concept, error) {
	if !status.Valid() {
		return nil, fmt.Errorf("set status of term %d: %w", termID, glossary.ErrStatus)
	}
	conceptID, err := s.conceptOfTerm(ctx, termID)
	if err != nil {
		return nil, err
	}
	c, err := loadConcept(ctx, s.db, conceptID)
	if err != nil {
		return nil, err
	}
	var lang string
	for _, t := range c.Terms {
		if t.ID == termID {
			lang = t.Lang
		}
	}
	for k := range c.Terms {
		t := &c.Terms[k]
		switch {
		case t.ID == termID:
			t.Status = status
		case status == glossary.Approved && t.Lang == lang && t.Status == glossary.Approved:
			t.Status = glossary.Draft
		}
	}
	if err := s.SaveConcept(ctx, *c, by); err != nil {
		return nil, err
	}
	return loadConcept(ctx, s.db, conceptID)
}

// DeleteConcept removes a concept and its terms, keeping the concept as it
// was in a history entry whose ID is returned: RestoreVersion with it undoes
// the delete.
func (s *Store) DeleteConcept(ctx context.Context, id int64, by string) (historyID int64, err error) {
	err = s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if historyID, err = recordSnapshot(ctx, tx, id, "delete", by); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM concepts WHERE id = ?`, id); err != nil {
			return fmt.Errorf("delete concept %d: %w", id, err)
		}
		return nil
	})
	return historyID, err
}

// Version is one entry of a concept's history: what it was after a change
// (before it, for a delete), who changed it and when.
type Version struct {
	ID        int64
	ConceptID int64
	Action    string // create, update, delete or restore
	By        string
	At        time.Time
	Concept   glossary.Concept // the whole concept, or only Term for a term added by an import
	Term      *glossary.Term   // set when the entry records one term added to the concept
}

// History lists the versions of a concept, oldest first; it outlives a delete.
func (s *Store) History(ctx context.Context, conceptID int64) ([]Version, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, concept_id, term_id, action, snapshot, changed_by, changed_at
		FROM glossary_history WHERE concept_id = ? ORDER BY id`, conceptID)
	if err != nil {
		return nil, fmt.Errorf("read history of concept %d: %w", conceptID, err)
	}
	defer rows.Close()
	var out []Version
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, fmt.Errorf("read history of concept %d: %w", conceptID, err)
		}
		out = append(out, *v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read history of concept %d: %w", conceptID, err)
	}
	return out, nil
}

// RestoreVersion brings back the concept as history entry id recorded it: a
// deleted concept returns with its ids, an edited one gets its old fields
// and terms again; a term-only entry puts that term back into its concept.
// The restore is itself recorded, so it can be undone in turn.
func (s *Store) RestoreVersion(ctx context.Context, id int64, by string) (*glossary.Concept, error) {
	row := s.db.QueryRowContext(ctx, `SELECT id, concept_id, term_id, action, snapshot, changed_by, changed_at
		FROM glossary_history WHERE id = ?`, id)
	v, err := scanVersion(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("restore history entry %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("restore history entry %d: %w", id, err)
	}
	err = s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		want, err := restoredConcept(ctx, tx, v)
		if err != nil {
			return err
		}
		if err := want.Validate(); err != nil {
			return err
		}
		if err := saveConcept(ctx, tx, want, by); err != nil {
			return err
		}
		return recordHistory(ctx, tx, v.ConceptID, "restore", by)
	})
	if err != nil {
		return nil, fmt.Errorf("restore history entry %d: %w", id, err)
	}
	return loadConcept(ctx, s.db, v.ConceptID)
}

// restoredConcept is the concept as it should be after restoring v: the
// snapshot itself, or for a term-only entry the current concept with that
// term put back.
func restoredConcept(ctx context.Context, tx *sql.Tx, v *Version) (glossary.Concept, error) {
	if v.Term == nil {
		return v.Concept, nil
	}
	current, err := loadConcept(ctx, tx, v.ConceptID)
	if errors.Is(err, sql.ErrNoRows) {
		return glossary.Concept{ID: v.ConceptID, Terms: []glossary.Term{*v.Term}}, nil
	}
	if err != nil {
		return glossary.Concept{}, err
	}
	for k, t := range current.Terms {
		if t.ID == v.Term.ID {
			current.Terms[k] = *v.Term
			return *current, nil
		}
	}
	current.Terms = append(current.Terms, *v.Term)
	return *current, nil
}

// saveConcept makes the stored concept c.ID exactly c, creating it (with
// its id) when it was deleted. Terms keep their ids.
func saveConcept(ctx context.Context, tx *sql.Tx, c glossary.Concept, by string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO concepts (id, subject, definition, note, source, created_by, changed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, definition = excluded.definition,
			note = excluded.note, source = excluded.source, changed_by = excluded.changed_by,
			changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
		c.ID, c.Subject, c.Definition, c.Note, c.Source, by, by)
	if err != nil {
		return fmt.Errorf("write concept: %w", err)
	}
	keep := map[int64]bool{}
	for _, t := range c.Terms {
		if t.ID != 0 {
			keep[t.ID] = true
		}
	}
	stored, err := loadConcept(ctx, tx, c.ID)
	if err != nil {
		return err
	}
	for _, t := range stored.Terms {
		if !keep[t.ID] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM terms WHERE id = ?`, t.ID); err != nil {
				return fmt.Errorf("remove term %d: %w", t.ID, err)
			}
		}
	}
	for _, t := range c.Terms {
		if err := upsertTerm(ctx, tx, c.ID, t, by); err != nil {
			return err
		}
	}
	return nil
}

// upsertTerm writes term t of a concept: added when new, else updated in place.
func upsertTerm(ctx context.Context, tx *sql.Tx, conceptID int64, t glossary.Term, by string) error {
	if t.ID == 0 {
		_, err := insertTerm(ctx, tx, conceptID, t, by)
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, t.Lang); err != nil {
		return fmt.Errorf("add language %s: %w", t.Lang, err)
	}
	created := t.CreatedBy
	if created == "" {
		created = by
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO terms (id, concept_id, lang, text, lookup_key, status,
		part_of_speech, definition, note, source, created_by, changed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET lang = excluded.lang, text = excluded.text, lookup_key = excluded.lookup_key,
			status = excluded.status, part_of_speech = excluded.part_of_speech, definition = excluded.definition,
			note = excluded.note, source = excluded.source, changed_by = excluded.changed_by,
			changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
		WHERE (lang, text, status, part_of_speech, definition, note, source) IS NOT
			(excluded.lang, excluded.text, excluded.status, excluded.part_of_speech, excluded.definition,
			excluded.note, excluded.source)`,
		t.ID, conceptID, t.Lang, t.Text, glossary.LookupKey(t.Lang, t.Text), string(t.Status),
		t.PartOfSpeech, t.Definition, t.Note, t.Source, created, by)
	if err != nil {
		return fmt.Errorf("write term %d %s %q: %w", t.ID, t.Lang, t.Text, err)
	}
	return nil
}

// recordSnapshot keeps concept id as it is now under action and returns the entry's id.
func recordSnapshot(ctx context.Context, tx *sql.Tx, id int64, action, by string) (int64, error) {
	c, err := loadConcept(ctx, tx, id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("concept %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return 0, err
	}
	snapshot, err := json.Marshal(c)
	if err != nil {
		return 0, fmt.Errorf("record history of concept %d: %w", id, err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO glossary_history (concept_id, action, snapshot, changed_by)
		VALUES (?, ?, ?, ?)`, id, action, string(snapshot), by)
	if err != nil {
		return 0, fmt.Errorf("record history of concept %d: %w", id, err)
	}
	return res.LastInsertId()
}

// scanVersion reads one glossary_history row.
func scanVersion(row interface{ Scan(...any) error }) (*Version, error) {
	var v Version
	var termID sql.NullInt64
	var snapshot, at string
	if err := row.Scan(&v.ID, &v.ConceptID, &termID, &v.Action, &snapshot, &v.By, &at); err != nil {
		return nil, err
	}
	v.At = parseTime(at)
	if termID.Valid {
		v.Term = &glossary.Term{}
		if err := json.Unmarshal([]byte(snapshot), v.Term); err != nil {
			return nil, fmt.Errorf("read snapshot %d: %w", v.ID, err)
		}
		v.Concept = glossary.Concept{ID: v.ConceptID, Terms: []glossary.Term{*v.Term}}
		return &v, nil
	}
	if err := json.Unmarshal([]byte(snapshot), &v.Concept); err != nil {
		return nil, fmt.Errorf("read snapshot %d: %w", v.ID, err)
	}
	v.Concept.ID = v.ConceptID
	return &v, nil
}

// conceptOfTerm returns the concept a term belongs to.
func (s *Store) conceptOfTerm(ctx context.Context, termID int64) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT concept_id FROM terms WHERE id = ?`, termID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("term %d: %w", termID, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("find term %d: %w", termID, err)
	}
	return id, nil
}
