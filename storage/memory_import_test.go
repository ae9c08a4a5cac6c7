package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"tafsiri/memory"
)

// numbered returns n distinct en→fr segments.
func numbered(n int) []memory.Segment {
	segs := make([]memory.Segment, n)
	for i := range segs {
		segs[i] = memory.Segment{SrcLang: "en", TgtLang: "fr", Origin: "import",
			Source: fmt.Sprintf("Wash your hands before meal number %d.", i),
			Target: fmt.Sprintf("Lavez-vous les mains avant le repas numéro %d.", i)}
	}
	return segs
}

func TestAnImportBeingStagedLocksNothing(t *testing.T) {
	ctx := context.Background()
	path := newDBPath(t)
	st := openTest(t, path)
	imp, err := st.BeginMemoryImport(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := imp.Close(); err != nil {
			t.Error(err)
		}
	}()
	for _, seg := range numbered(2500) {
		if err := imp.Add(seg); err != nil {
			t.Fatal(err)
		}
	}

	// Another process writes meanwhile: with the import holding the write
	// lock these would fail with "database is locked".
	other := openTest(t, path)
	other.WhenBusy(func(bool) { t.Error("a write waited for the import being staged") })
	if err := other.SetSetting(ctx, "tm.threshold", "80"); err != nil {
		t.Fatalf("SetSetting during the import = %v", err)
	}
	if _, err := other.ImportSegments(ctx, numbered(1), nil); err != nil {
		t.Fatalf("a second import during the first = %v", err)
	}
	if segs, err := other.Segments(ctx, "", ""); err != nil || len(segs) != 1 {
		t.Errorf("others see %d segments (%v), want only their own 1: the import is not published yet", len(segs), err)
	}

	rep, err := imp.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2499 || rep.Duplicates != 1 {
		t.Errorf("Commit = %+v, want 2499 added, 1 duplicate (the other import's segment)", rep)
	}
	// The new segments took the ids after the memory's last (1), in file order.
	hits, err := memory.Search(ctx, other, "en", "fr", "Wash your hands before meal number 2499.", 0, 0)
	if err != nil || len(hits) == 0 {
		t.Fatalf("Search = %d hits, %v", len(hits), err)
	}
	if got := hits[0]; got.Score != 100 || got.Segment.ID != 2500 {
		t.Errorf("best hit = segment %d at %d%%, want 2500, the file's last, at 100%%", got.Segment.ID, got.Score)
	}
}

func TestACancelledImportLeavesTheMemoryAsItWas(t *testing.T) {
	cases := map[string]func(imp *MemoryImport, cancel func()) error{
		"while adding": func(imp *MemoryImport, cancel func()) error {
			for i, seg := range numbered(3000) {
				if i == 1500 {
					cancel()
				}
				if err := imp.Add(seg); err != nil {
					return err
				}
			}
			_, err := imp.Commit()
			return err
		},
		"before commit": func(imp *MemoryImport, cancel func()) error {
			for _, seg := range numbered(3000) {
				if err := imp.Add(seg); err != nil {
					return err
				}
			}
			cancel()
			_, err := imp.Commit()
			return err
		},
	}
	for name, run := range cases {
		t.Run(name, func(t *testing.T) {
			st := openTest(t, newDBPath(t))
			if _, err := st.ImportSegments(context.Background(), numbered(1), nil); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			imp, err := st.BeginMemoryImport(ctx)
			if err != nil {
				t.Fatal(err)
			}
			err = errors.Join(run(imp, cancel), imp.Close())
			if !errors.Is(err, context.Canceled) {
				t.Errorf("import = %v, want context.Canceled", err)
			}
			if segs, err := st.Segments(context.Background(), "", ""); err != nil || len(segs) != 1 {
				t.Errorf("the memory holds %d segments (%v), want the 1 it had", len(segs), err)
			}
			// The connection went back to the pool clean: the next import starts empty.
			rep, err := st.ImportSegments(context.Background(), numbered(2), nil)
			if err != nil || rep.Added != 1 || rep.Duplicates != 1 {
				t.Errorf("next import = %+v, %v; want 1 added, 1 duplicate", rep, err)
			}
		})
	}
}
