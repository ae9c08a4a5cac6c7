package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tafsiri/internal/closer"
	"tafsiri/memory"
)

// ImportSegments adds translation-memory segments, all of them or none, with
// their exact-match keys and fuzzy-match grams, as MemoryImport does. A
// segment already there (same languages, source key and target) is counted,
// not added again. progress, when not nil, hears how many segments are
// staged every thousand and at the end.
func (s *Store) ImportSegments(ctx context.Context, segs []memory.Segment, progress func(done, total int)) (*SegmentImport, error) {
	return s.importSegments(ctx, "", segs, progress)
}

// ReplaceSegments is ImportSegments that also removes, in the same
// transaction, every segment of the given origin that segs do not hold: a
// newer version of the defaults retires the translations it corrected or
// dropped. Segments of other origins stay, among them the default ones a
// user edited (which become the user's).
func (s *Store) ReplaceSegments(ctx context.Context, origin string, segs []memory.Segment, progress func(done, total int)) (*SegmentImport, error) {
	return s.importSegments(ctx, origin, segs, progress)
}

// importSegments imports segs, retiring the segments of origin it does not
// hold when origin is not "".
func (s *Store) importSegments(ctx context.Context, origin string, segs []memory.Segment, progress func(done, total int)) (_ *SegmentImport, err error) {
	imp, err := s.BeginMemoryImport(ctx)
	if err != nil {
		return nil, err
	}
	defer closer.Close(&err, imp, "memory import")
	imp.retire = origin
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

// MemoryImport is a translation-memory import under way. Segments are staged
// in temporary tables of one connection as a file is read, which locks
// nothing: others read and write the database meanwhile. Commit then copies
// them into the memory in one short transaction, so the import is all of
// the file or nothing, in constant memory whatever its size; a cancelled
// context, an error or a killed process before that leaves the memory as
// it was. End every import with Close.
type MemoryImport struct {
	s     *Store
	ctx   context.Context
	conn  *sql.Conn
	ins   *segmentStaging
	langs map[string]bool // languages of the staged segments
	n     int             // segments added so far
	// retire, when not "", is the origin whose segments the import does not
	// hold are removed when it commits (ReplaceSegments).
	retire string
	ended  bool // committed or closed
}

// BeginMemoryImport starts an import; end it with Commit, and Close it.
func (s *Store) BeginMemoryImport(ctx context.Context) (*MemoryImport, error) {
	if s.readOnly != nil {
		return nil, fmt.Errorf("import memory: %w", s.readOnly)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	ins, err := beginSegmentStaging(ctx, conn)
	if err != nil {
		err = fmt.Errorf("import memory: %w", s.fileError(err))
		return nil, errors.Join(err, conn.Close())
	}
	return &MemoryImport{s: s, ctx: ctx, conn: conn, ins: ins, langs: map[string]bool{}}, nil
}

// Add stages one segment; one that the import or the memory has already is
// counted as a duplicate when the import commits.
func (imp *MemoryImport) Add(seg memory.Segment) error {
	imp.n++
	if imp.n%1000 == 0 {
		if err := imp.ctx.Err(); err != nil {
			return fmt.Errorf("import memory: %w", err)
		}
	}
	imp.langs[seg.SrcLang] = true
	imp.langs[seg.TgtLang] = true
	// Statements run without cancel (the driver would start a goroutine
	// each); cancellation is checked above.
	if err := imp.ins.add(context.WithoutCancel(imp.ctx), seg); err != nil {
		return fmt.Errorf("import memory: segment %d: %w", imp.n, imp.s.fileError(err))
	}
	return nil
}

// Commit copies the staged segments into the memory in one transaction and
// returns what it did. It waits for another write to end as every write
// does (WhenBusy); once the copy has begun it is finished, whatever ctx does.
func (imp *MemoryImport) Commit() (_ *SegmentImport, err error) {
	if imp.ended {
		return nil, errors.New("import memory: import already ended")
	}
	defer func() { err = errors.Join(err, imp.end()) }()
	if err := imp.ins.commit(context.WithoutCancel(imp.ctx)); err != nil {
		return nil, fmt.Errorf("import memory: %w", imp.s.fileError(err))
	}
	if err := imp.ctx.Err(); err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	tx, err := imp.s.begin(imp.ctx, imp.conn)
	if err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	defer tx.Rollback()
	added, err := imp.ins.publish(context.WithoutCancel(imp.ctx), tx, imp.langs)
	if err != nil {
		return nil, fmt.Errorf("import memory: %w", imp.s.fileError(err))
	}
	retired := 0
	if imp.retire != "" {
		if retired, err = imp.ins.retireOthers(context.WithoutCancel(imp.ctx), tx, imp.retire); err != nil {
			return nil, fmt.Errorf("import memory: %w", imp.s.fileError(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("import memory: %w", imp.s.fileError(err))
	}
	return &SegmentImport{Added: added, Duplicates: imp.n - added, Retired: retired}, nil
}

// Close drops what the import staged and gives its connection back; after
// Commit it does nothing.
func (imp *MemoryImport) Close() error {
	if imp.ended {
		return nil
	}
	if err := imp.end(); err != nil {
		return fmt.Errorf("drop staged segments: %w", err)
	}
	return nil
}

// end drops the staging (segmentStaging.drop) and gives the connection
// back to the pool.
func (imp *MemoryImport) end() error {
	imp.ended = true
	return errors.Join(imp.ins.drop(context.WithoutCancel(imp.ctx)), imp.conn.Close())
}
