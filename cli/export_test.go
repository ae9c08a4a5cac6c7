package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestAnExportOntoTheDatabaseIsRefusedAndLeavesItWhole(t *testing.T) {
	tests := map[string]struct {
		target func(t *testing.T, db string) string
		export []string // the command, without the file
	}{
		"tm export onto the database": {
			func(t *testing.T, db string) string { return db }, []string{"tm", "export"}},
		"glossary export --format csv onto the database": {
			func(t *testing.T, db string) string { return db }, []string{"glossary", "export", "--format", "csv"}},
		"tm export onto a symbolic link to the database": {func(t *testing.T, db string) string {
			link := filepath.Join(t.TempDir(), "memory.tmx")
			if err := os.Symlink(db, link); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			return link
		}, []string{"tm", "export"}},
		"glossary export onto a hard link to the database": {func(t *testing.T, db string) string {
			link := filepath.Join(filepath.Dir(db), "glossary.tbx")
			if err := os.Link(db, link); err != nil {
				t.Skipf("no hard links here: %v", err)
			}
			return link
		}, []string{"glossary", "export"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "x.db")
			if code, _, errOut := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx")); code != ExitOK {
				t.Fatal(errOut)
			}
			target := tt.target(t, db)
			code, out, errOut := run(t, nil, append(append([]string{"--db", db}, tt.export...), target)...)
			if code != ExitFailure || !strings.Contains(errOut, target) || !strings.Contains(errOut, "refusing to overwrite a database") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and a refusal naming %s", code, out, errOut, target)
			}
			code, out, errOut = run(t, nil, "--db", db, "doctor")
			if code != ExitOK || !regexp.MustCompile(`(?m)^Integrity check:\s+ok$`).MatchString(out) {
				t.Errorf("doctor after the refusal: exit %d\n%s%s", code, out, errOut)
			}
			if code, out, _ := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx")); code != ExitOK || !strings.Contains(out, "already there 6") {
				t.Errorf("the memory after the refusal: exit %d, %s", code, out)
			}
		})
	}
}

func TestAGlossaryExportSaysWhichCellsItNeutralised(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	sheet := filepath.Join(dir, "evil.csv")
	if err := os.WriteFile(sheet, []byte("en,sw\n\"=HYPERLINK(\"\"http://x.example\"\",\"\"help\"\")\",-5\n@SUM(1),neno\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, nil, "--db", db, "glossary", "import", sheet); code != ExitOK {
		t.Fatal(errOut)
	}
	tests := map[string]struct {
		format, wantErr string
	}{
		"csv": {"csv", "3 cells that start with = + - @ were prefixed with ' so spreadsheets do not run them as formulas\n"},
		"tsv": {"tsv", "3 cells that start with = + - @ were prefixed with ' so spreadsheets do not run them as formulas\n"},
		"tbx": {"tbx", ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "export."+tt.format)
			code, out, errOut := run(t, nil, "--db", db, "glossary", "export", "--format", tt.format, file)
			if code != ExitOK || out != "exported 2 concepts to "+file+"\n" || errOut != tt.wantErr {
				t.Errorf("exit %d, stdout %q, stderr %q; want stderr %q", code, out, errOut, tt.wantErr)
			}
			again := filepath.Join(t.TempDir(), "again.db")
			if code, _, errOut := run(t, nil, "--db", again, "glossary", "import", file); code != ExitOK {
				t.Fatal(errOut)
			}
			_, before, _ := run(t, nil, "--db", db, "glossary", "list")
			_, after, _ := run(t, nil, "--db", again, "glossary", "list")
			if before != after {
				t.Errorf("the round trip changed the glossary:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
}
