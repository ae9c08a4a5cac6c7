package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"tafsiri/memory"
)

// ErrSegmentExists reports an edit or a restore that would make a segment
// the same as another one (same languages, source and translation).
var ErrSegmentExists = errors.New("the memory already holds this translation of this text")

// ErrEmptyTarget reports an edit that would leave a segment without a translation.
var ErrEmptyTarget = errors.New("the translation is empty")

// SegmentPair is a language direction the memory holds segments for.
type SegmentPair struct {
	Src, Tgt string
	Count    int // segments of the pair
}

// SegmentPairs lists the directions the memory holds, the largest first.
func (s *Store) SegmentPairs(ctx context.Context) ([]SegmentPair, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT src_lang, tgt_lang, count(*) FROM tm_segments
		GROUP BY src_lang, tgt_lang ORDER BY count(*) DESC, src_lang, tgt_lang`)
	if err != nil {
		return nil, fmt.Errorf("list memory pairs: %w", err)
	}
	defer rows.Close()
	var out []SegmentPair
	for rows.Next() {
		var p SegmentPair
		if err := rows.Scan(&p.Src, &p.Tgt, &p.Count); err != nil {
			return nil, fmt.Errorf("list memory pairs: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list memory pairs: %w", err)
	}
	return out, nil
}

// SegmentPage returns up to limit segments of the src→tgt pair, oldest
// first, from the offset-th on, and how many the pair holds in all: a
// window lists a memory of any size a page at a time.
func (s *Store) SegmentPage(ctx context.Context, src, tgt string, offset, limit int) ([]memory.Segment, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM tm_segments WHERE src_lang = ? AND tgt_lang = ?`,
		src, tgt).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count %s→%s memory: %w", src, tgt, err)
	}
	segs, err := s.segments(ctx, `SELECT `+segmentColumns+` FROM tm_segments s
		WHERE s.src_lang = ? AND s.tgt_lang = ? ORDER BY s.id LIMIT ? OFFSET ?`, src, tgt, limit, offset)
	if err != nil {
		return nil, 0, err
	}
	return segs, total, nil
}

// Segment reads one segment.
func (s *Store) Segment(ctx context.Context, id int64) (memory.Segment, error) {
	segs, err := s.segments(ctx, `SELECT `+segmentColumns+` FROM tm_segments s WHERE s.id = ?`, id)
	if err != nil {
		return memory.Segment{}, err
	}
	if len(segs) == 0 {
		return memory.Segment{}, fmt.Errorf("read segment %d: %w", id, ErrNotFound)
	}
	return segs[0], nil
}

// UpdateSegment replaces the translation of segment id and returns the
// segment as it now is. An editor's translation is theirs and confirmed:
// the segment becomes approved, of origin "user", so that resetting the
// default data leaves it alone. The fuzzy-match grams index the source
// text only, so they stay as they are.
func (s *Store) UpdateSegment(ctx context.Context, id int64, target string) (memory.Segment, error) {
	target = strings.TrimSpace(target)
	if target == "" {
		return memory.Segment{}, fmt.Errorf("update segment %d: %w", id, ErrEmptyTarget)
	}
	err := s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		var other int64
		err := tx.QueryRowContext(ctx, `SELECT o.id FROM tm_segments s JOIN tm_segments o
			ON o.src_lang = s.src_lang AND o.tgt_lang = s.tgt_lang AND o.lookup_key = s.lookup_key
			WHERE s.id = ? AND o.id <> s.id AND o.tgt_text = ?`, id, target).Scan(&other)
		switch {
		case err == nil:
			return fmt.Errorf("%w (segment %d)", ErrSegmentExists, other)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE tm_segments SET tgt_text = ?, tgt_key = tm_key(tgt_lang, ?),
			origin = 'user', approved = 1 WHERE id = ?`, target, target, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return errors.Join(err, ErrNotFound)
		}
		return nil
	})
	if err != nil {
		return memory.Segment{}, fmt.Errorf("update segment %d: %w", id, err)
	}
	return s.Segment(ctx, id)
}

// DeleteSegment removes segment id with its index entries and returns it
// as it was, so that RestoreSegment can undo the delete.
func (s *Store) DeleteSegment(ctx context.Context, id int64) (memory.Segment, error) {
	seg, err := s.Segment(ctx, id)
	if err != nil {
		return memory.Segment{}, fmt.Errorf("delete segment %d: %w", id, err)
	}
	// tm_grams rows go with the segment (ON DELETE CASCADE).
	err = s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM tm_segments WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return memory.Segment{}, fmt.Errorf("delete segment %d: %w", id, err)
	}
	return seg, nil
}

// RestoreSegment puts back a segment DeleteSegment returned, with its id
// and its grams. It fails with ErrSegmentExists when the same translation
// was stored again in the meantime.
func (s *Store) RestoreSegment(ctx context.Context, seg memory.Segment) error {
	err := s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		for _, l := range []string{seg.SrcLang, seg.TgtLang} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, l); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO tm_segments
			(id, src_lang, tgt_lang, src_text, tgt_text, lookup_key, tgt_key, origin, approved, use_count)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			seg.ID, seg.SrcLang, seg.TgtLang, seg.Source, seg.Target, memory.Key(seg.SrcLang, seg.Source),
			memory.Key(seg.TgtLang, seg.Target), seg.Origin, seg.Approved, seg.UseCount)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return errors.Join(err, ErrSegmentExists)
		}
		for _, g := range memory.Grams(seg.SrcLang, seg.Source) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO tm_grams (gram, segment_id) VALUES (?, ?) ON CONFLICT DO NOTHING`,
				gramKey(seg.SrcLang, seg.TgtLang, g), seg.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("restore segment %d: %w", seg.ID, err)
	}
	return nil
}
