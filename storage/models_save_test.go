package storage

import (
	"context"
	"strings"
	"testing"
)

// servingSources returns the source of the serving model of each direction, by "src→tgt".
func servingSources(t *testing.T, st *Store) map[string]string {
	t.Helper()
	models, err := st.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range models {
		out[m.Src+"→"+m.Tgt] = m.Source
	}
	return out
}

// modelRows counts the rows of the models table, serving or not.
func modelRows(t *testing.T, st *Store) int {
	t.Helper()
	var n int
	if err := st.db.QueryRowContext(context.Background(), `SELECT count(*) FROM models`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Issue 13 case 4: both directions of a training are published in one
// transaction, so a save that fails half way changes neither.
func TestBothDirectionsServeTogetherOrNotAtAll(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	oldFwd, oldRev := trainTiny(t, "old")
	if _, err := st.SaveModels(ctx, oldFwd, oldRev); err != nil {
		t.Fatal(err)
	}
	// The disk fills up as the second direction is written.
	if _, err := st.db.ExecContext(ctx, `CREATE TRIGGER full_disk BEFORE INSERT ON models
		WHEN NEW.src_lang = 'es-419' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`); err != nil {
		t.Fatal(err)
	}
	newFwd, newRev := trainTiny(t, "new")
	if _, err := st.SaveModels(ctx, newFwd, newRev); err == nil || !strings.Contains(err.Error(), "disk is full") {
		t.Fatalf("SaveModels with a full disk = %v, want the failure", err)
	}
	want := map[string]string{"en→es-419": "old", "es-419→en": "old"}
	if got := servingSources(t, st); len(got) != 2 || got["en→es-419"] != want["en→es-419"] || got["es-419→en"] != want["es-419→en"] {
		t.Errorf("after a failed save, serving = %v, want %v", got, want)
	}
	if n := modelRows(t, st); n != 2 {
		t.Errorf("after a failed save, the models table has %d rows, want the 2 serving", n)
	}
	if _, err := st.db.ExecContext(ctx, `DROP TRIGGER full_disk`); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveModels(ctx, newFwd, newRev); err != nil {
		t.Fatal(err)
	}
	if got := servingSources(t, st); got["en→es-419"] != "new" || got["es-419→en"] != "new" {
		t.Errorf("after a complete save, serving = %v, want both new", got)
	}
	if n := modelRows(t, st); n != 2 {
		t.Errorf("after a complete save, the models table has %d rows, want 2: the old ones are gone", n)
	}
}

// Issue 13 case 4: an older build killed while saving left a model in the
// 'training' state with its rows; opening the database removes them and
// Check says so, and Check reports them while they are there.
func TestUnfinishedModelsAreRemovedOnOpenAndReported(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	fwd, rev := trainTiny(t, "serving")
	if _, err := st.SaveModels(ctx, fwd, rev); err != nil {
		t.Fatal(err)
	}
	if _, err := st.db.ExecContext(ctx, `
		INSERT INTO models (id, src_lang, tgt_lang, state, source) VALUES (99, 'en', 'es-419', 'training', 'killed.tmx');
		INSERT INTO phrases (model_id, src, targets) VALUES (99, 'wash', x'00'), (99, 'hands', x'00');`); err != nil {
		t.Fatal(err)
	}
	h, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h.OK() || len(h.Unfinished) != 1 || !strings.Contains(h.Unfinished[0], `model 99 en→es-419, left in state "training"`) ||
		!strings.Contains(h.Unfinished[0], "2 phrase rows") {
		t.Errorf("Check with an unfinished model: OK %v, Unfinished %q; want it reported", h.OK(), h.Unfinished)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = openTest(t, path)
	h, err = st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !h.OK() || len(h.Unfinished) != 0 || len(h.Repaired) != 1 || !strings.HasPrefix(h.Repaired[0], "removed model 99 en→es-419") {
		t.Errorf("Check after reopening: OK %v, Unfinished %q, Repaired %q; want the model removed and said so",
			h.OK(), h.Unfinished, h.Repaired)
	}
	if n := modelRows(t, st); n != 2 {
		t.Errorf("after reopening, the models table has %d rows, want the 2 serving", n)
	}
	var phrases int
	if err := st.db.QueryRowContext(ctx, `SELECT count(*) FROM phrases WHERE model_id = 99`).Scan(&phrases); err != nil {
		t.Fatal(err)
	}
	if phrases != 0 {
		t.Errorf("%d phrase rows of the removed model are left", phrases)
	}
	if got := servingSources(t, st); got["en→es-419"] != "serving" || got["es-419→en"] != "serving" {
		t.Errorf("serving after the repair = %v, want the models saved before", got)
	}
}

func TestCheckReportsRowsWhoseParentIsGone(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	conn, err := st.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// As a write made without foreign keys enforced leaves them.
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF;
		INSERT INTO phrases (model_id, src, targets) VALUES (7, 'wash', x'00'), (7, 'hands', x'00');
		PRAGMA foreign_keys = ON`); err != nil {
		t.Fatal(err)
	}
	if err := conn.Close(); err != nil {
		t.Fatal(err)
	}
	h, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := "2 rows of phrases refer to models rows that are gone"
	if h.OK() || len(h.Dangling) != 1 || h.Dangling[0] != want {
		t.Errorf("Check: OK %v, Dangling %q; want %q", h.OK(), h.Dangling, want)
	}
}
