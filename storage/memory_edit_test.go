package storage

import (
	"context"
	"errors"
	"testing"

	"tafsiri/memory"
)

// editFixture is a store holding three en→sw segments and one en→fr one.
func editFixture(t *testing.T) (*Store, []memory.Segment) {
	t.Helper()
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	in := []memory.Segment{
		{SrcLang: "en", TgtLang: "sw", Source: "Wash your hands with soap.", Target: "Nawa mikono kwa sabuni.", Origin: "default"},
		{SrcLang: "en", TgtLang: "sw", Source: "Drink clean water.", Target: "Kunywa maji safi.", Origin: "import"},
		{SrcLang: "en", TgtLang: "sw", Source: "Drink clean water.", Target: "Kunywa maji masafi.", Origin: "import"},
		{SrcLang: "en", TgtLang: "fr", Source: "Drink clean water.", Target: "Buvez de l'eau propre.", Origin: "import"},
	}
	if _, err := st.ImportSegments(ctx, in, nil); err != nil {
		t.Fatal(err)
	}
	segs, err := st.Segments(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return st, segs
}

func TestSegmentPairsAndPages(t *testing.T) {
	ctx := context.Background()
	st, segs := editFixture(t)
	pairs, err := st.SegmentPairs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []SegmentPair{{"en", "sw", 3}, {"en", "fr", 1}}
	if len(pairs) != len(want) || pairs[0] != want[0] || pairs[1] != want[1] {
		t.Errorf("SegmentPairs = %v, want %v", pairs, want)
	}
	page, total, err := st.SegmentPage(ctx, "en", "sw", 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 || len(page) != 1 || page[0].ID != segs[1].ID {
		t.Errorf("SegmentPage(offset 1, limit 1) = %v of %d, want segment %d of 3", page, total, segs[1].ID)
	}
}

func TestUpdateSegmentMakesTheTranslationTheEditors(t *testing.T) {
	ctx := context.Background()
	st, segs := editFixture(t)
	got, err := st.UpdateSegment(ctx, segs[0].ID, "  Osha mikono yako kwa sabuni.  ")
	if err != nil {
		t.Fatal(err)
	}
	if got.Target != "Osha mikono yako kwa sabuni." || got.Origin != "user" || !got.Approved {
		t.Errorf("updated segment = %+v, want the trimmed target, origin user, approved", got)
	}
	hits, err := memory.Search(ctx, st, "en", "sw", "Wash your hands with soap.", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Segment.Target != got.Target || hits[0].Score != 100 {
		t.Errorf("search after the edit = %+v, want the new translation at 100%%", hits)
	}

	t.Run("refuses to duplicate another segment", func(t *testing.T) {
		_, err := st.UpdateSegment(ctx, segs[1].ID, segs[2].Target)
		if !errors.Is(err, ErrSegmentExists) {
			t.Errorf("err = %v, want ErrSegmentExists", err)
		}
	})
	t.Run("refuses an empty translation", func(t *testing.T) {
		if _, err := st.UpdateSegment(ctx, segs[1].ID, " "); !errors.Is(err, ErrEmptyTarget) {
			t.Errorf("err = %v, want ErrEmptyTarget", err)
		}
	})
	t.Run("reports a missing segment", func(t *testing.T) {
		if _, err := st.UpdateSegment(ctx, 999, "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("err = %v, want ErrNotFound", err)
		}
	})
}

func TestDeleteSegmentCanBeUndone(t *testing.T) {
	ctx := context.Background()
	st, segs := editFixture(t)
	grams := func() int {
		var n int
		if err := st.db.QueryRowContext(ctx, `SELECT count(*) FROM tm_grams WHERE segment_id = ?`, segs[0].ID).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := grams()
	deleted, err := st.DeleteSegment(ctx, segs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if deleted != segs[0] {
		t.Errorf("DeleteSegment returned %+v, want %+v", deleted, segs[0])
	}
	if _, err := st.Segment(ctx, segs[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("segment after delete: err = %v, want ErrNotFound", err)
	}
	if n := grams(); n != 0 {
		t.Errorf("%d grams left after delete, want 0", n)
	}

	if err := st.RestoreSegment(ctx, deleted); err != nil {
		t.Fatal(err)
	}
	back, err := st.Segment(ctx, segs[0].ID)
	if err != nil || back != segs[0] {
		t.Errorf("restored segment = %+v, %v, want %+v", back, err, segs[0])
	}
	if n := grams(); n != before || before == 0 {
		t.Errorf("grams after restore = %d, want %d", n, before)
	}
	hits, err := memory.Search(ctx, st, "en", "sw", "Wash your hands with water.", 50, 0)
	if err != nil || len(hits) == 0 || hits[0].Segment.ID != segs[0].ID {
		t.Errorf("fuzzy search after restore = %+v, %v, want the restored segment", hits, err)
	}
	if err := st.RestoreSegment(ctx, deleted); !errors.Is(err, ErrSegmentExists) {
		t.Errorf("restoring twice: err = %v, want ErrSegmentExists", err)
	}
}
