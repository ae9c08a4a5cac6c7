package storage

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"tafsiri/lexicon"
	"tafsiri/translate"
)

var _ translate.Lexicon = (*Store)(nil)

// A lexicon entry serves a language when its tag is the language's, or one
// is a more specific tag of the other: an "es" dictionary serves "es-419",
// an "es-419" one "es". langMatch is that test on a column, taking the
// asked tag three times (langArgs).
func langMatch(col string) string {
	return "(" + col + " = ? OR ? LIKE " + col + " || '-%' OR " + col + " LIKE ? || '-%')"
}

func langArgs(tag string) []any { return []any{tag, tag, tag} }

// maxLookupKeys is how many keys one lookup query asks about, well within
// SQLite's limit on a statement's parameters.
const maxLookupKeys = 500

// LexiconLookup returns the src→tgt entries of each key the lexicon holds
// (translate.Lexicon): entries any of whose forms has the key, read the way
// asked (an entry stored tgt→src answers reversed), oldest first; each with
// the form the key is, its first when it is several.
func (s *Store) LexiconLookup(ctx context.Context, src, tgt string, keys []string) (map[string][]translate.LexEntry, error) {
	out := map[string][]translate.LexEntry{}
	for start := 0; start < len(keys); start += maxLookupKeys {
		if err := s.lookupLexicon(ctx, src, tgt, keys[start:min(len(keys), start+maxLookupKeys)], out); err != nil {
			return nil, fmt.Errorf("look up %s→%s lexicon: %w", src, tgt, err)
		}
	}
	return out, nil
}

func (s *Store) lookupLexicon(ctx context.Context, src, tgt string, keys []string, out map[string][]translate.LexEntry) error {
	args := make([]any, 0, len(keys)+12)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(append(append(append(args, langArgs(src)...), langArgs(tgt)...), langArgs(src)...), langArgs(tgt)...)
	rows, err := s.db.QueryContext(ctx, `SELECT k.key, k.side, k.form, `+entryColumns+`
		FROM lexicon_keys k JOIN lexicon l ON l.id = k.entry_id JOIN lexicon_sources s ON s.id = l.source_id
		WHERE k.key IN (?`+strings.Repeat(", ?", len(keys)-1)+`) AND (
			(k.side = 0 AND `+langMatch("l.src_lang")+` AND `+langMatch("l.tgt_lang")+`) OR
			(k.side = 1 AND `+langMatch("l.tgt_lang")+` AND `+langMatch("l.src_lang")+`))
		ORDER BY l.id, k.side, k.form`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	type hit struct {
		key string
		id  int64
	}
	seen := map[hit]bool{} // the first form of an entry found for a key answers
	for rows.Next() {
		var key string
		var side, form int
		var e lexicon.Entry
		if err := scanEntry(rows, &e, &key, &side, &form); err != nil {
			return err
		}
		if h := (hit{key, e.ID}); !seen[h] {
			seen[h] = true
			if side == 1 {
				e = e.Reverse()
			}
			out[key] = append(out[key], translate.LexEntry{Entry: e, Form: form})
		}
	}
	return rows.Err()
}

// entryColumns are the columns scanEntry reads, of the lexicon as l and
// its sources as s.
const entryColumns = `l.id, l.src_lang, l.src_forms, l.pos, l.tgt_lang, l.tgt_forms, s.name, s.licence`

// rowScanner is what *sql.Rows and *sql.Row offer.
type rowScanner interface{ Scan(dest ...any) error }

// scanEntry reads the columns before entryColumns into before, then an entry.
func scanEntry(row rowScanner, e *lexicon.Entry, before ...any) error {
	var srcForms, tgtForms string
	dest := append(before, &e.ID, &e.SrcLang, &srcForms, &e.POS, &e.TgtLang, &tgtForms, &e.Source, &e.Licence)
	if err := row.Scan(dest...); err != nil {
		return err
	}
	var err error
	if e.SrcForms, err = lexicon.SplitForms(srcForms); err == nil {
		e.TgtForms, err = lexicon.SplitForms(tgtForms)
	}
	if err != nil {
		return fmt.Errorf("entry %d: %w", e.ID, err)
	}
	return nil
}

// LexiconQuery says which lexicon entries to list.
type LexiconQuery struct {
	// Src and Tgt, when set, keep the entries between these languages (as
	// LexiconLookup matches them), read from Src: an entry stored the
	// other way is listed reversed. Empty, any language.
	Src, Tgt string
	// Text, when set, keeps the entries one of whose forms, on either side,
	// is Text or holds it; those with a form that is Text come first.
	Text string
	// Limit is how many entries to list at most (0: all), from Offset on.
	Limit, Offset int
}

// LexiconEntries lists the entries q asks for, sorted by source lemma, and
// how many there are in all.
func (s *Store) LexiconEntries(ctx context.Context, q LexiconQuery) ([]lexicon.Entry, int, error) {
	query, args := lexiconQuery(q)
	total, err := s.countLexicon(ctx, query, args)
	if err != nil {
		return nil, 0, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, src_lang, src_forms, pos, tgt_lang, tgt_forms, source, licence FROM (`+query+`)
		ORDER BY exact, lower(src_forms), id LIMIT ? OFFSET ?`, append(args, limit, max(q.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("list lexicon entries: %w", err)
	}
	defer rows.Close()
	var out []lexicon.Entry
	for rows.Next() {
		var e lexicon.Entry
		if err := scanEntry(rows, &e); err != nil {
			return nil, 0, fmt.Errorf("list lexicon entries: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("list lexicon entries: %w", err)
	}
	return out, total, nil
}

// lexiconQuery builds the query of the entries q asks for, each read the
// way asked, with a column exact: 0 when a form is q.Text, else 1.
func lexiconQuery(q LexiconQuery) (string, []any) {
	var parts []string
	var args []any
	key := lexicon.Key(q.Src, q.Text)
	for side, cols := range [][2]string{{"src", "tgt"}, {"tgt", "src"}} {
		if side == 1 && q.Src == "" && q.Tgt == "" {
			break // both ways would list every entry twice
		}
		from, to := cols[0], cols[1]
		exact, where := "1", []string{"1"}
		var whereArgs []any
		if q.Src != "" {
			where = append(where, langMatch("l."+from+"_lang"))
			whereArgs = append(whereArgs, langArgs(q.Src)...)
		}
		if q.Tgt != "" {
			where = append(where, langMatch("l."+to+"_lang"))
			whereArgs = append(whereArgs, langArgs(q.Tgt)...)
		}
		if q.Text != "" {
			exact = "CASE WHEN l.id IN (SELECT entry_id FROM lexicon_keys WHERE key = ?) THEN 0 ELSE 1 END"
			args = append(args, key) // the select list's parameter comes before the WHERE's
			where = append(where, `(l.src_forms LIKE ? ESCAPE '\' OR l.tgt_forms LIKE ? ESCAPE '\' OR
				l.id IN (SELECT entry_id FROM lexicon_keys WHERE key = ?))`)
			like := "%" + escapeLike(q.Text) + "%"
			whereArgs = append(whereArgs, like, like, key)
		}
		args = append(args, whereArgs...)
		parts = append(parts, fmt.Sprintf(`SELECT l.id, l.%[1]s_lang AS src_lang, l.%[1]s_forms AS src_forms, l.pos,
			l.%[2]s_lang AS tgt_lang, l.%[2]s_forms AS tgt_forms, s.name AS source, s.licence, %[3]s AS exact
			FROM lexicon l JOIN lexicon_sources s ON s.id = l.source_id WHERE %[4]s`, from, to, exact, strings.Join(where, " AND ")))
	}
	return strings.Join(parts, " UNION ALL "), args
}

// escapeLike makes text match as itself in a LIKE pattern with ESCAPE '\'.
func escapeLike(text string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(text)
}

// CountLexicon returns how many entries the lexicon holds between src and
// tgt (as LexiconQuery), every entry when both are empty.
func (s *Store) CountLexicon(ctx context.Context, src, tgt string) (int, error) {
	query, args := lexiconQuery(LexiconQuery{Src: src, Tgt: tgt})
	return s.countLexicon(ctx, query, args)
}

// countLexicon counts the rows of a lexiconQuery.
func (s *Store) countLexicon(ctx context.Context, query string, args []any) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (`+query+`)`, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count lexicon entries: %w", err)
	}
	return n, nil
}

// LexiconLanguages returns the languages of the lexicon's entries, either side, sorted.
func (s *Store) LexiconLanguages(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT src_lang FROM lexicon UNION SELECT tgt_lang FROM lexicon ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("list lexicon languages: %w", err)
	}
	defer rows.Close()
	var tags []string
	for rows.Next() {
		var tag string
		if err := rows.Scan(&tag); err != nil {
			return nil, fmt.Errorf("list lexicon languages: %w", err)
		}
		tags = append(tags, tag)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list lexicon languages: %w", err)
	}
	return tags, nil
}

// DeleteLexiconSource removes every entry of a source ("FreeDict eng-spa
// 0.3.1") with its keys, and returns how many there were.
func (s *Store) DeleteLexiconSource(ctx context.Context, source string) (int64, error) {
	var n int64
	err := s.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		var err error
		n, err = deleteLexiconSource(ctx, tx, source)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("delete lexicon entries of %s: %w", source, err)
	}
	return n, nil
}
