package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tafsiri/memory"
)

// The staging tables of a memory import, in the connection's temporary
// database: each segment with its keys in file order (seq), and its grams.
// id is set when the segment is published, and stays NULL for one the memory
// has already. The checks are tm_segments' own, so that a bad segment fails
// where it is read, with its number, not when the import commits.
const segmentStagingSchema = `
CREATE TEMP TABLE IF NOT EXISTS staged_segments (
    seq        INTEGER PRIMARY KEY,
    src_lang   TEXT NOT NULL,
    tgt_lang   TEXT NOT NULL,
    src_text   TEXT NOT NULL CHECK (src_text <> ''),
    tgt_text   TEXT NOT NULL CHECK (tgt_text <> ''),
    lookup_key TEXT NOT NULL,
    tgt_key    TEXT NOT NULL,
    origin     TEXT NOT NULL CHECK (origin IN ('import', 'user', 'default')),
    approved   INTEGER NOT NULL,
    use_count  INTEGER NOT NULL,
    id         INTEGER,
    UNIQUE (src_lang, tgt_lang, lookup_key, tgt_text)
);
CREATE TEMP TABLE IF NOT EXISTS staged_grams (
    seq  INTEGER NOT NULL,
    gram TEXT NOT NULL,
    PRIMARY KEY (seq, gram)
) WITHOUT ROWID;
DELETE FROM temp.staged_segments;
DELETE FROM temp.staged_grams;`

// publishCacheKiB is the page cache the publishing connection may use, in
// KiB: copying 100,000 segments and their 1.2 million grams with SQLite's
// 2 MiB default re-reads index pages from the disk and holds the write lock
// nearly twice as long; a larger cache gains little more for the memory it
// takes. The cache only grows as pages are read, and is set back when the
// import ends.
const publishCacheKiB = 64 << 10

// segmentStaging writes an import's segments to the staging tables, in one
// transaction of the temporary database: the main file is not locked.
type segmentStaging struct {
	conn          *sql.Conn
	segment, gram *sql.Stmt
	open          bool // the staging transaction is open
	cacheSize     int  // the connection's cache_size, set back by drop
}

// beginSegmentStaging makes the staging tables empty on conn (the DELETEs
// clear what an import whose drop failed left on this pooled connection)
// and opens the staging transaction.
func beginSegmentStaging(ctx context.Context, conn *sql.Conn) (_ *segmentStaging, err error) {
	if _, err := conn.ExecContext(ctx, segmentStagingSchema); err != nil {
		return nil, fmt.Errorf("create staging tables: %w", err)
	}
	st := &segmentStaging{conn: conn}
	if err := conn.QueryRowContext(ctx, `PRAGMA main.cache_size`).Scan(&st.cacheSize); err != nil {
		return nil, fmt.Errorf("read cache size: %w", err)
	}
	// BEGIN, not BeginTx: the connection's transactions are IMMEDIATE (dsn),
	// which would take the main file's write lock for the whole staging.
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return nil, fmt.Errorf("begin staging: %w", err)
	}
	st.open = true
	defer func() {
		if err != nil {
			err = errors.Join(err, st.rollback(context.WithoutCancel(ctx)))
		}
	}()
	if st.segment, err = conn.PrepareContext(ctx, `INSERT INTO temp.staged_segments
		(src_lang, tgt_lang, src_text, tgt_text, lookup_key, tgt_key, origin, approved, use_count)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`); err != nil {
		return nil, fmt.Errorf("prepare staging: %w", err)
	}
	if st.gram, err = conn.PrepareContext(ctx,
		`INSERT INTO temp.staged_grams (seq, gram) VALUES (?, ?) ON CONFLICT DO NOTHING`); err != nil {
		return nil, fmt.Errorf("prepare staging: %w", err)
	}
	return st, nil
}

// add stages one segment and its grams; a repeat of a staged one is left out.
func (st *segmentStaging) add(ctx context.Context, seg memory.Segment) error {
	approved := 0
	if seg.Approved {
		approved = 1
	}
	res, err := st.segment.ExecContext(ctx, seg.SrcLang, seg.TgtLang, seg.Source, seg.Target,
		memory.Key(seg.SrcLang, seg.Source), memory.Key(seg.TgtLang, seg.Target), seg.Origin, approved, seg.UseCount)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, g := range memory.Grams(seg.SrcLang, seg.Source) {
		if _, err := st.gram.ExecContext(ctx, seq, gramKey(seg.SrcLang, seg.TgtLang, g)); err != nil {
			return err
		}
	}
	return nil
}

// commit ends the staging transaction, keeping what it staged for publishing.
func (st *segmentStaging) commit(ctx context.Context) error {
	return st.end(ctx, `COMMIT`)
}

// rollback ends the staging transaction, if it is open, dropping what it staged.
func (st *segmentStaging) rollback(ctx context.Context) error {
	return st.end(ctx, `ROLLBACK`)
}

func (st *segmentStaging) end(ctx context.Context, how string) error {
	var err error
	for _, stmt := range []*sql.Stmt{st.segment, st.gram} {
		if stmt != nil {
			err = errors.Join(err, stmt.Close())
		}
	}
	st.segment, st.gram = nil, nil
	if st.open {
		st.open = false
		if _, eerr := st.conn.ExecContext(ctx, how); eerr != nil {
			err = errors.Join(err, fmt.Errorf("end staging: %w", eerr))
		}
	}
	return err
}

// drop ends the staging, frees the staging tables' space and sets the
// cache back before the connection goes back to the pool.
func (st *segmentStaging) drop(ctx context.Context) error {
	err := st.rollback(ctx)
	if _, derr := st.conn.ExecContext(ctx, `DROP TABLE IF EXISTS temp.staged_segments;
		DROP TABLE IF EXISTS temp.staged_grams`); derr != nil {
		err = errors.Join(err, fmt.Errorf("drop staging tables: %w", derr))
	}
	if _, cerr := st.conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA main.cache_size = %d`, st.cacheSize)); cerr != nil {
		err = errors.Join(err, fmt.Errorf("set the cache back: %w", cerr))
	}
	return err
}

// publish copies the staged segments the memory does not have yet into it,
// with their grams, inside tx (begun on the staging connection), and returns
// how many it added. The new segments take the ids after the largest one,
// in file order, as one by one inserts would have given them.
func (st *segmentStaging) publish(ctx context.Context, tx *sql.Tx, langs map[string]bool) (int, error) {
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA main.cache_size = %d`, -publishCacheKiB)); err != nil {
		return 0, fmt.Errorf("widen the cache: %w", err)
	}
	for l := range langs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, l); err != nil {
			return 0, fmt.Errorf("add language %s: %w", l, err)
		}
	}
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM tm_segments`).Scan(&last); err != nil {
		return 0, fmt.Errorf("read the memory: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE temp.staged_segments AS s SET id = ? + n.pos
		FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS pos FROM temp.staged_segments t
		      WHERE NOT EXISTS (SELECT 1 FROM main.tm_segments m WHERE m.src_lang = t.src_lang
		            AND m.tgt_lang = t.tgt_lang AND m.lookup_key = t.lookup_key AND m.tgt_text = t.tgt_text)) AS n
		WHERE s.seq = n.seq`, last); err != nil {
		return 0, fmt.Errorf("find the new segments: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO main.tm_segments
		(id, src_lang, tgt_lang, src_text, tgt_text, lookup_key, tgt_key, origin, approved, use_count)
		SELECT id, src_lang, tgt_lang, src_text, tgt_text, lookup_key, tgt_key, origin, approved, use_count
		FROM temp.staged_segments WHERE id IS NOT NULL ORDER BY id`)
	if err != nil {
		return 0, fmt.Errorf("add segments: %w", err)
	}
	added, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("add segments: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO main.tm_grams (gram, segment_id)
		SELECT g.gram, s.id FROM temp.staged_grams g JOIN temp.staged_segments s ON s.seq = g.seq
		WHERE s.id IS NOT NULL`); err != nil {
		return 0, fmt.Errorf("index segments: %w", err)
	}
	return int(added), nil
}

// retireOthers removes, inside tx, the memory's segments of origin that are
// not staged, with their grams, and returns how many it removed.
func (st *segmentStaging) retireOthers(ctx context.Context, tx *sql.Tx, origin string) (int, error) {
	res, err := tx.ExecContext(ctx, `DELETE FROM main.tm_segments AS m WHERE m.origin = ?
		AND NOT EXISTS (SELECT 1 FROM temp.staged_segments t WHERE t.src_lang = m.src_lang
		    AND t.tgt_lang = m.tgt_lang AND t.lookup_key = m.lookup_key AND t.tgt_text = m.tgt_text)`, origin)
	if err != nil {
		return 0, fmt.Errorf("retire %s segments: %w", origin, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("retire %s segments: %w", origin, err)
	}
	return int(n), nil
}
