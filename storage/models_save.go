package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"tafsiri/internal/closer"
	"tafsiri/translate"
	"tafsiri/translate/phrases"
)

// checkEvery is how many staged rows pass between two looks at the context.
const checkEvery = 1000

// SaveModel stores m and makes it the serving model of its direction: SaveModels of one model.
func (s *Store) SaveModel(ctx context.Context, m *translate.Trained) (int64, error) {
	ids, err := s.SaveModels(ctx, m)
	if err != nil {
		return 0, err
	}
	return ids[0], nil
}

// SaveModels stores models and makes them the serving models of their
// directions together, retiring the ones they replace, and returns their
// ids in order. Their rows are first staged in temporary tables of one
// connection, which lock nothing and vanish with the connection or the
// process, then copied in one short transaction. Until it commits nothing
// has changed: a cancelled ctx, a failed write or a killed process leaves
// every earlier model serving and no row behind. Once the copy has begun it
// is finished, whatever ctx does.
func (s *Store) SaveModels(ctx context.Context, models ...*translate.Trained) (_ []int64, err error) {
	what := "save model " + directions(models)
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer closer.Close(&err, conn, "model staging connection")
	if err := createStaging(ctx, conn); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer dropStaging(&err, conn)
	rows := make([]stagedModel, len(models))
	for i, m := range models {
		if rows[i], err = stage(ctx, conn, i, m); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	ids, err := s.publish(ctx, conn, rows)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return ids, nil
}

// directions names the directions of models for messages: "en→fr, fr→en".
func directions(models []*translate.Trained) string {
	names := make([]string, len(models))
	for i, m := range models {
		names[i] = m.Info.Src + "→" + m.Info.Tgt
	}
	return strings.Join(names, ", ")
}

// stagedModel is what publish writes of a model besides its staged rows.
type stagedModel struct {
	info    translate.ModelInfo
	weights string
	lmOrder int
	lm      []byte
	ngrams  int64
}

// The staging tables: rows of model number n of one SaveModels call.
const stagingSchema = `
CREATE TEMP TABLE IF NOT EXISTS staged_phrases (n INTEGER NOT NULL, src TEXT NOT NULL, targets BLOB NOT NULL,
    PRIMARY KEY (n, src)) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS staged_casing (n INTEGER NOT NULL, word TEXT NOT NULL, form TEXT NOT NULL,
    PRIMARY KEY (n, word)) WITHOUT ROWID;
DELETE FROM temp.staged_phrases;
DELETE FROM temp.staged_casing;`

// createStaging makes the staging tables empty on conn; the DELETEs clear
// what a save whose drop failed left on this pooled connection.
func createStaging(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, stagingSchema); err != nil {
		return fmt.Errorf("create staging tables: %w", err)
	}
	return nil
}

// dropStaging frees the staging tables' space; conn goes back to the pool.
func dropStaging(err *error, conn *sql.Conn) {
	_, derr := conn.ExecContext(context.Background(), `DROP TABLE temp.staged_phrases; DROP TABLE temp.staged_casing`)
	if derr != nil {
		*err = errors.Join(*err, fmt.Errorf("drop staging tables: %w", derr))
	}
}

// stage writes model n's phrases and casing to the staging tables in one
// transaction of the temporary database (the main file is not locked) and
// encodes what publish writes directly.
func stage(ctx context.Context, conn *sql.Conn, n int, m *translate.Trained) (stagedModel, error) {
	sm := stagedModel{info: m.Info, lmOrder: m.LM.Order()}
	sm.info.PhraseCount = int64(m.Table.Len())
	weights, err := json.Marshal(m.Info.Weights)
	if err != nil {
		return sm, fmt.Errorf("encode weights: %w", err)
	}
	sm.weights = string(weights)
	if sm.lm, err = m.LM.MarshalBinary(); err != nil {
		return sm, fmt.Errorf("encode language model: %w", err)
	}
	for range m.LM.Entries {
		sm.ngrams++
	}
	// BEGIN, not BeginTx: the connection's transactions are IMMEDIATE (dsn),
	// which would take the main file's write lock for the whole staging.
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return sm, fmt.Errorf("begin staging: %w", err)
	}
	err = errors.Join(stagePhrases(ctx, conn, n, m.Table), stageCasing(ctx, conn, n, m.Casing))
	end := `COMMIT`
	if err != nil {
		end = `ROLLBACK`
	}
	if _, eerr := conn.ExecContext(context.WithoutCancel(ctx), end); eerr != nil {
		err = errors.Join(err, fmt.Errorf("end staging: %w", eerr))
	}
	return sm, err
}

// stagePhrases writes one row per source phrase; Each yields a source's
// entries together, best first.
func stagePhrases(ctx context.Context, conn *sql.Conn, n int, t *phrases.Table) error {
	w, err := newStageWriter(ctx, conn, `INSERT INTO temp.staged_phrases (n, src, targets) VALUES (?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("stage phrase table: %w", err)
	}
	var src string
	var packed []byte
	t.Each(func(s string, e phrases.Entry) bool {
		if s != src && packed != nil {
			if err = w.insert(n, src, packed); err != nil {
				return false
			}
			packed = nil
		}
		src = s
		packed = appendTarget(packed, e)
		return true
	})
	if err == nil && packed != nil {
		err = w.insert(n, src, packed)
	}
	if err = errors.Join(err, w.close()); err != nil {
		return fmt.Errorf("stage phrase table: %w", err)
	}
	return nil
}

// stageCasing writes how the target language capitalises words.
func stageCasing(ctx context.Context, conn *sql.Conn, n int, casing map[string]string) error {
	w, err := newStageWriter(ctx, conn, `INSERT INTO temp.staged_casing (n, word, form) VALUES (?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("stage casing: %w", err)
	}
	for word, form := range casing {
		if err = w.insert(n, word, form); err != nil {
			break
		}
	}
	if err = errors.Join(err, w.close()); err != nil {
		return fmt.Errorf("stage casing: %w", err)
	}
	return nil
}

// stageWriter runs one prepared INSERT per row. The driver starts a goroutine
// per statement to watch a cancellable context, which costs more than the
// insert itself, so rows run under a context without cancel and
// cancellation is checked every checkEvery rows.
type stageWriter struct {
	ctx  context.Context
	stmt *sql.Stmt
	n    int
}

func newStageWriter(ctx context.Context, conn *sql.Conn, query string) (*stageWriter, error) {
	stmt, err := conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &stageWriter{ctx: ctx, stmt: stmt}, nil
}

func (w *stageWriter) insert(args ...any) error {
	if w.n++; w.n%checkEvery == 0 {
		if err := w.ctx.Err(); err != nil {
			return err
		}
	}
	_, err := w.stmt.ExecContext(context.WithoutCancel(w.ctx), args...)
	return err
}

func (w *stageWriter) close() error { return w.stmt.Close() }

// publish copies the staged models into the main database in one
// transaction, retiring the serving model of each direction with its rows.
// Waiting for the write lock ends with ctx; once it is taken, the copy runs
// to the end.
func (s *Store) publish(ctx context.Context, conn *sql.Conn, models []stagedModel) (_ []int64, err error) {
	tx, err := s.begin(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("begin publishing: %w", err)
	}
	defer tx.Rollback()
	ctx = context.WithoutCancel(ctx)
	ids := make([]int64, len(models))
	for n, m := range models {
		if ids[n], err = publishOne(ctx, tx, n, m); err != nil {
			return nil, fmt.Errorf("publish %s→%s: %w", m.info.Src, m.info.Tgt, s.fileError(err))
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit the new models: %w", s.fileError(err))
	}
	return ids, nil
}

func publishOne(ctx context.Context, tx *sql.Tx, n int, m stagedModel) (int64, error) {
	info := m.info
	// The tags are canonical: translate.Train made them so.
	if _, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?), (?) ON CONFLICT (tag) DO NOTHING`,
		info.Src, info.Tgt); err != nil {
		return 0, fmt.Errorf("add the languages: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM models WHERE src_lang = ? AND tgt_lang = ? AND state = 'ready'`,
		info.Src, info.Tgt); err != nil {
		return 0, fmt.Errorf("retire the old model: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO models
		(src_lang, tgt_lang, state, source, pairs, lm_order, phrase_count, ngram_count, weights)
		VALUES (?, ?, 'ready', ?, ?, ?, ?, ?, ?)`,
		info.Src, info.Tgt, info.Source, info.Pairs, m.lmOrder, info.PhraseCount, m.ngrams, m.weights)
	if err != nil {
		return 0, fmt.Errorf("add the model: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("add the model: %w", err)
	}
	for _, q := range []struct{ what, query string }{
		{"phrase table", `INSERT INTO phrases (model_id, src, targets) SELECT ?, src, targets FROM temp.staged_phrases WHERE n = ?`},
		{"casing", `INSERT INTO casing (model_id, word, form) SELECT ?, word, form FROM temp.staged_casing WHERE n = ?`},
	} {
		if _, err := tx.ExecContext(ctx, q.query, id, n); err != nil {
			return 0, fmt.Errorf("write %s: %w", q.what, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO language_models (model_id, ngram_count, data) VALUES (?, ?, ?)`,
		id, m.ngrams, m.lm); err != nil {
		return 0, fmt.Errorf("write language model: %w", err)
	}
	return id, nil
}
