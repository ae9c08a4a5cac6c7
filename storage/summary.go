package storage

import (
	"context"
	"fmt"
)

// Summary is what the app holds, at a glance: the window's home view shows it.
type Summary struct {
	Path      string
	Languages []string // canonical BCP 47 tags
	Concepts  int64    // glossary concepts
	Terms     int64    // glossary terms in all languages
	Segments  int64    // translation-memory segments
	Models    int64    // phrase models ready to translate
}

// Summary counts the languages, glossary, memory and models in the database.
func (s *Store) Summary(ctx context.Context) (Summary, error) {
	sum := Summary{Path: s.path}
	var err error
	if sum.Languages, err = s.Languages(ctx); err != nil {
		return sum, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM concepts),
		(SELECT count(*) FROM terms),
		(SELECT count(*) FROM tm_segments),
		(SELECT count(*) FROM models WHERE state = 'ready')`).
		Scan(&sum.Concepts, &sum.Terms, &sum.Segments, &sum.Models)
	if err != nil {
		return sum, fmt.Errorf("summarise database: %w", err)
	}
	return sum, nil
}
