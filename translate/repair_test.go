package translate_test

import (
	"context"
	"strings"
	"testing"

	"tafsiri/glossary"
	"tafsiri/storage"
	"tafsiri/translate"
)

// repairEnEs teaches a tiny model the words the repair tests change:
// hands and feet, always and never, drink and boil.
var repairEnEs = append([]translate.Pair{
	{Src: "Wash your feet.", Tgt: "Lávese los pies."},
	{Src: "Dry your feet.", Tgt: "Séquese los pies."},
	{Src: "Always wash your hands.", Tgt: "Lávese siempre las manos."},
	{Src: "Never drink dirty water.", Tgt: "Nunca beba agua sucia."},
	{Src: "Do not drink dirty water.", Tgt: "No beba agua sucia."},
}, clinicEnEs...)

// repairEngine is an engine over a model trained on repairEnEs whose
// memory holds stored, each source with its translation.
func repairEngine(t *testing.T, stored ...translate.Pair) (*translate.Engine, *storage.Store) {
	t.Helper()
	st := trainedStore(t, &translate.Corpus{Src: "en", Tgt: "es-419", Source: "test", Pairs: repairEnEs})
	engine := translate.NewEngine(st)
	engine.Memory, engine.Terms = st, st
	for _, p := range stored {
		if err := engine.Accept(context.Background(), "en", "es-419", p.Src, p.Tgt); err != nil {
			t.Fatal(err)
		}
	}
	return engine, st
}

// repairMemory holds the sentences the repair tests change.
var repairMemory = []translate.Pair{
	{Src: "Wash your hands with soap.", Tgt: "Lávese las manos con jabón."},
	{Src: "Always wash your hands with soap and clean water.", Tgt: "Lávese siempre las manos con agua limpia y jabón."},
	{Src: "Do not drink the water in the clinic.", Tgt: "No beba el agua en la clínica."},
	{Src: "Wash your hands 5 times every day.", Tgt: "Lávese las manos 5 veces todos los días."},
	{Src: "Wash your hands with soap 5 times every day.", Tgt: "Lávese las manos con jabón 5 veces todos los días."},
	{Src: "Wash your hands with soap, then dry them.", Tgt: "Lávese las manos con jabón y séquese las manos."},
}

func TestAMatchThatDiffersInAWordIsRepairedWithTheWordsTranslation(t *testing.T) {
	engine, _ := repairEngine(t, repairMemory...)
	got, err := engine.Translate(context.Background(), "en", "es", "Wash your feet with soap.")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got.Text, "Lávese l") || !strings.HasSuffix(got.Text, " pies con jabón.") || strings.Contains(got.Text, "manos") {
		t.Errorf("Translate = %q, want the stored \"Lávese las manos con jabón.\" with pies for manos", got.Text)
	}
	var repaired, memory int
	for _, s := range got.Spans {
		if s.Start < 0 || got.Text[s.Start:s.Start+len(s.Text)] != s.Text {
			t.Errorf("span %+v is not at its offset in %q", s, got.Text)
		}
		switch s.Origin {
		case translate.FromModel:
			repaired++
			if s.Source != "feet" || !strings.Contains(s.Text, "pies") {
				t.Errorf("repaired span %q ← %q, want pies ← feet", s.Text, s.Source)
			}
		case translate.FromMemoryRepaired:
			memory++
			if s.Match < translate.DefaultFuzzyThreshold || s.Match == 100 || len(s.Diff) == 0 || s.Source != "Wash your feet with soap." {
				t.Errorf("memory span %+v, want the match's percentage and differences, for the whole sentence", s)
			}
		default:
			t.Errorf("span %+v: want the memory's words and the model's pies", s)
		}
	}
	if repaired != 1 || memory != 2 {
		t.Errorf("spans %+v: want the stored text around one repaired word", got.Spans)
	}
	if len(got.Suggestions) != 0 {
		t.Errorf("suggestions = %+v, want none: the match is the translation", got.Suggestions)
	}
}

func TestTheGlossaryTranslatesARepairedWordBeforeTheModel(t *testing.T) {
	engine, st := repairEngine(t, repairMemory...)
	_, err := st.ImportConcepts(context.Background(), []glossary.Concept{{Terms: []glossary.Term{
		{Lang: "en", Text: "elbows", Status: glossary.Approved},
		{Lang: "es-419", Text: "codos", Status: glossary.Approved},
	}}}, storage.ImportOptions{By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := engine.Translate(context.Background(), "en", "es", "Wash your elbows with soap.")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != "Lávese las codos con jabón." {
		t.Errorf("Translate = %q, want the stored translation with the glossary's codos for manos", got.Text)
	}
	var term, memory bool
	for _, s := range got.Spans {
		term = term || s.Origin == translate.FromGlossary && s.Text == "codos" && s.Source == "elbows" && s.TermStatus == "approved"
		memory = memory || s.Origin == translate.FromMemoryRepaired
	}
	if !term || !memory {
		t.Errorf("spans %+v: want the memory's words around codos, an approved glossary span", got.Spans)
	}
}

func TestAMatchIsNotRepairedUnlessEveryChangeIsSure(t *testing.T) {
	engine, _ := repairEngine(t, repairMemory...)
	cases := map[string]string{
		"a word the model does not know":          "Wash your elbows with soap.",
		"a negation for another word":             "Never wash your hands with soap and clean water.",
		"a change next to a negation":             "Do not boil the water in the clinic.",
		"a change next to a number":               "Wash your feet 5 times every day.",
		"a number changed too":                    "Wash your feet with soap 6 times every day.",
		"a word whose translation stands twice":   "Wash your feet with soap, then dry them.",
		"a word added":                            "Wash your hands with soap and water.",
		"a word dropped":                          "Wash hands with soap.",
		"a sentence mark changed with a word too": "Wash your feet with soap?",
	}
	for name, source := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := engine.Translate(context.Background(), "en", "es", source)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range got.Spans {
				if s.Origin == translate.FromMemoryRepaired || s.Origin == translate.FromMemory {
					t.Errorf("%q → %q: span %+v comes from the memory", source, got.Text, s)
				}
			}
			if len(got.Suggestions) != 1 || got.Suggestions[0].Origin != translate.FromFuzzyMemory {
				t.Errorf("%q: suggestions %+v, want the stored match to review", source, got.Suggestions)
			}
		})
	}
}
