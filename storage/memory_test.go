package storage

import (
	"context"
	"testing"

	"tafsiri/memory"
)

func TestMemoryFindsExactAndFuzzyMatchesInTheDatabase(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	seg := func(src, tgt string) memory.Segment {
		return memory.Segment{SrcLang: "en", TgtLang: "es-419", Source: src, Target: tgt, Origin: "import"}
	}
	var progress [][2]int
	rep, err := st.ImportSegments(ctx, []memory.Segment{
		seg("Wash your hands with soap and water for twenty seconds.", "Lávese las manos con agua y jabón durante veinte segundos."),
		seg("The clinic is open from Monday to Friday.", "La clínica abre de lunes a viernes."),
		seg("Wash your hands with soap and water for twenty seconds.", "Lávese las manos con agua y jabón durante veinte segundos."),
	}, func(done, total int) { progress = append(progress, [2]int{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 || rep.Duplicates != 1 {
		t.Errorf("import = %+v, want 2 added, 1 duplicate", rep)
	}
	if len(progress) != 1 || progress[0] != [2]int{3, 3} {
		t.Errorf("progress calls = %v, want one at the end: 3 of 3", progress)
	}
	cases := map[string]struct {
		query     string
		wantScore int
		wantID    int64
	}{
		"exact":      {"Wash your hands with soap and water for twenty seconds.", 100, 1},
		"one word":   {"Wash your hands with soap and water for thirty seconds.", 90, 1},
		"other line": {"The clinic is open from Monday to Saturday.", 87, 2},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			hits, err := memory.Search(ctx, st, "en", "es-419", tc.query, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 || hits[0].Segment.ID != tc.wantID || hits[0].Score != tc.wantScore {
				t.Errorf("Search(%q) = %+v, want segment %d at %d%%", tc.query, hits, tc.wantID, tc.wantScore)
			}
		})
	}
	hits, err := memory.Search(ctx, st, "en", "fr", "The clinic is open from Monday to Friday.", 0, 0)
	if err != nil || len(hits) != 0 {
		t.Errorf("en→fr search found %+v (%v); the memory holds only en→es-419", hits, err)
	}
}

func TestTheMemoryAnswersEveryPairOfItsLanguagesBothWays(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	var segs []memory.Segment
	for tgt, text := range map[string]string{"es-419": "Lávese las manos.", "fr": "Lavez-vous les mains.", "sw": "Nawa mikono."} {
		segs = append(segs, memory.Segment{SrcLang: "en", TgtLang: tgt, Source: "Wash your hands.", Target: text, Origin: "default"})
	}
	if _, err := st.ImportSegments(ctx, segs, nil); err != nil {
		t.Fatal(err)
	}
	text := map[string]string{"en": "Wash your hands.", "es-419": "Lávese las manos.", "fr": "Lavez-vous les mains.", "sw": "Nawa mikono."}
	for src := range text {
		for tgt := range text {
			if src == tgt {
				continue
			}
			has, err := st.HasSegments(ctx, src, tgt)
			if err != nil || !has {
				t.Errorf("HasSegments(%s, %s) = %v, %v; want true", src, tgt, has, err)
			}
			found, err := st.Exact(ctx, src, tgt, memory.Key(src, text[src]))
			if err != nil {
				t.Fatal(err)
			}
			if len(found) != 1 || found[0].Source != text[src] || found[0].Target != text[tgt] ||
				found[0].SrcLang != src || found[0].TgtLang != tgt {
				t.Errorf("Exact %s→%s = %+v, want %q → %q", src, tgt, found, text[src], text[tgt])
			}
		}
	}
	if has, err := st.HasSegments(ctx, "en", "ar"); err != nil || has {
		t.Errorf("HasSegments(en, ar) = %v, %v; want false: the memory holds no Arabic", has, err)
	}
	// An edited translation answers with its new text, the other way too.
	fr, err := st.Exact(ctx, "en", "fr", memory.Key("en", text["en"]))
	if err != nil || len(fr) != 1 {
		t.Fatalf("Exact en→fr = %+v, %v", fr, err)
	}
	if _, err := st.UpdateSegment(ctx, fr[0].ID, "Lavez vos mains."); err != nil {
		t.Fatal(err)
	}
	back, err := st.Exact(ctx, "fr", "en", memory.Key("fr", "Lavez vos mains."))
	if err != nil || len(back) != 1 || back[0].Target != text["en"] {
		t.Errorf("Exact fr→en of the edited translation = %+v, %v; want the English sentence", back, err)
	}
}
