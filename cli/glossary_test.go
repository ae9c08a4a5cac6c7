package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func glossaryFixture(name string) string { return filepath.Join("testdata", "glossary", name) }

func TestGlossaryImportListAddAndExportRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	code, out, errOut := run(t, nil, "--db", db, "glossary", "import", glossaryFixture("terms.csv"))
	if code != ExitOK || !strings.Contains(out, "imported 3 concepts and 9 terms") || !strings.Contains(out, "skipped 1") {
		t.Fatalf("import csv: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "skipped: terms.csv:5:") {
		t.Errorf("the empty row is not reported with its line:\n%s", errOut)
	}
	code, out, errOut = run(t, nil, "--db", db, "glossary", "import", glossaryFixture("omegat.txt"), "--src", "en", "--tgt", "es")
	if code != ExitOK || !strings.Contains(out, "imported 2 concepts and 4 terms") {
		t.Fatalf("import OmegaT: exit %d\n%s%s", code, out, errOut)
	}
	_, out, _ = run(t, nil, "--db", db, "glossary", "list", "--lang", "es", "--status", "approved", "--search", "manos")
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, "es-419:desinfectante de manos [approved]") {
		t.Errorf("list found:\n%s", out)
	}
	code, _, errOut = run(t, nil, "--db", db, "glossary", "add", "--src", "en:hand sanitizer", "--tgt", "es:gel antibacterial", "--status", "approved")
	if code != ExitFailure || !strings.Contains(errOut, `the approved es-419 term is "desinfectante de manos"`) {
		t.Errorf("adding a second approved translation: exit %d, %q; want a refusal naming the approved one", code, errOut)
	}

	for _, format := range []string{"tbx", "tbx3", "csv", "tsv"} {
		t.Run(format, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "export."+format)
			if code, _, errOut := run(t, nil, "--db", db, "glossary", "export", "--format", format, file); code != ExitOK {
				t.Fatalf("export: %s", errOut)
			}
			if strings.HasPrefix(format, "tbx") {
				if xmllint, err := exec.LookPath("xmllint"); err == nil {
					if out, err := exec.Command(xmllint, "--noout", file).CombinedOutput(); err != nil {
						t.Errorf("xmllint rejects the export: %v\n%s", err, out)
					}
				}
			}
			again := filepath.Join(t.TempDir(), "again.db")
			code, out, errOut := run(t, nil, "--db", again, "glossary", "import", file)
			if code != ExitOK || !strings.Contains(out, "imported 5 concepts and 13 terms") || !strings.Contains(out, "conflicts 0") {
				t.Errorf("re-import of the %s export: exit %d\n%s%s", format, code, out, errOut)
			}
			_, before, _ := run(t, nil, "--db", db, "glossary", "list")
			_, after, _ := run(t, nil, "--db", again, "glossary", "list")
			if before != after {
				t.Errorf("round trip changed the glossary:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
}

func TestGlossaryImportRefusesWhatItCannotRead(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.tbx")
	if err := os.WriteFile(bad, []byte("<?xml version=\"1.0\"?>\n<martif type=\"TBX\">\n<text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>mask</term></tig>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, nil, "--db", filepath.Join(dir, "g.db"), "glossary", "import", bad)
	if code != ExitFailure || !strings.Contains(errOut, "broken.tbx:") {
		t.Errorf("truncated TBX: exit %d, %q; want exit 1 naming file and line", code, errOut)
	}
	code, _, errOut = run(t, nil, "--db", filepath.Join(dir, "g.db"), "glossary", "import", glossaryFixture("omegat.txt"))
	if code != ExitFailure || !strings.Contains(errOut, "give --src and --tgt") {
		t.Errorf("OmegaT without languages: exit %d, %q", code, errOut)
	}
}

func TestGlossaryEditsAreKeptInHistoryAndADeleteCanBeUndone(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	steps := []struct {
		args []string
		want string // in stdout
	}{
		{[]string{"glossary", "add", "--src", "en:face mask", "--tgt", "es:mascarilla", "--status", "approved"}, "added 2 terms"},
		{[]string{"glossary", "edit", "1", "--definition", "a cover for the nose and mouth"}, "saved concept 1"},
		{[]string{"glossary", "forbid", "1", "es:Mascarilla"}, "forbidd"},
		{[]string{"glossary", "list", "--search", "MASCARILLA"}, "es:mascarilla [forbidden]"},
		{[]string{"glossary", "edit", "1", "es:mascarilla", "--text", "mascarilla quirúrgica"}, "es:mascarilla quirúrgica [forbidden]"},
		{[]string{"glossary", "list", "--search", "quirurgica", "--any-accent"}, "es:mascarilla quirúrgica"},
		{[]string{"glossary", "delete", "1"}, "undo with: tafsiri glossary restore 5"},
		{[]string{"glossary", "restore", "5"}, "es:mascarilla quirúrgica [forbidden]"},
		{[]string{"glossary", "restore", "2"}, "en:face mask [approved]\tes:mascarilla [approved]"},
		{[]string{"glossary", "history", "1"}, "version 7"},
	}
	for _, s := range steps {
		code, out, errOut := run(t, nil, append([]string{"--db", db}, s.args...)...)
		if code != ExitOK || !strings.Contains(out, s.want) {
			t.Fatalf("tafsiri %s: exit %d, want %q in\n%s%s", strings.Join(s.args, " "), code, s.want, out, errOut)
		}
	}
	_, out, _ := run(t, nil, "--db", db, "glossary", "history", "1")
	for _, action := range []string{"create", "update", "delete", "restore"} {
		if !strings.Contains(out, "\t"+action+"\t") {
			t.Errorf("history lacks a %s entry:\n%s", action, out)
		}
	}

	failures := map[string]struct {
		args []string
		code int
		want string
	}{
		"no such term":      {[]string{"glossary", "approve", "1", "fr:masque"}, ExitFailure, `concept 1 has no fr term "masque"`},
		"no such concept":   {[]string{"glossary", "delete", "42"}, ExitFailure, "not found"},
		"not a concept id":  {[]string{"glossary", "history", "mask"}, ExitUsage, "glossary history takes one CONCEPT id"},
		"term without lang": {[]string{"glossary", "approve", "1", "mascarilla"}, ExitUsage, `LANG:"text"`},
	}
	for name, f := range failures {
		t.Run(name, func(t *testing.T) {
			code, _, errOut := run(t, nil, append([]string{"--db", db}, f.args...)...)
			if code != f.code || !strings.Contains(errOut, f.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, f.code, f.want)
			}
		})
	}
}

func TestALargeGlossaryIsImportedAsItIsReadWithProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("en,fr\n")
	for i := range 6000 {
		fmt.Fprintf(&b, "term %d,terme %d\n", i, i)
	}
	b.WriteString("term 1,terme un\n") // merged into the concept the first rows made
	file := filepath.Join(t.TempDir(), "large.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(was int64) { progressMinSize = was }(progressMinSize)
	progressMinSize = 1 // report on this small file as on a 100 MB one
	code, out, errOut := run(t, nil, "--db", filepath.Join(t.TempDir(), "g.db"), "glossary", "import", file)
	if code != ExitOK || !strings.Contains(out, "imported 6000 concepts and 12001 terms") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"read large.csv: 10%", "read large.csv: 50%", "read large.csv: 100%"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}
