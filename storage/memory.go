package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"tafsiri/memory"
	"tafsiri/translate"
)

var _ translate.Memory = (*Store)(nil)

// SegmentImport says what a translation-memory import did.
type SegmentImport struct {
	Added      int // new segments
	Duplicates int // segments already there, left as they were
}

// ImportSegments adds translation-memory segments in one transaction, with
// their exact-match keys and fuzzy-match grams. A segment already there (same
// languages, source key and target) is counted, not added again. progress,
// when not nil, hears how many segments are done every thousand and at the end.
func (s *Store) ImportSegments(ctx context.Context, segs []memory.Segment, progress func(done, total int)) (*SegmentImport, error) {
	rep := &SegmentImport{}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	defer tx.Rollback()
	ins, err := prepareSegmentInserts(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	defer ins.close()
	langs := map[string]bool{}
	for i, seg := range segs {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("import memory: %w", err)
			}
		}
		for _, l := range []string{seg.SrcLang, seg.TgtLang} {
			if !langs[l] {
				langs[l] = true
				if _, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, l); err != nil {
					return nil, fmt.Errorf("import memory: add language %s: %w", l, err)
				}
			}
		}
		added, err := ins.insert(context.WithoutCancel(ctx), seg)
		if err != nil {
			return nil, fmt.Errorf("import memory: segment %d: %w", i+1, err)
		}
		if added {
			rep.Added++
		} else {
			rep.Duplicates++
		}
		if progress != nil && ((i+1)%1000 == 0 || i+1 == len(segs)) {
			progress(i+1, len(segs))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("import memory: %w", err)
	}
	return rep, nil
}

// segmentInserts are the statements an import runs per segment, prepared once.
type segmentInserts struct{ segment, gram *sql.Stmt }

func prepareSegmentInserts(ctx context.Context, tx *sql.Tx) (*segmentInserts, error) {
	seg, err := tx.PrepareContext(ctx, `INSERT INTO tm_segments
		(src_lang, tgt_lang, src_text, tgt_text, lookup_key, origin, approved, use_count)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return nil, err
	}
	gram, err := tx.PrepareContext(ctx, `INSERT INTO tm_grams (gram, segment_id) VALUES (?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		seg.Close()
		return nil, err
	}
	return &segmentInserts{segment: seg, gram: gram}, nil
}

func (s *segmentInserts) close() {
	s.segment.Close()
	s.gram.Close()
}

// insert adds one segment and its grams, and reports false when it was already there.
func (s *segmentInserts) insert(ctx context.Context, seg memory.Segment) (bool, error) {
	approved := 0
	if seg.Approved {
		approved = 1
	}
	res, err := s.segment.ExecContext(ctx, seg.SrcLang, seg.TgtLang, seg.Source, seg.Target,
		memory.Key(seg.SrcLang, seg.Source), seg.Origin, approved, seg.UseCount)
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

// gramKey scopes a gram to its language pair.
func gramKey(src, tgt, gram string) string { return src + ">" + tgt + "|" + gram }

const segmentColumns = `s.id, s.src_lang, s.tgt_lang, s.src_text, s.tgt_text, s.origin, s.approved, s.use_count`

// Exact returns the segments of the pair whose source key equals key.
func (s *Store) Exact(ctx context.Context, src, tgt, key string) ([]memory.Segment, error) {
	return s.segments(ctx, `SELECT `+segmentColumns+` FROM tm_segments s
		WHERE s.src_lang = ? AND s.tgt_lang = ? AND s.lookup_key = ?`, src, tgt, key)
}

// Similar returns up to limit segments of the pair sharing the most grams, best first.
func (s *Store) Similar(ctx context.Context, src, tgt string, grams []string, limit int) ([]memory.Segment, error) {
	if len(grams) == 0 {
		return nil, nil
	}
	args := make([]any, 0, len(grams)+1)
	for _, g := range grams {
		args = append(args, gramKey(src, tgt, g))
	}
	args = append(args, limit)
	return s.segments(ctx, `SELECT `+segmentColumns+`
		FROM (SELECT segment_id, count(*) AS shared FROM tm_grams WHERE gram IN (?`+
		strings.Repeat(", ?", len(grams)-1)+`) GROUP BY segment_id ORDER BY shared DESC, segment_id LIMIT ?) g
		JOIN tm_segments s ON s.id = g.segment_id ORDER BY g.shared DESC, s.id`, args...)
}

// Segments returns the segments of a pair (every pair when src is empty), oldest first.
func (s *Store) Segments(ctx context.Context, src, tgt string) ([]memory.Segment, error) {
	if src == "" {
		return s.segments(ctx, `SELECT `+segmentColumns+` FROM tm_segments s ORDER BY s.id`)
	}
	return s.segments(ctx, `SELECT `+segmentColumns+` FROM tm_segments s
		WHERE s.src_lang = ? AND s.tgt_lang = ? ORDER BY s.id`, src, tgt)
}

func (s *Store) segments(ctx context.Context, query string, args ...any) ([]memory.Segment, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read memory: %w", err)
	}
	defer rows.Close()
	var out []memory.Segment
	for rows.Next() {
		var seg memory.Segment
		if err := rows.Scan(&seg.ID, &seg.SrcLang, &seg.TgtLang, &seg.Source, &seg.Target, &seg.Origin,
			&seg.Approved, &seg.UseCount); err != nil {
			return nil, fmt.Errorf("read memory: %w", err)
		}
		out = append(out, seg)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read memory: %w", err)
	}
	return out, nil
}

// Remember stores a translation a user accepted; it is used at once.
func (s *Store) Remember(ctx context.Context, seg memory.Segment) error {
	_, err := s.ImportSegments(ctx, []memory.Segment{seg}, nil)
	return err
}

// HasSegments reports whether the memory holds any src→tgt segment.
func (s *Store) HasSegments(ctx context.Context, src, tgt string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM tm_segments WHERE src_lang = ? AND tgt_lang = ?)`,
		src, tgt).Scan(&one)
	if err != nil {
		return false, fmt.Errorf("look for %s→%s memory: %w", src, tgt, err)
	}
	return one == 1, nil
}

// DeleteSegments removes every segment of an origin ("default", "import" or
// "user") with its index entries, and returns how many there were.
func (s *Store) DeleteSegments(ctx context.Context, origin string) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM tm_segments WHERE origin = ?`, origin)
	if err != nil {
		return 0, fmt.Errorf("delete %s segments: %w", origin, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("delete %s segments: %w", origin, err)
	}
	return n, nil
}
