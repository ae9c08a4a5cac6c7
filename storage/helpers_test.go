package storage

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// openTest opens a store at path with the embedded migrations and closes it when the test ends.
func openTest(tb testing.TB, path string) *Store {
	tb.Helper()
	st, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := st.Close(); err != nil {
			tb.Error(err)
		}
	})
	return st
}

// newDBPath returns a path for a database file in a fresh temporary folder.
func newDBPath(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(tb.TempDir(), "tafsiri.db")
}

// migrationsFrom builds a migration list from name → SQL, as files in a folder would.
func migrationsFrom(tb testing.TB, files map[string]string) []migration {
	tb.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys["m/"+name] = &fstest.MapFile{Data: []byte(body)}
	}
	ms, err := loadMigrations(fsys, "m")
	if err != nil {
		tb.Fatalf("loadMigrations: %v", err)
	}
	return ms
}

// withEmbedded returns the embedded migrations followed by extra ones.
func withEmbedded(tb testing.TB, extra map[string]string) []migration {
	tb.Helper()
	files := map[string]string{}
	for _, m := range embeddedMigrations {
		files[fmt.Sprintf("%04d_%s.sql", m.version, m.name)] = m.sql
	}
	for name, body := range extra {
		files[name] = body
	}
	return migrationsFrom(tb, files)
}

// dump renders a database's whole schema and content as text, to compare a file before and after.
func dump(tb testing.TB, path string) string {
	tb.Helper()
	db, err := sql.Open("sqlite3", dsn(path, readOnly))
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	defer func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close %s: %v", path, err)
		}
	}()
	var b strings.Builder
	var appID int
	if err := db.QueryRow(`PRAGMA application_id`).Scan(&appID); err != nil {
		tb.Fatalf("read application_id: %v", err)
	}
	fmt.Fprintf(&b, "application_id %d\n", appID)
	rows, err := db.Query(`SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name`)
	if err != nil {
		tb.Fatalf("read schema: %v", err)
	}
	var tables []string
	for rows.Next() {
		var typ, name, text string
		if err := rows.Scan(&typ, &name, &text); err != nil {
			tb.Fatalf("read schema: %v", err)
		}
		fmt.Fprintf(&b, "%s %s: %s\n", typ, name, text)
		if typ == "table" {
			tables = append(tables, name)
		}
	}
	if err := rows.Err(); err != nil {
		tb.Fatalf("read schema: %v", err)
	}
	for _, table := range tables {
		dumpRows(tb, db, table, &b)
	}
	return b.String()
}

func dumpRows(tb testing.TB, db *sql.DB, table string, b *strings.Builder) {
	tb.Helper()
	rows, err := db.Query(`SELECT * FROM "` + table + `"`)
	if err != nil {
		tb.Fatalf("read %s: %v", table, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		tb.Fatalf("read columns of %s: %v", table, err)
	}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			tb.Fatalf("read %s: %v", table, err)
		}
		fmt.Fprintf(b, "%s %v\n", table, vals)
	}
	if err := rows.Err(); err != nil {
		tb.Fatalf("read %s: %v", table, err)
	}
}

// readFile returns a file's bytes, failing the test if it cannot be read.
func readFile(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	return data
}
