package storage

import (
	"context"
	"slices"
	"testing"

	"tafsiri/memory"
)

func TestReplacingTheDefaultSegmentsRetiresOnlyUntouchedOldDefaults(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	def := func(src, tgt string) memory.Segment {
		return memory.Segment{SrcLang: "en", TgtLang: "fr", Source: src, Target: tgt, Origin: "default"}
	}
	// Version 1 of the defaults, an import and a user's edit of a default.
	if _, err := st.ReplaceSegments(ctx, "default", []memory.Segment{
		def("Wash your hands.", "Lavez vos mains."),
		def("Boil the water.", "Faites bouillir l'eau."),
		def("Stay at home.", "Restez chez vous."),
		def("Cover your mouth.", "Couvrez la bouche."),
	}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ImportSegments(ctx, []memory.Segment{{SrcLang: "en", TgtLang: "fr", Origin: "import",
		Source: "Wash your hands.", Target: "Lave tes mains."}}, nil); err != nil {
		t.Fatal(err)
	}
	edited := segmentID(t, st, "Cover your mouth.", "Couvrez la bouche.")
	if _, err := st.UpdateSegment(ctx, edited, "Couvrez-vous la bouche."); err != nil {
		t.Fatal(err)
	}

	// Version 2 corrects one, drops one, keeps one and adds one.
	rep, err := st.ReplaceSegments(ctx, "default", []memory.Segment{
		def("Wash your hands.", "Lavez-vous les mains."),
		def("Boil the water.", "Faites bouillir l'eau."),
		def("Drink clean water.", "Buvez de l'eau propre."),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 || rep.Duplicates != 1 || rep.Retired != 2 {
		t.Errorf("report = %+v, want 2 added, 1 already there, 2 retired (the corrected and the dropped)", *rep)
	}
	var got []string
	segs, err := st.Segments(ctx, "en", "fr")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range segs {
		got = append(got, s.Origin+": "+s.Target)
	}
	slices.Sort(got)
	want := []string{
		"default: Buvez de l'eau propre.",
		"default: Faites bouillir l'eau.",
		"default: Lavez-vous les mains.",
		"import: Lave tes mains.",
		"user: Couvrez-vous la bouche.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("memory after version 2 =\n%q\nwant\n%q", got, want)
	}
	if hits, err := st.Exact(ctx, "en", "fr", memory.Key("en", "Stay at home.")); err != nil || len(hits) != 0 {
		t.Errorf("the dropped default still answers: %v, %v", hits, err)
	}
}

func TestAnImportNeverRetiresAnything(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	if _, err := st.ImportSegments(ctx, numbered(3), nil); err != nil {
		t.Fatal(err)
	}
	rep, err := st.ImportSegments(ctx, numbered(1), nil)
	if err != nil || rep.Retired != 0 {
		t.Fatalf("ImportSegments = %+v, %v; want nothing retired", rep, err)
	}
	if segs, err := st.Segments(ctx, "en", "fr"); err != nil || len(segs) != 3 {
		t.Errorf("memory holds %d segments (%v), want the 3 imported", len(segs), err)
	}
}

// segmentID is the id of the en→fr segment with source and target.
func segmentID(t *testing.T, st *Store, source, target string) int64 {
	t.Helper()
	segs, err := st.Segments(context.Background(), "en", "fr")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range segs {
		if s.Source == source && s.Target == target {
			return s.ID
		}
	}
	t.Fatalf("no segment %q → %q", source, target)
	return 0
}
