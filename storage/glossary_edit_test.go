package storage

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"tafsiri/glossary"
)

// importOne adds one concept and returns it as stored.
func importOne(t *testing.T, st *Store, c glossary.Concept) glossary.Concept {
	t.Helper()
	ctx := context.Background()
	if _, err := st.ImportConcepts(ctx, []glossary.Concept{c}, ImportOptions{By: "importer", Strict: true}); err != nil {
		t.Fatal(err)
	}
	all, err := st.Concepts(ctx, ConceptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return all[len(all)-1]
}

// texts lists a concept's terms as "lang:text:status".
func texts(c glossary.Concept) []string {
	var out []string
	for _, t := range c.Terms {
		out = append(out, t.Lang+":"+t.Text+":"+string(t.Status))
	}
	return out
}

func TestApprovingATermMakesTheOldApprovedTermOfItsLanguageADraft(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	c := importOne(t, st, concept(term("en", "face mask", glossary.Approved),
		term("es-419", "mascarilla", glossary.Approved), term("es-419", "cubrebocas", glossary.Draft)))
	var cubrebocas int64
	for _, tm := range c.Terms {
		if tm.Text == "cubrebocas" {
			cubrebocas = tm.ID
		}
	}
	got, err := st.SetTermStatus(ctx, cubrebocas, glossary.Approved, "editor")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"en:face mask:approved", "es-419:mascarilla:draft", "es-419:cubrebocas:approved"}
	if !reflect.DeepEqual(texts(*got), want) {
		t.Fatalf("after approving cubrebocas: %v, want %v", texts(*got), want)
	}
	for _, tm := range got.Terms {
		if tm.Text == "cubrebocas" && tm.ChangedBy != "editor" {
			t.Errorf("changed by %q, want editor", tm.ChangedBy)
		}
		if tm.Text == "face mask" && tm.ChangedBy != "importer" {
			t.Errorf("an untouched term's changed_by = %q, want importer", tm.ChangedBy)
		}
	}
}

func TestAnEditCanBeUndoneFromHistory(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	c := importOne(t, st, concept(term("en", "vaccine", glossary.Draft), term("fr", "vaccin", glossary.Draft)))
	before := texts(c)

	edited := c
	edited.Terms = append([]glossary.Term(nil), c.Terms...)
	edited.Terms[1].Text = "vaccins"
	edited.Terms = append(edited.Terms, term("sw", "chanjo", glossary.Approved))
	edited.Definition = "a preparation that trains the body to fight a disease"
	if err := st.SaveConcept(ctx, edited, "editor"); err != nil {
		t.Fatal(err)
	}
	history, err := st.History(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(history) != 2 || history[0].Action != "create" || history[1].Action != "update" {
		t.Fatalf("history = %+v, want create then update", history)
	}
	if history[1].Concept.Definition != edited.Definition {
		t.Errorf("update snapshot definition = %q", history[1].Concept.Definition)
	}

	restored, err := st.RestoreVersion(ctx, history[0].ID, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(*restored); !reflect.DeepEqual(got, before) {
		t.Errorf("restored terms = %v, want %v", got, before)
	}
	if restored.Definition != "" {
		t.Errorf("restored definition = %q, want the original empty one", restored.Definition)
	}
	if history, err = st.History(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if history[len(history)-1].Action != "restore" {
		t.Errorf("last history action = %q, want restore", history[len(history)-1].Action)
	}
}

func TestADeletedConceptComesBackWithItsIDs(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	c := importOne(t, st, concept(term("en", "bed net", glossary.Approved), term("sw", "chandarua", glossary.Approved)))
	undo, err := st.DeleteConcept(ctx, c.ID, "editor")
	if err != nil {
		t.Fatal(err)
	}
	left, err := st.Concepts(ctx, ConceptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Fatalf("after delete: %d concepts", len(left))
	}
	got, err := st.RestoreVersion(ctx, undo, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != c.ID || !reflect.DeepEqual(texts(*got), texts(c)) || got.Terms[0].ID != c.Terms[0].ID {
		t.Errorf("restored %+v, want %+v", got, c)
	}
	if got.Terms[0].CreatedBy != "importer" {
		t.Errorf("restored term created by %q, want the original importer", got.Terms[0].CreatedBy)
	}
}

func TestEditsThatBreakTheGlossaryRulesAreRefused(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	c := importOne(t, st, concept(term("en", "fever", glossary.Approved), term("es-419", "fiebre", glossary.Approved)))
	bad := c
	bad.Terms = append([]glossary.Term(nil), c.Terms...)
	bad.Terms = append(bad.Terms, term("es-419", "calentura", glossary.Approved))
	if err := st.SaveConcept(ctx, bad, "editor"); !errors.Is(err, glossary.ErrConflict) {
		t.Errorf("two approved Spanish terms: err = %v, want ErrConflict", err)
	}
	if _, err := st.SetTermStatus(ctx, 999, glossary.Approved, "editor"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown term: err = %v, want ErrNotFound", err)
	}
	if _, err := st.DeleteConcept(ctx, 999, "editor"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown concept: err = %v, want ErrNotFound", err)
	}
	if _, err := st.RestoreVersion(ctx, 999, "editor"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown history entry: err = %v, want ErrNotFound", err)
	}
	got, err := st.Concepts(ctx, ConceptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(texts(got[0]), texts(c)) {
		t.Errorf("after refused edits: %v, want %v", texts(got[0]), texts(c))
	}
}
