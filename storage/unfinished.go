package storage

import (
	"context"
	"fmt"

	"tafsiri/internal/closer"
)

// removeUnfinished deletes from st the models that an interrupted save left
// behind in a state other than 'ready', with their rows, and says what it
// removed. This build never leaves one (SaveModels stages outside the
// database), so they come from a save of an older build killed half way,
// which nothing will finish. It writes only when there is something to
// remove, waiting for another process's write to end as every write does.
func removeUnfinished(ctx context.Context, st *Store) ([]string, error) {
	if found, err := unfinishedModels(ctx, st.db); err != nil || len(found) == 0 {
		return nil, err
	}
	tx, err := st.beginWrite(ctx)
	if err != nil {
		return nil, fmt.Errorf("remove unfinished models: %w", err)
	}
	defer tx.Rollback() // no-op after Commit
	// Read again under the lock: another process opening the file may have
	// removed them while this one waited.
	found, err := unfinishedModels(ctx, tx)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM models WHERE state <> 'ready'`); err != nil {
		return nil, fmt.Errorf("remove unfinished models: %w", st.fileError(err))
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("remove unfinished models: %w", st.fileError(err))
	}
	removed := make([]string, len(found))
	for i, f := range found {
		removed[i] = "removed " + f
	}
	return removed, nil
}

// unfinishedModels describes every model that is not serving, one line each.
func unfinishedModels(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT m.id, m.src_lang, m.tgt_lang, m.state,
		(SELECT count(*) FROM phrases p WHERE p.model_id = m.id)
		FROM models m WHERE m.state <> 'ready' ORDER BY m.id`)
	if err != nil {
		return nil, fmt.Errorf("look for unfinished models: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, phrases int64
		var src, tgt, state string
		if err := rows.Scan(&id, &src, &tgt, &state, &phrases); err != nil {
			return nil, fmt.Errorf("look for unfinished models: %w", err)
		}
		out = append(out, fmt.Sprintf("model %d %s→%s, left in state %q by an interrupted save (%d phrase rows)",
			id, src, tgt, state, phrases))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("look for unfinished models: %w", err)
	}
	return out, nil
}

// danglingRows describes, per table, rows whose parent row is gone (a
// phrase of a deleted model, a term of a deleted concept), which a write
// made without foreign keys enforced leaves behind.
func danglingRows(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT "table", parent, count(*) FROM pragma_foreign_key_check
		GROUP BY "table", parent ORDER BY "table", parent`)
	if err != nil {
		return nil, fmt.Errorf("check foreign keys: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var table, parent string
		var n int64
		if err := rows.Scan(&table, &parent, &n); err != nil {
			return nil, fmt.Errorf("check foreign keys: %w", err)
		}
		out = append(out, fmt.Sprintf("%d rows of %s refer to %s rows that are gone", n, table, parent))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("check foreign keys: %w", err)
	}
	return out, nil
}

// withRepairs removes from st, just opened for writing, the models that
// interrupted saves left (removeUnfinished), and keeps what it removed for
// Check to report. On failure it closes st.
func withRepairs(ctx context.Context, st *Store) (*Store, error) {
	removed, err := removeUnfinished(ctx, st)
	if err != nil {
		err = fmt.Errorf("open database %s: %w", st.path, err)
		closer.Close(&err, st.db, "database "+st.path)
		return nil, err
	}
	st.repaired = removed
	return st, nil
}
