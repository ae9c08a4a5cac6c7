package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"tafsiri/translate"
	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
)

var _ translate.ModelStore = (*Store)(nil)

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
