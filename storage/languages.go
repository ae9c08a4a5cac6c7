package storage

import (
	"context"
	"database/sql"
	"fmt"

	"golang.org/x/text/language"
)

// AddLanguage records a language the app holds data for and returns its
// canonical BCP 47 tag. Adding a known language again changes nothing.
func (s *Store) AddLanguage(ctx context.Context, tag string) (string, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", fmt.Errorf("add language %q: not a BCP 47 tag: %w", tag, err)
	}
	canonical := t.String()
	err = s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO languages (tag) VALUES (?) ON CONFLICT (tag) DO NOTHING`, canonical)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("add language %s: %w", canonical, err)
	}
	return canonical, nil
}

// Languages returns the tags of every language the app holds data for, sorted.
func (s *Store) Languages(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT tag FROM languages ORDER BY tag`)
	if err != nil {
		return nil, fmt.Errorf("list languages: %w", err)
	}
	defer rows.Close()
	var tags []string
	for rows.Next() {
		var tag string
		if err := rows.Scan(&tag); err != nil {
			return nil, fmt.Errorf("list languages: %w", err)
		}
		tags = append(tags, tag)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list languages: %w", err)
	}
	return tags, nil
}
