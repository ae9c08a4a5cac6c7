package defaults

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"tafsiri/glossary"
	"tafsiri/storage"
	"tafsiri/translate"
)

// installed returns a fresh database with the defaults installed, shared by
// the tests that only read it.
func installed(t *testing.T) (*storage.Store, *Report) {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	start := time.Now()
	rep, err := Install(context.Background(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("install: %v (%d concepts, %d terms, %d segments, %d pairs trained)",
		time.Since(start).Round(time.Millisecond), rep.Concepts, rep.Terms, rep.Segments, len(rep.Models))
	return st, rep
}

func TestAFreshDatabaseGetsTheDefaultsOnce(t *testing.T) {
	st, rep := installed(t)
	if !rep.Installed || rep.Concepts < 250 || rep.Segments < 400*12 || len(rep.Models) < 12 {
		t.Errorf("first install = %+v, want ≥250 concepts, ≥4800 segments, ≥12 pairs", rep)
	}
	if len(rep.Skipped)+len(rep.Conflicts) > 0 {
		t.Errorf("the defaults do not pass their own importer cleanly: skipped %q, conflicts %q", rep.Skipped, rep.Conflicts)
	}
	again, err := Install(context.Background(), st, nil)
	if err != nil || again.Installed {
		t.Errorf("second install = %+v, %v; want nothing done", again, err)
	}
	concepts, err := st.Concepts(context.Background(), storage.ConceptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range concepts {
		for _, term := range c.Terms {
			if term.Status != glossary.Draft || term.Source != Label {
				t.Fatalf("default term %s %q: status %s, source %q; want draft, %q", term.Lang, term.Text, term.Status, term.Source, Label)
			}
		}
	}
}

// digitRuns finds the numbers a translation must copy exactly.
var digitRuns = regexp.MustCompile(`[0-9]+`)

func TestSeparateNoticesTranslateIntoEveryDefaultLanguage(t *testing.T) {
	notices := readLines(t, filepath.Join("testdata", "notices.txt"))
	if len(notices) != 60 {
		t.Fatalf("testdata/notices.txt has %d notices, want 60", len(notices))
	}
	st, _ := installed(t)
	pb, err := readPhrasebook()
	if err != nil {
		t.Fatal(err)
	}
	engine := translate.NewEngine(st)
	engine.Terms, engine.Memory = st, st
	ctx := context.Background()
	for _, lang := range pb.langs {
		t.Run(lang, func(t *testing.T) {
			results, err := engine.TranslateLines(ctx, SourceLang, lang, notices)
			if err != nil {
				t.Fatal(err)
			}
			words, unknown := 0, 0
			for i, r := range results {
				if strings.TrimSpace(r.Text) == "" || r.Text == notices[i] {
					t.Errorf("%q → %q: empty or untranslated", notices[i], r.Text)
				}
				for _, n := range digitRuns.FindAllString(notices[i], -1) {
					if !slices.Contains(digitRuns.FindAllString(r.Text, -1), n) {
						t.Errorf("%q → %q: the number %s is lost", notices[i], r.Text, n)
					}
				}
				for _, s := range r.Spans {
					n := len(strings.Fields(s.Source))
					words += n
					if s.Origin == translate.FromUnknown {
						unknown += n
					}
				}
			}
			t.Logf("%s: %.1f%% of %d source words unknown", lang, 100*float64(unknown)/float64(words), words)
		})
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}
