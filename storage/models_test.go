package storage

import (
	"context"
	"errors"
	"math"
	"testing"

	"tafsiri/translate"
	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
)

// trainTiny trains both directions of a small en–es corpus.
func trainTiny(t *testing.T, source string) (fwd, rev *translate.Trained) {
	t.Helper()
	c := &translate.Corpus{Src: "en", Tgt: "es-419", Source: source, Pairs: []translate.Pair{
		{Src: "Wash your hands.", Tgt: "Lávese las manos."},
		{Src: "Drink clean water.", Tgt: "Beba agua limpia."},
		{Src: "Vaccines are free.", Tgt: "Las vacunas son gratuitas."},
	}}
	fwd, rev, err := translate.Train(context.Background(), c, translate.TrainOptions{LMOrder: 3})
	if err != nil {
		t.Fatal(err)
	}
	return fwd, rev
}

func TestASavedModelReadsBackAsItWasTrained(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	fwd, _ := trainTiny(t, "tiny")
	id, err := st.SaveModel(ctx, fwd)
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	fwd.Table.Each(func(src string, _ phrases.Entry) bool { sources = append(sources, src); return true })
	got, err := st.Phrases(ctx, id, sources)
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range sources {
		want := fwd.Table.Lookup(src)
		if len(got[src]) != len(want) {
			t.Fatalf("phrase %q: %d entries read, %d saved", src, len(got[src]), len(want))
		}
		for i := range want {
			// Count is a training statistic the table does not keep.
			if got[src][i].Target != want[i].Target || got[src][i].Scores != want[i].Scores {
				t.Errorf("phrase %q entry %d = %+v, saved %+v", src, i, got[src][i], want[i])
			}
		}
	}
	model, err := st.LanguageModel(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	fwd.LM.Entries(func(e lm.Entry) bool { n++; return true })
	words := []string{"lávese", "las", "manos", "."}
	if got, want := model.SentenceLogProb(words), fwd.LM.SentenceLogProb(words); math.Abs(got-want) > 1e-5 {
		t.Errorf("saved language model scores %q %.6f, trained one %.6f", words, got, want)
	}
	models, err := st.Models(ctx)
	if err != nil || len(models) != 1 || models[0].PhraseCount != int64(fwd.Table.Len()) || models[0].NGramCount != int64(n) {
		t.Errorf("Models = %+v, %v", models, err)
	}
}

func TestAnInterruptedSaveLeavesTheOldModelServing(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	old, _ := trainTiny(t, "old")
	if _, err := st.SaveModel(ctx, old); err != nil {
		t.Fatal(err)
	}
	newer, _ := trainTiny(t, "new")
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := st.SaveModel(cancelled, newer); !errors.Is(err, context.Canceled) {
		t.Fatalf("SaveModel with a cancelled context = %v, want context.Canceled", err)
	}
	models, err := st.Models(ctx)
	if err != nil || len(models) != 1 || models[0].Source != "old" {
		t.Fatalf("serving models = %+v, %v; want only the old one", models, err)
	}
	if _, err := st.SaveModel(ctx, newer); err != nil {
		t.Fatal(err)
	}
	models, err = st.Models(ctx)
	if err != nil || len(models) != 1 || models[0].Source != "new" {
		t.Errorf("after a complete save, serving = %+v, %v; want the new one", models, err)
	}
	h, err := st.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range h.Tables {
		if tc.Name == "models" && tc.Rows != 1 {
			t.Errorf("models table has %d rows, want 1: the old and unfinished ones are gone", tc.Rows)
		}
	}
}

func TestTextsGatherALanguageFromMemoryAndGlossary(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	for _, tag := range []string{"en", "sw"} {
		if _, err := st.AddLanguage(ctx, tag); err != nil {
			t.Fatal(err)
		}
	}
	_, err := st.db.ExecContext(ctx, `
		INSERT INTO tm_segments (src_lang, tgt_lang, src_text, tgt_text, lookup_key, origin)
		VALUES ('en', 'sw', 'Wash your hands.', 'Nawa mikono.', 'wash your hands.', 'user'),
		       ('sw', 'en', 'Kunywa maji.', 'Drink water.', 'kunywa maji.', 'import');
		INSERT INTO concepts (id) VALUES (1);
		INSERT INTO terms (concept_id, lang, text, lookup_key, status) VALUES
		       (1, 'sw', 'chanjo', 'chanjo', 'approved'), (1, 'sw', 'sindano', 'sindano', 'forbidden');`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Texts(ctx, "sw")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Nawa mikono.": true, "Kunywa maji.": true, "chanjo": true}
	if len(got) != len(want) {
		t.Fatalf("Texts(sw) = %q, want %d texts", got, len(want))
	}
	for _, text := range got {
		if !want[text] {
			t.Errorf("Texts(sw) has %q; forbidden terms and other languages must not be there", text)
		}
	}
}
