package storage

import (
	"context"
	"fmt"

	"tafsiri/glossary"
	"tafsiri/translate"
)

var _ translate.TermSource = (*Store)(nil)

// TermRules returns, for every source-language term of a concept that also
// has terms in the target language, the term to translate it with (the
// approved one, else a draft) and the forbidden target terms.
func (s *Store) TermRules(ctx context.Context, src, tgt string) ([]translate.TermRule, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT s.concept_id, s.text, t.text, t.status
		FROM terms s JOIN terms t ON t.concept_id = s.concept_id
		WHERE s.lang = ? AND t.lang = ? AND s.status <> 'forbidden'
		ORDER BY s.concept_id, s.id, t.id`, src, tgt)
	if err != nil {
		return nil, fmt.Errorf("read glossary rules %s→%s: %w", src, tgt, err)
	}
	defer rows.Close()
	var out []translate.TermRule
	for rows.Next() {
		var concept int64
		var source, target, status string
		if err := rows.Scan(&concept, &source, &target, &status); err != nil {
			return nil, fmt.Errorf("read glossary rules %s→%s: %w", src, tgt, err)
		}
		n := len(out)
		if n == 0 || out[n-1].ConceptID != concept || out[n-1].Source != source {
			out = append(out, translate.TermRule{ConceptID: concept, Source: source})
			n++
		}
		addTarget(&out[n-1], target, glossary.Status(status))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read glossary rules %s→%s: %w", src, tgt, err)
	}
	return out, nil
}

// addTarget folds one target term into a rule: forbidden terms are listed,
// an approved term wins over a draft.
func addTarget(r *translate.TermRule, text string, status glossary.Status) {
	switch {
	case status == glossary.Forbidden:
		r.Forbidden = append(r.Forbidden, text)
	case r.Target == "" || status == glossary.Approved && r.Status != glossary.Approved:
		r.Target, r.Status = text, status
	}
}
