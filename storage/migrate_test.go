package storage

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

func TestFreshDatabaseIsCreatedMigratedAndSound(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))

	h, err := st.Check(ctx)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	if !h.OK() {
		t.Errorf("fresh database is not OK: %+v", h)
	}
	if got, want := h.SchemaVersion, LatestSchemaVersion(); got != want || got < 1 {
		t.Errorf("schema version = %d, want %d (>= 1)", got, want)
	}
	tables := map[string]bool{}
	for _, tc := range h.Tables {
		tables[tc.Name] = true
	}
	for _, want := range []string{"languages", "concepts", "terms", "glossary_history",
		"tm_segments", "tm_grams", "models", "phrases", "language_models", "casing", "settings", "schema_migrations"} {
		if !tables[want] {
			t.Errorf("table %s missing; have %v", want, h.Tables)
		}
	}
}

func TestReopeningAppliesNoMigrationAgain(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	first, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	before := dump(t, path)

	second := openTest(t, path)
	if got := dump(t, path); got != before {
		t.Errorf("re-open changed the database:\nbefore:\n%s\nafter:\n%s", before, got)
	}
	var applied int
	if err := second.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if got, want := applied, LatestSchemaVersion(); got != want {
		t.Errorf("schema_migrations has %d rows, want %d", got, want)
	}
}

func TestFailingMigrationLeavesDatabaseAsItWas(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	if err := st.SetSetting(ctx, "theme", "dark"); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	before := dump(t, path)

	next := LatestSchemaVersion() + 1
	broken := withEmbedded(t, map[string]string{
		fmt.Sprintf("%04d_half_done.sql", next): `CREATE TABLE notes (id INTEGER PRIMARY KEY);
			INSERT INTO notes VALUES (1);
			UPDATE settings SET value = 'light';
			INSERT INTO no_such_table VALUES (1);`,
	})
	_, err := open(ctx, path, broken, OpenOptions{})
	if want := fmt.Sprintf("apply migration %d (half_done)", next); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("open with a failing migration: err = %v, want it to say %q", err, want)
	}
	if got := dump(t, path); got != before {
		t.Errorf("failed migration changed the database:\nbefore:\n%s\nafter:\n%s", before, got)
	}
}

func TestFailingFirstMigrationLeavesNewFileEmpty(t *testing.T) {
	path := newDBPath(t)
	broken := migrationsFrom(t, map[string]string{"0001_bad.sql": `CREATE TABLE a (x); SELECT * FROM missing;`})
	if _, err := open(context.Background(), path, broken, OpenOptions{}); err == nil {
		t.Fatal("open succeeded with a failing migration")
	}
	if got, want := dump(t, path), "application_id 0\n"; got != want {
		t.Errorf("new file after failed first migration:\n%s\nwant:\n%s", got, want)
	}
}

func TestNewerSchemaIsRefusedAndLeftUntouched(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	if _, err := st.db.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (99, 'future')`); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)

	_, err := Open(ctx, path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open = %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "schema version 99") {
		t.Errorf("error %q does not name the file's version", err)
	}
	if got := readFile(t, path); string(got) != string(before) {
		t.Error("refused database file was modified")
	}
}

func TestMigrationFilesMustBeNumberedWithoutGaps(t *testing.T) {
	cases := map[string]map[string]string{
		"gap":         {"0001_a.sql": "SELECT 1;", "0003_c.sql": "SELECT 1;"},
		"no number":   {"first.sql": "SELECT 1;"},
		"starts at 2": {"0002_b.sql": "SELECT 1;"},
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range files {
				fsys["m/"+name] = &fstest.MapFile{Data: []byte(body)}
			}
			if _, err := loadMigrations(fsys, "m"); err == nil {
				t.Errorf("loadMigrations accepted %v", files)
			}
		})
	}
}

func TestEmbeddedMigrationsLoad(t *testing.T) {
	if errEmbeddedMigrations != nil {
		t.Fatal(errEmbeddedMigrations)
	}
	if LatestSchemaVersion() < 1 {
		t.Fatal("no embedded migrations")
	}
}
