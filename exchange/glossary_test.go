package exchange

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"tafsiri/glossary"
	"tafsiri/storage"
)

func openStore(t *testing.T) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	return st
}

func TestAGlossaryIsImportedAsReadAndWrittenBackInEveryFormat(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	csv := "en,es,status\nhand sanitizer,desinfectante de manos,approved\nmask,mascarilla,maybe\nbed net,mosquitero,draft\n"
	g, err := ReadGlossary(strings.NewReader(csv), "terms.csv", "", "")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ImportGlossary(ctx, st, g, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Concepts != 2 || rep.Terms != 4 || len(rep.Skipped) != 1 || !strings.HasPrefix(rep.Skipped[0], "terms.csv:3:") {
		t.Fatalf("report = %+v, want 2 concepts, 4 terms and line 3 skipped", rep)
	}
	concepts, err := st.Concepts(ctx, storage.ConceptFilter{Status: glossary.Approved})
	if err != nil || len(concepts) != 1 || concepts[0].Terms[1].Lang != "es" {
		t.Fatalf("approved concepts = %+v, %v", concepts, err)
	}
	for _, format := range GlossaryFormats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteGlossary(&b, format, nil, concepts); err != nil {
				t.Fatal(err)
			}
			back, err := ReadGlossary(&b, "export."+format, "", "")
			if err != nil {
				t.Fatal(err)
			}
			c, err := back.Next()
			if err != nil || len(c.Terms) != 2 || c.Terms[1].Text != "desinfectante de manos" || c.Terms[1].Status != glossary.Approved {
				t.Errorf("read back %+v, %v", c, err)
			}
		})
	}
	if err := WriteGlossary(&bytes.Buffer{}, "xlsx", nil, concepts); !errors.Is(err, ErrFormat) {
		t.Errorf("xlsx export: err = %v, want ErrFormat", err)
	}
}
