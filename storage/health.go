package storage

import (
	"context"
	"fmt"
	"strings"
)

// Health is what `tafsiri doctor` reports about a database.
type Health struct {
	Path          string
	SchemaVersion int          // newest migration applied to the file
	LatestVersion int          // newest migration this build knows
	SQLiteVersion string       // version of the linked SQLite library
	Tables        []TableCount // every table, by name
	Integrity     []string     // problems PRAGMA integrity_check found, one per line; just "ok" when sound
	// Half-written state: models an interrupted save left unfinished (opening
	// the database for writing removes them), and rows whose parent is gone.
	Unfinished []string
	Dangling   []string
	Repaired   []string // what opening the database removed, the same way; no problem any more
}

// TableCount is the number of rows in one table.
type TableCount struct {
	Name string
	Rows int64
}

// OK reports whether the database is sound, fully migrated and holds nothing half-written.
func (h Health) OK() bool {
	return h.SchemaVersion == h.LatestVersion && len(h.Integrity) == 1 && h.Integrity[0] == "ok" &&
		len(h.Unfinished) == 0 && len(h.Dangling) == 0
}

// Check inspects the database: versions, row counts, SQLite's integrity
// check and half-written state (unfinished models, rows whose parent is gone).
func (s *Store) Check(ctx context.Context) (Health, error) {
	h := Health{Path: s.path, LatestVersion: LatestSchemaVersion()}
	var err error
	if h.SchemaVersion, err = s.SchemaVersion(ctx); err != nil {
		return h, err
	}
	if err := s.db.QueryRowContext(ctx, `SELECT sqlite_version()`).Scan(&h.SQLiteVersion); err != nil {
		return h, fmt.Errorf("read SQLite version: %w", err)
	}
	if h.Tables, err = s.tableCounts(ctx); err != nil {
		return h, err
	}
	if h.Integrity, err = s.integrityCheck(ctx); err != nil {
		return h, err
	}
	if h.Unfinished, err = unfinishedModels(ctx, s.db); err != nil {
		return h, err
	}
	if h.Dangling, err = danglingRows(ctx, s.db); err != nil {
		return h, err
	}
	h.Repaired = s.repaired
	return h, nil
}

func (s *Store) tableCounts(ctx context.Context) ([]TableCount, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list tables: %w", err)
		}
		names = append(names, name)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	counts := make([]TableCount, 0, len(names))
	for _, name := range names {
		var n int64
		// The name comes from sqlite_master, not from a user; quoting keeps odd names valid.
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM "`+name+`"`).Scan(&n); err != nil {
			return nil, fmt.Errorf("count rows of %s: %w", name, err)
		}
		counts = append(counts, TableCount{Name: name, Rows: n})
	}
	return counts, nil
}

func (s *Store) integrityCheck(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, fmt.Errorf("run integrity check: %w", err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, fmt.Errorf("run integrity check: %w", err)
		}
		// One result row may hold several problems, one per line.
		for _, l := range strings.Split(line, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "*** in database") {
				lines = append(lines, l)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("run integrity check: %w", err)
	}
	return lines, nil
}
