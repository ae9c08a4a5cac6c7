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
	Retired    int // segments of the replaced origin that the import no longer holds, removed (ReplaceSegments)
}

// gramKey scopes a gram to its language pair.
func gramKey(src, tgt, gram string) string { return src + ">" + tgt + "|" + gram }

const segmentColumns = `s.id, s.src_lang, s.tgt_lang, s.src_text, s.tgt_text, s.origin, s.approved, s.use_count`

// Exact returns the src→tgt translations the memory holds of a src text
// whose key is key. The memory is one multilingual memory: besides the
// segments stored for the pair, a segment stored the other way (tgt→src)
// answers with its source, and two segments that translate one source into
// src and into tgt answer with the second's target (the phrasebook's
// en→es-419 and en→fr segments translate es-419 into fr). An answer found
// the other way or through a shared source carries the id, origin and
// approval of the segment whose text it gives.
func (s *Store) Exact(ctx context.Context, src, tgt, key string) ([]memory.Segment, error) {
	return s.segments(ctx, `SELECT `+segmentColumns+` FROM tm_segments s
		WHERE s.src_lang = ? AND s.tgt_lang = ? AND s.lookup_key = ?
		UNION ALL
		SELECT s.id, s.tgt_lang, s.src_lang, s.tgt_text, s.src_text, s.origin, s.approved, s.use_count
		FROM tm_segments s WHERE s.tgt_lang = ? AND s.src_lang = ? AND s.tgt_key = ?
		UNION ALL
		SELECT b.id, a.tgt_lang, b.tgt_lang, a.tgt_text, b.tgt_text, b.origin, b.approved, b.use_count
		FROM tm_segments a JOIN tm_segments b ON b.src_lang = a.src_lang AND b.lookup_key = a.lookup_key
		WHERE a.tgt_lang = ? AND a.tgt_key = ? AND b.tgt_lang = ? AND a.src_lang <> ?`,
		src, tgt, key, src, tgt, key, src, key, tgt, tgt)
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

// HasSegments reports whether the memory may answer src→tgt (Exact): it
// holds text in both languages, whichever side of a segment.
func (s *Store) HasSegments(ctx context.Context, src, tgt string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT
		(EXISTS (SELECT 1 FROM tm_segments WHERE src_lang = ?) OR EXISTS (SELECT 1 FROM tm_segments WHERE tgt_lang = ?)) AND
		(EXISTS (SELECT 1 FROM tm_segments WHERE src_lang = ?) OR EXISTS (SELECT 1 FROM tm_segments WHERE tgt_lang = ?))`,
		src, src, tgt, tgt).Scan(&one)
	if err != nil {
		return false, fmt.Errorf("look for %s→%s memory: %w", src, tgt, err)
	}
	return one == 1, nil
}

// DeleteSegments removes every segment of an origin ("default", "import" or
// "user") with its index entries, and returns how many there were.
func (s *Store) DeleteSegments(ctx context.Context, origin string) (int64, error) {
	var n int64
	err := s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM tm_segments WHERE origin = ?`, origin)
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("delete %s segments: %w", origin, err)
	}
	return n, nil
}
