package storage

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// embeddedMigrations is the schema history this build knows, oldest first.
// A malformed file name there is a build defect that Open reports.
var embeddedMigrations, errEmbeddedMigrations = loadMigrations(migrationFiles, "migrations")

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// LatestSchemaVersion returns the newest schema version this build can write.
func LatestSchemaVersion() int { return len(embeddedMigrations) }

// loadMigrations reads dir/NNNN_name.sql files, which must be numbered 1, 2, 3... without gaps.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.sql"))
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	out := make([]migration, 0, len(names))
	for i, name := range names {
		base := path.Base(name)
		num, label, ok := strings.Cut(strings.TrimSuffix(base, ".sql"), "_")
		version, err := strconv.Atoi(num)
		if !ok || err != nil || version != i+1 {
			return nil, fmt.Errorf("migration %s: want a name like %04d_what.sql", base, i+1)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		out = append(out, migration{version: version, name: label, sql: string(body)})
	}
	return out, nil
}

// migrate applies every migration newer than the database's schema version,
// each in its own write transaction, started by begin (which waits for
// another process's write to end), together with its schema_migrations row.
func migrate(ctx context.Context, db *sql.DB, migrations []migration, begin func(context.Context) (*sql.Tx, error)) error {
	current, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	for _, m := range migrations[min(current, len(migrations)):] {
		if err := apply(ctx, begin, m); err != nil {
			return err
		}
	}
	return nil
}

func apply(ctx context.Context, begin func(context.Context) (*sql.Tx, error), m migration) error {
	tx, err := begin(ctx)
	if err != nil {
		return fmt.Errorf("begin migration %d (%s): %w", m.version, m.name, err)
	}
	defer tx.Rollback() // no-op after Commit
	// Another process opening the same new file may have applied it while
	// this one waited for the lock: both read version 0 before either began.
	if current, err := schemaVersion(ctx, tx); err != nil || current >= m.version {
		return err
	}
	if _, err := tx.ExecContext(ctx, createVersionTable); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("apply migration %d (%s): %w", m.version, m.name, err)
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
		return fmt.Errorf("record migration %d (%s): %w", m.version, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit migration %d (%s): %w", m.version, m.name, err)
	}
	return nil
}

// createVersionTable runs inside the first migration's transaction, so a failed
// first migration leaves even a new file without it.
const createVersionTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)`

// querier is what both *sql.DB and *sql.Tx offer for reads.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// schemaVersion returns the newest applied migration, 0 for a database without any.
func schemaVersion(ctx context.Context, q querier) (int, error) {
	var exists int
	err := q.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&exists)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if exists == 0 {
		return 0, nil
	}
	var version int
	if err := q.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return version, nil
}

// SchemaVersion returns the schema version of the open database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	return schemaVersion(ctx, s.db)
}
