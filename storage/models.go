package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"tafsiri/translate"
	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
)

var _ translate.ModelStore = (*Store)(nil)

// rowsPerTx bounds one write transaction while a model is saved, so other
// writers (the window saving a setting) wait at most a moment.
const rowsPerTx = 20000

// SaveModel writes m as a 'training' model in several transactions, then in
// one last transaction retires the direction's old model and makes m serve.
func (s *Store) SaveModel(ctx context.Context, m *translate.Trained) (int64, error) {
	info := m.Info
	for _, tag := range []string{info.Src, info.Tgt} {
		if _, err := s.AddLanguage(ctx, tag); err != nil {
			return 0, err
		}
	}
	weights, err := json.Marshal(info.Weights)
	if err != nil {
		return 0, fmt.Errorf("save model %s→%s: encode weights: %w", info.Src, info.Tgt, err)
	}
	// Rows of an earlier save of this direction that never finished are garbage.
	if _, err := s.db.ExecContext(ctx, `DELETE FROM models WHERE src_lang = ? AND tgt_lang = ? AND state = 'training'`,
		info.Src, info.Tgt); err != nil {
		return 0, fmt.Errorf("save model %s→%s: clear unfinished: %w", info.Src, info.Tgt, err)
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO models
		(src_lang, tgt_lang, state, source, pairs, lm_order, phrase_count, ngram_count, weights)
		VALUES (?, ?, 'training', ?, ?, ?, ?, ?, ?)`,
		info.Src, info.Tgt, info.Source, info.Pairs, m.LM.Order(), m.Table.Len(), 0, string(weights))
	if err != nil {
		return 0, fmt.Errorf("save model %s→%s: %w", info.Src, info.Tgt, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("save model %s→%s: %w", info.Src, info.Tgt, err)
	}
	if err := s.savePhrases(ctx, id, m.Table); err != nil {
		return 0, fmt.Errorf("save model %s→%s: %w", info.Src, info.Tgt, err)
	}
	ngrams, err := s.saveLM(ctx, id, m.LM)
	if err != nil {
		return 0, fmt.Errorf("save model %s→%s: %w", info.Src, info.Tgt, err)
	}
	if err := s.saveCasing(ctx, id, m.Casing); err != nil {
		return 0, fmt.Errorf("save model %s→%s: %w", info.Src, info.Tgt, err)
	}
	if err := s.promote(ctx, id, info.Src, info.Tgt, ngrams); err != nil {
		return 0, fmt.Errorf("save model %s→%s: %w", info.Src, info.Tgt, err)
	}
	return id, nil
}

// promote swaps the new model in: the old one and its rows go in the same transaction.
func (s *Store) promote(ctx context.Context, id int64, src, tgt string, ngrams int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin swap: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM models WHERE src_lang = ? AND tgt_lang = ? AND state = 'ready'`, src, tgt); err != nil {
		return fmt.Errorf("retire old model: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE models SET state = 'ready', ngram_count = ?,
		trained_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`, ngrams, id); err != nil {
		return fmt.Errorf("promote new model: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit swap: %w", err)
	}
	return nil
}

// batch runs inserts in transactions of at most rowsPerTx rows through one
// prepared statement. The driver starts a goroutine per statement to watch a
// cancellable context, which costs more than the insert itself, so rows run
// under a context without cancel and cancellation is checked between them.
type batch struct {
	ctx   context.Context
	db    *sql.DB
	query string
	tx    *sql.Tx
	stmt  *sql.Stmt
	n     int
}

func (b *batch) insert(args ...any) error {
	if b.tx == nil {
		var err error
		if b.tx, err = b.db.BeginTx(b.ctx, nil); err != nil {
			return err
		}
		if b.stmt, err = b.tx.PrepareContext(b.ctx, b.query); err != nil {
			b.tx.Rollback()
			b.tx = nil
			return err
		}
	}
	if b.n%1000 == 0 {
		if err := b.ctx.Err(); err != nil {
			return err
		}
	}
	if _, err := b.stmt.ExecContext(context.WithoutCancel(b.ctx), args...); err != nil {
		return err
	}
	if b.n++; b.n%rowsPerTx == 0 {
		return b.flush()
	}
	return nil
}

func (b *batch) flush() error {
	if b.tx == nil {
		return nil
	}
	err := errors.Join(b.stmt.Close(), b.tx.Commit())
	b.tx, b.stmt = nil, nil
	return err
}

// abort drops the rows of the open transaction; the rollback closes its statement too.
func (b *batch) abort() {
	if b.tx != nil {
		b.tx.Rollback()
		b.tx, b.stmt = nil, nil
	}
}

// savePhrases writes one row per source phrase; Each yields a source's entries together, best first.
func (s *Store) savePhrases(ctx context.Context, id int64, t *phrases.Table) error {
	b := &batch{ctx: ctx, db: s.db, query: `INSERT INTO phrases (model_id, src, targets) VALUES (?, ?, ?)`}
	var err error
	var src string
	var packed []byte
	t.Each(func(s string, e phrases.Entry) bool {
		if s != src && packed != nil {
			if err = b.insert(id, src, packed); err != nil {
				return false
			}
			packed = nil
		}
		src = s
		packed = appendTarget(packed, e)
		return true
	})
	if err == nil && packed != nil {
		err = b.insert(id, src, packed)
	}
	if err == nil {
		err = b.flush()
	}
	if err != nil {
		b.abort()
		return fmt.Errorf("write phrase table: %w", err)
	}
	return nil
}

// saveLM writes the language model in its binary form and returns its n-gram count.
func (s *Store) saveLM(ctx context.Context, id int64, m *lm.Model) (int64, error) {
	data, err := m.MarshalBinary()
	if err != nil {
		return 0, fmt.Errorf("write language model: %w", err)
	}
	var n int64
	for range m.Entries {
		n++
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO language_models (model_id, ngram_count, data) VALUES (?, ?, ?)`,
		id, n, data); err != nil {
		return 0, fmt.Errorf("write language model: %w", err)
	}
	return n, nil
}

// saveCasing writes how the target language capitalises words.
func (s *Store) saveCasing(ctx context.Context, id int64, casing map[string]string) error {
	b := &batch{ctx: ctx, db: s.db, query: `INSERT INTO casing (model_id, word, form) VALUES (?, ?, ?)`}
	for word, form := range casing {
		if err := b.insert(id, word, form); err != nil {
			b.abort()
			return fmt.Errorf("write casing: %w", err)
		}
	}
	if err := b.flush(); err != nil {
		return fmt.Errorf("write casing: %w", err)
	}
	return nil
}

// Models lists the serving model of every direction, ordered by languages.
func (s *Store) Models(ctx context.Context) ([]translate.ModelInfo, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, src_lang, tgt_lang, source, pairs, lm_order,
		phrase_count, ngram_count, weights, quality, trained_at
		FROM models WHERE state = 'ready' ORDER BY src_lang, tgt_lang`)
	if err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	defer rows.Close()
	var out []translate.ModelInfo
	for rows.Next() {
		var m translate.ModelInfo
		var weights, quality, trained string
		if err := rows.Scan(&m.ID, &m.Src, &m.Tgt, &m.Source, &m.Pairs, &m.LMOrder,
			&m.PhraseCount, &m.NGramCount, &weights, &quality, &trained); err != nil {
			return nil, fmt.Errorf("list models: %w", err)
		}
		if err := json.Unmarshal([]byte(weights), &m.Weights); err != nil {
			return nil, fmt.Errorf("list models: weights of model %d: %w", m.ID, err)
		}
		if err := json.Unmarshal([]byte(quality), &m.Quality); err != nil {
			return nil, fmt.Errorf("list models: quality of model %d: %w", m.ID, err)
		}
		if t, err := time.Parse("2006-01-02T15:04:05.999Z", trained); err == nil {
			m.TrainedAt = t // shown to users only; an unreadable time stays zero
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	return out, nil
}

// maxParams keeps one lookup query under SQLite's bound-parameter limit.
const maxParams = 500

// Phrases returns the table entries of model id for those sources that have any.
func (s *Store) Phrases(ctx context.Context, id int64, sources []string) (map[string][]phrases.Entry, error) {
	out := make(map[string][]phrases.Entry)
	for start := 0; start < len(sources); start += maxParams {
		chunk := sources[start:min(start+maxParams, len(sources))]
		args := make([]any, 0, len(chunk)+1)
		args = append(args, id)
		for _, src := range chunk {
			args = append(args, src)
		}
		query := `SELECT src, targets FROM phrases WHERE model_id = ? AND src IN (?` +
			strings.Repeat(", ?", len(chunk)-1) + `)`
		if err := s.scanPhrases(ctx, query, args, out); err != nil {
			return nil, fmt.Errorf("look up phrases of model %d: %w", id, err)
		}
	}
	return out, nil
}

// scanPhrases runs a lookup under a context without cancel (see batch): a
// lookup takes microseconds, and cancellation is checked before it.
func (s *Store) scanPhrases(ctx context.Context, query string, args []any, out map[string][]phrases.Entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	rows, err := s.db.QueryContext(context.WithoutCancel(ctx), query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var src string
		var blob []byte
		if err := rows.Scan(&src, &blob); err != nil {
			return err
		}
		if out[src], err = readTargets(blob); err != nil {
			return fmt.Errorf("targets of %q: %w", src, err)
		}
	}
	return rows.Err()
}

// LanguageModel returns the language model of model id.
func (s *Store) LanguageModel(ctx context.Context, id int64) (*lm.Model, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT data FROM language_models WHERE model_id = ?`, id).Scan(&data)
	if err != nil {
		return nil, fmt.Errorf("read language model %d: %w", id, err)
	}
	m, err := lm.Load(data)
	if err != nil {
		return nil, fmt.Errorf("read language model %d: %w", id, err)
	}
	return m, nil
}

// Casing returns how model id's target language capitalises words that are not lower case.
func (s *Store) Casing(ctx context.Context, id int64) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT word, form FROM casing WHERE model_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("read casing of model %d: %w", id, err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var word, form string
		if err := rows.Scan(&word, &form); err != nil {
			return nil, fmt.Errorf("read casing of model %d: %w", id, err)
		}
		out[word] = form
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read casing of model %d: %w", id, err)
	}
	return out, nil
}

// SetModelWeights replaces the feature weights of model id.
func (s *Store) SetModelWeights(ctx context.Context, id int64, w translate.Weights) error {
	return s.setModelJSON(ctx, id, "weights", w)
}

// SetModelQuality records evaluation figures for model id.
func (s *Store) SetModelQuality(ctx context.Context, id int64, q translate.Quality) error {
	return s.setModelJSON(ctx, id, "quality", q)
}

func (s *Store) setModelJSON(ctx context.Context, id int64, column string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("save %s of model %d: %w", column, id, err)
	}
	// column is one of two constants above, never user input.
	res, err := s.db.ExecContext(ctx, `UPDATE models SET `+column+` = ? WHERE id = ?`, string(data), id)
	if err != nil {
		return fmt.Errorf("save %s of model %d: %w", column, id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("save %s of model %d: %w", column, id, translate.ErrNoModel)
	}
	return nil
}

// PhrasesWithPrefix returns up to limit one-word source phrases of model id
// that start with prefix, with their entries: the stand-ins for a word the
// model never saw in this form ("vaccinating" → "vaccinate").
func (s *Store) PhrasesWithPrefix(ctx context.Context, id int64, prefix string, limit int) (map[string][]phrases.Entry, error) {
	out := make(map[string][]phrases.Entry)
	// Every string that starts with prefix sorts between prefix and prefix+U+10FFFF.
	err := s.scanPhrases(ctx, `SELECT src, targets FROM phrases
		WHERE model_id = ? AND src >= ? AND src < ? AND instr(src, ' ') = 0 LIMIT ?`,
		[]any{id, prefix, prefix + "\U0010FFFF", limit}, out)
	if err != nil {
		return nil, fmt.Errorf("look up phrases of model %d starting %q: %w", id, prefix, err)
	}
	return out, nil
}
