package storage

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tafsiri/glossary"
)

func concept(terms ...glossary.Term) glossary.Concept { return glossary.Concept{Terms: terms} }

func term(lang, text string, status glossary.Status) glossary.Term {
	return glossary.Term{Lang: lang, Text: text, Status: status}
}

func TestGlossaryImportMergesAndReportsConflictsWithoutOverwriting(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	first, err := st.ImportConcepts(ctx, []glossary.Concept{
		concept(term("en", "hand sanitizer", glossary.Approved), term("es-419", "desinfectante de manos", glossary.Approved)),
		concept(term("en", "vaccine", glossary.Approved), term("es-419", "vacuna", glossary.Draft)),
	}, ImportOptions{By: "editor"})
	if err != nil {
		t.Fatal(err)
	}
	if first.Concepts != 2 || first.Terms != 4 || len(first.Skipped)+len(first.Conflicts) != 0 {
		t.Fatalf("first import = %+v, want 2 concepts, 4 terms", first)
	}

	second, err := st.ImportConcepts(ctx, []glossary.Concept{
		// Same concept, new language: merged.
		concept(term("en", "Hand Sanitizer", glossary.Approved), term("fr", "gel hydroalcoolique", glossary.Approved)),
		// Same concept, a different approved Spanish term: conflict.
		concept(term("en", "hand sanitizer", glossary.Approved), term("es-419", "gel antibacterial", glossary.Approved)),
		// A known term with another status: conflict.
		concept(term("en", "vaccine", glossary.Approved), term("es-419", "vacuna", glossary.Approved)),
		// Invalid: empty text.
		concept(term("en", "", glossary.Draft)),
	}, ImportOptions{By: "importer"})
	if err != nil {
		t.Fatal(err)
	}
	if second.Concepts != 0 || second.Terms != 1 || len(second.Conflicts) != 2 || len(second.Skipped) != 1 {
		t.Fatalf("second import = %+v, want 1 merged term, 2 conflicts, 1 skipped", second)
	}
	if !strings.Contains(second.Conflicts[0], `the approved es-419 term is "desinfectante de manos"`) {
		t.Errorf("conflict = %q", second.Conflicts[0])
	}

	got, err := st.Concepts(ctx, ConceptFilter{Lang: "es-419", Status: glossary.Approved})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Terms) != 3 {
		t.Fatalf("approved Spanish concepts = %+v, want the sanitizer with en, es-419, fr", got)
	}
	if es, _ := got[0].Approved("es-419"); es.Text != "desinfectante de manos" {
		t.Errorf("approved es-419 term = %q, want the first one kept", es.Text)
	}
	var history int
	if err := st.db.QueryRowContext(ctx, `SELECT count(*) FROM glossary_history`).Scan(&history); err != nil {
		t.Fatal(err)
	}
	if history != 3 {
		t.Errorf("history has %d rows, want 3 (two new concepts, one term added to one)", history)
	}
}

func TestACancelledGlossaryImportWritesNothing(t *testing.T) {
	st := openTest(t, newDBPath(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := st.ImportConcepts(ctx, []glossary.Concept{concept(term("en", "mask", glossary.Draft))}, ImportOptions{By: "x"})
	if err == nil {
		t.Fatal("import with a cancelled context succeeded")
	}
	got, err := st.Concepts(context.Background(), ConceptFilter{})
	if err != nil || len(got) != 0 {
		t.Errorf("after a failed import: %d concepts, %v; want none", len(got), err)
	}
}

func TestConceptsSearchFindsTermsByTheirWords(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	if _, err := st.ImportConcepts(ctx, []glossary.Concept{
		concept(term("en", "oral rehydration salts", glossary.Approved)),
		concept(term("en", "bed net", glossary.Draft)),
	}, ImportOptions{By: "x"}); err != nil {
		t.Fatal(err)
	}
	got, err := st.Concepts(ctx, ConceptFilter{Lang: "en", Search: "Rehydration"})
	if err != nil || len(got) != 1 || got[0].Terms[0].Text != "oral rehydration salts" {
		t.Errorf("search rehydration = %+v, %v", got, err)
	}
}

func TestConceptsSearchCanIgnoreAccents(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	if _, err := st.ImportConcepts(ctx, []glossary.Concept{
		concept(term("es-419", "vacunación", glossary.Approved)),
		concept(term("es-419", "vacuna", glossary.Draft)),
	}, ImportOptions{By: "x"}); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		search  string
		ignore  bool
		matches int
	}{
		"accented query, exact":           {"vacunación", false, 1},
		"unaccented query, exact":         {"vacunacion", false, 0},
		"unaccented query, ignoring them": {"vacunacion", true, 1},
		"accented query, ignoring them":   {"VACUNACIÓN", true, 1},
		"shared stem, ignoring them":      {"vacun", true, 2},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := st.Concepts(ctx, ConceptFilter{Search: c.search, IgnoreAccents: c.ignore})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != c.matches {
				t.Errorf("search %q = %d concepts, want %d", c.search, len(got), c.matches)
			}
		})
	}
}

func TestAStrictImportChangesNothingWhenAnythingConflicts(t *testing.T) {
	ctx := context.Background()
	st := openTest(t, newDBPath(t))
	if _, err := st.ImportConcepts(ctx, []glossary.Concept{concept(term("en", "mask", glossary.Approved))}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	_, err := st.ImportConcepts(ctx, []glossary.Concept{
		concept(term("en", "mask", glossary.Draft), term("sw", "barakoa", glossary.Approved)),
	}, ImportOptions{Strict: true})
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), `en "mask": is approved here, draft in the file`) {
		t.Fatalf("strict import = %v, want ErrRefused naming the conflict", err)
	}
	got, err := st.Concepts(ctx, ConceptFilter{Lang: "sw"})
	if err != nil || len(got) != 0 {
		t.Errorf("the refused import left %d Swahili concepts (%v)", len(got), err)
	}
}
