package storage

import (
	"context"
	"fmt"
)

// Texts returns every text the database holds in language lang (translation
// memory segments on either side, glossary terms), for language models to
// learn the language from all of it, not only from one training file.
func (s *Store) Texts(ctx context.Context, lang string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT src_text FROM tm_segments WHERE src_lang = ?1
		UNION ALL SELECT tgt_text FROM tm_segments WHERE tgt_lang = ?1
		UNION ALL SELECT text FROM terms WHERE lang = ?1 AND status <> 'forbidden'`, lang)
	if err != nil {
		return nil, fmt.Errorf("read %s texts: %w", lang, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			return nil, fmt.Errorf("read %s texts: %w", lang, err)
		}
		out = append(out, text)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s texts: %w", lang, err)
	}
	return out, nil
}
