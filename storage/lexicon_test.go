package storage

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"tafsiri/lexicon"
)

// clinicLexicon is a small lexicon: English to Spanish and French with
// forms, a FreeDict-like English–Spanish entry, and a Swahili–English one
// stored the other way.
var clinicLexicon = []lexicon.Entry{
	{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"pie", "pies"}, Source: "team", Licence: "CC BY 4.0"},
	{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "fr", TgtForms: []string{"pied", "pieds"}, Source: "team", Licence: "CC BY 4.0"},
	{SrcLang: "en", SrcForms: []string{"blood pressure"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"presión arterial"}, Source: "team", Licence: "CC BY 4.0"},
	{SrcLang: "en", SrcForms: []string{"fever"}, TgtLang: "es", TgtForms: []string{"fiebre"}, Source: "FreeDict eng-spa 0.3.1", Licence: "GPL-2.0+"},
	{SrcLang: "sw", SrcForms: []string{"homa"}, POS: "noun", TgtLang: "en", TgtForms: []string{"fever"}, Source: "Kamusi"},
}

func importClinicLexicon(t *testing.T, st *Store) *LexiconAdded {
	t.Helper()
	added, err := st.ImportLexicon(context.Background(), clinicLexicon)
	if err != nil {
		t.Fatal(err)
	}
	return added
}

// lookupLines shows a lookup's answers by key as "translation (source)".
func lookupLines(t *testing.T, st *Store, src, tgt string, keys ...string) map[string][]string {
	t.Helper()
	hits, err := st.LexiconLookup(context.Background(), src, tgt, keys)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for key, entries := range hits {
		for _, e := range entries {
			out[key] = append(out[key], e.Translation(e.Form)+" ("+e.Source+")")
		}
	}
	return out
}

func TestTheLexiconAnswersEveryFormInBothDirections(t *testing.T) {
	st := openTest(t, newDBPath(t))
	if added := importClinicLexicon(t, st); added.Added != 5 || added.Duplicates != 0 {
		t.Errorf("import added %+v, want 5 new entries", added)
	}
	cases := map[string]struct {
		src, tgt string
		keys     []string
		want     map[string][]string
	}{
		"a plural finds the plural": {"en", "es-419", []string{"feet", "foot", "blood pressure"}, map[string][]string{
			"feet": {"pies (team)"}, "foot": {"pie (team)"}, "blood pressure": {"presión arterial (team)"}}},
		"an es dictionary serves es-419": {"en", "es-419", []string{"fever"}, map[string][]string{
			"fever": {"fiebre (FreeDict eng-spa 0.3.1)"}}},
		"an es-419 entry serves es": {"en", "es", []string{"feet"}, map[string][]string{"feet": {"pies (team)"}}},
		"read backwards":            {"fr", "en", []string{"pieds"}, map[string][]string{"pieds": {"feet (team)"}}},
		"stored the other way":      {"en", "sw", []string{"fever"}, map[string][]string{"fever": {"homa (Kamusi)"}}},
		"another pair":              {"en", "ar", []string{"feet"}, map[string][]string{}},
		"unknown word":              {"en", "es-419", []string{"hands"}, map[string][]string{}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := lookupLines(t, st, c.src, c.tgt, c.keys...); !reflect.DeepEqual(got, c.want) {
				t.Errorf("lookup %s→%s %q = %v, want %v", c.src, c.tgt, c.keys, got, c.want)
			}
		})
	}
}

func TestALexiconImportIsAllOrNothingAndCountsDuplicates(t *testing.T) {
	st := openTest(t, newDBPath(t))
	importClinicLexicon(t, st)
	again := importClinicLexicon(t, st)
	if again.Added != 0 || again.Duplicates != 5 {
		t.Errorf("importing again: %+v, want 5 duplicates", again)
	}
	bad := append(append([]lexicon.Entry(nil), clinicLexicon...),
		lexicon.Entry{SrcLang: "en", SrcForms: []string{"hand"}, TgtLang: "es", TgtForms: []string{"mano"}},
		lexicon.Entry{SrcLang: "en", SrcForms: []string{"arm"}, TgtLang: "es"}) // no target: refused
	if _, err := st.ImportLexicon(context.Background(), bad); err == nil {
		t.Fatal("an entry without a target was imported")
	}
	if n, err := st.CountLexicon(context.Background(), "", ""); err != nil || n != 5 {
		t.Errorf("after a failed import the lexicon holds %d entries (%v), want the 5 it had", n, err)
	}
}

func TestALexiconImportReplacesItsSourceWhenItCommits(t *testing.T) {
	st := openTest(t, newDBPath(t))
	importClinicLexicon(t, st)
	ctx := context.Background()
	imp, err := st.BeginLexiconImport(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := imp.Replace("team"); err != nil || n != 3 {
		t.Fatalf("Replace deleted %d (%v), want 3", n, err)
	}
	if err := imp.Add(lexicon.Entry{SrcLang: "en", SrcForms: []string{"hand", "hands"}, TgtLang: "es-419", TgtForms: []string{"mano", "manos"}, Source: "team"}); err != nil {
		t.Fatal(err)
	}
	if _, err := imp.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := imp.Close(); err != nil {
		t.Error(err)
	}
	got := lookupLines(t, st, "en", "es-419", "feet", "hands")
	if want := map[string][]string{"hands": {"manos (team)"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("after replacing team: %v, want %v", got, want)
	}
}

func TestListSearchCountAndDeleteTheLexicon(t *testing.T) {
	st := openTest(t, newDBPath(t))
	importClinicLexicon(t, st)
	ctx := context.Background()
	lines := func(q LexiconQuery) ([]string, int) {
		t.Helper()
		entries, total, err := st.LexiconEntries(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range entries {
			out = append(out, e.SrcLang+":"+lexicon.JoinForms(e.SrcForms)+">"+e.TgtLang+":"+lexicon.JoinForms(e.TgtForms))
		}
		return out, total
	}
	cases := map[string]struct {
		q     LexiconQuery
		want  []string
		total int
	}{
		"everything as stored": {LexiconQuery{}, []string{"en:blood pressure>es-419:presión arterial", "en:fever>es:fiebre",
			"en:foot|feet>es-419:pie|pies", "en:foot|feet>fr:pied|pieds", "sw:homa>en:fever"}, 5},
		"from English, read from English": {LexiconQuery{Src: "en"}, []string{"en:blood pressure>es-419:presión arterial",
			"en:fever>es:fiebre", "en:fever>sw:homa", "en:foot|feet>es-419:pie|pies", "en:foot|feet>fr:pied|pieds"}, 5},
		"one pair":               {LexiconQuery{Src: "en", Tgt: "es"}, []string{"en:blood pressure>es-419:presión arterial", "en:fever>es:fiebre", "en:foot|feet>es-419:pie|pies"}, 3},
		"limited":                {LexiconQuery{Src: "en", Limit: 2, Offset: 1}, []string{"en:fever>es:fiebre", "en:fever>sw:homa"}, 5},
		"a form finds its entry": {LexiconQuery{Text: "PIES"}, []string{"en:foot|feet>es-419:pie|pies"}, 1},
		"exact matches first":    {LexiconQuery{Src: "en", Text: "fever"}, []string{"en:fever>es:fiebre", "en:fever>sw:homa"}, 2},
		"part of a word":         {LexiconQuery{Text: "pres"}, []string{"en:blood pressure>es-419:presión arterial"}, 1},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got, total := lines(c.q)
			if !reflect.DeepEqual(got, c.want) || total != c.total {
				t.Errorf("%+v:\n got %q (of %d)\nwant %q (of %d)", c.q, got, total, c.want, c.total)
			}
		})
	}
	langs, err := st.LexiconLanguages(ctx)
	if want := []string{"en", "es", "es-419", "fr", "sw"}; err != nil || !reflect.DeepEqual(langs, want) {
		t.Errorf("languages %q (%v), want %q", langs, err, want)
	}
	if n, err := st.DeleteLexiconSource(ctx, "team"); err != nil || n != 3 {
		t.Errorf("deleted %d team entries (%v), want 3", n, err)
	}
	if got := lookupLines(t, st, "en", "es", "feet"); len(got) != 0 {
		t.Errorf("a deleted entry is still found: %v", got)
	}
	if n, err := st.CountLexicon(ctx, "en", ""); err != nil || n != 2 {
		t.Errorf("count after the delete = %d (%v), want 2", n, err)
	}
}

func TestACancelledLexiconImportStops(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	imp, err := st.BeginLexiconImport(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	imp.ctx = cctx
	var failed error
	for i := 0; i < 1000 && failed == nil; i++ {
		failed = imp.Add(lexicon.Entry{SrcLang: "en", SrcForms: []string{"w"}, TgtLang: "fr", TgtForms: []string{"m"}})
	}
	if !errors.Is(failed, context.Canceled) {
		t.Errorf("a cancelled import goes on: %v", failed)
	}
	if err := imp.Close(); err != nil {
		t.Error(err)
	}
}
