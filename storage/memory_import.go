package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tafsiri/memory"
)

// ImportSegments adds translation-memory segments in one transaction, with
// their exact-match keys and fuzzy-match grams. A segment already there (same
// languages, source key and target) is counted, not added again. progress,
// when not nil, hears how many segments are done every thousand and at the end.
func (s *Store) ImportSegments(ctx context.Context, segs []memory.Segment, progress func(done, total int)) (*SegmentImport, error) {
	imp, err := s.BeginMemoryImport(ctx)
	if err != nil {
		return nil, err
	}
	defer imp.Rollback()
	for i, seg := range segs {
		if err := imp.Add(seg); err != nil {
			return nil, err
		}
		if progress != nil && ((i+1)%1000 == 0 || i+1 == len(segs)) {
			progress(i+1, len(segs))
		}
	}
	return imp.Commit()
}

// MemoryImport is a translation-memory import under way: one transaction
// that segments are added to as a file is read, so that a file of any size
// is imported in constant memory, all of it or nothing.
type MemoryImport struct {
	ctx   context.Context
	tx    *sql.Tx
	ins   *segmentInserts
	langs map[string]bool // languages known to be in the languages table
	rep   SegmentImport
}

// BeginMemoryImport starts an import; end it with Commit, or Rollback to drop it.
func (s *Store) BeginMemoryImport(ctx context.Context) (*MemoryImport, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	ins, err := prepareSegmentInserts(ctx, tx)
	if err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("import memory: %w", err)
	}
	return &MemoryImport{ctx: ctx, tx: tx, ins: ins, langs: map[string]bool{}}, nil
}

// Add imports one segment; one that is there already is counted, not added.
func (imp *MemoryImport) Add(seg memory.Segment) error {
	n := imp.rep.Added + imp.rep.Duplicates + 1
	if n%1000 == 0 {
		if err := imp.ctx.Err(); err != nil {
			return fmt.Errorf("import memory: %w", err)
		}
	}
	// Statements run without cancel (see batch); cancellation is checked above.
	ctx := context.WithoutCancel(imp.ctx)
	for _, l := range []string{seg.SrcLang, seg.TgtLang} {
		if !imp.langs[l] {
			imp.langs[l] = true
			if _, err := imp.tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, l); err != nil {
				return fmt.Errorf("import memory: add language %s: %w", l, err)
			}
		}
	}
	added, err := imp.ins.insert(ctx, seg)
	if err != nil {
		return fmt.Errorf("import memory: segment %d: %w", n, err)
	}
	if added {
		imp.rep.Added++
	} else {
		imp.rep.Duplicates++
	}
	return nil
}

// Commit ends the import and returns what it did.
func (imp *MemoryImport) Commit() (*SegmentImport, error) {
	if err := imp.ins.close(); err != nil {
		imp.tx.Rollback()
		return nil, fmt.Errorf("import memory: %w", err)
	}
	if err := imp.tx.Commit(); err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	return &imp.rep, nil
}

// Rollback drops everything the import added; after Commit it does nothing.
// The rollback closes the import's statements too.
func (imp *MemoryImport) Rollback() { imp.tx.Rollback() }

// segmentInserts are the statements an import runs per segment, prepared once.
type segmentInserts struct{ segment, gram *sql.Stmt }

func prepareSegmentInserts(ctx context.Context, tx *sql.Tx) (*segmentInserts, error) {
	seg, err := tx.PrepareContext(ctx, `INSERT INTO tm_segments
		(src_lang, tgt_lang, src_text, tgt_text, lookup_key, tgt_key, origin, approved, use_count)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return nil, err
	}
	gram, err := tx.PrepareContext(ctx, `INSERT INTO tm_grams (gram, segment_id) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return nil, errors.Join(err, seg.Close())
	}
	return &segmentInserts{segment: seg, gram: gram}, nil
}

func (s *segmentInserts) close() error {
	if err := errors.Join(s.segment.Close(), s.gram.Close()); err != nil {
		return fmt.Errorf("close statements: %w", err)
	}
	return nil
}

// insert adds one segment and its grams, and reports false when it was already there.
func (s *segmentInserts) insert(ctx context.Context, seg memory.Segment) (bool, error) {
	approved := 0
	if seg.Approved {
		approved = 1
	}
	res, err := s.segment.ExecContext(ctx, seg.SrcLang, seg.TgtLang, seg.Source, seg.Target,
		memory.Key(seg.SrcLang, seg.Source), memory.Key(seg.TgtLang, seg.Target), seg.Origin, approved, seg.UseCount)
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
	for _, g := range memory.Grams(seg.SrcLang, seg.Source) {
		if _, err := s.gram.ExecContext(ctx, gramKey(seg.SrcLang, seg.TgtLang, g), id); err != nil {
			return false, err
		}
	}
	return true, nil
}
