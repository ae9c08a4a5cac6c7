package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestMemoryImportSearchAndExportThroughTheCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	code, out, errOut := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx"))
	if code != ExitOK || !strings.Contains(out, "imported 6 en→sw segments from clinic.tmx; skipped 0; already there 0") {
		t.Fatalf("tm import: exit %d\n%s%s", code, out, errOut)
	}
	_, out, _ = run(t, nil, "--db", db, "tm", "search", "--from", "en", "--to", "sw", "Wash your hands with soap.")
	if !strings.HasPrefix(out, "100%  Wash your hands with soap.\n      Nawa mikono yako kwa sabuni.\n") {
		t.Errorf("exact search printed:\n%s", out)
	}
	_, out, _ = run(t, nil, "--db", db, "tm", "search", "--from", "en", "--to", "sw", "Wash your feet with soap.")
	if !strings.Contains(out, "80%  Wash your [-hands-]{+feet+} with soap.") {
		t.Errorf("fuzzy search printed:\n%s", out)
	}
	file := filepath.Join(t.TempDir(), "out.tmx")
	if code, _, errOut := run(t, nil, "--db", db, "tm", "export", file, "--pair", "en-sw"); code != ExitOK {
		t.Fatalf("tm export: %s", errOut)
	}
	again := filepath.Join(t.TempDir(), "again.db")
	code, out, errOut = run(t, nil, "--db", again, "tm", "import", file)
	if code != ExitOK || !strings.Contains(out, "imported 6 en→sw segments") {
		t.Errorf("re-import of the export: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = run(t, nil, "--db", db, "tm", "import", file)
	if code != ExitOK || !strings.Contains(out, "imported 0 en→sw segments") || !strings.Contains(out, "already there 6") {
		t.Errorf("importing the same segments again: %s", out)
	}
}

// readByTranslateToolkit returns the units of a TMX or TBX file as
// translate-toolkit, a third-party reader, sees them: "source\ttarget" lines.
func readByTranslateToolkit(t *testing.T, kind, file string) string {
	t.Helper()
	const python = "/usr/bin/python3" // Debian's, with translate-toolkit; not a virtualenv's
	if err := exec.Command(python, "-c", "import translate.storage.tmx").Run(); err != nil {
		t.Skipf("translate-toolkit is not installed for %s (scripts/install-deps installs it): %v", python, err)
	}
	out, err := exec.Command(python, filepath.Join("testdata", "thirdparty", "read.py"), kind, file).CombinedOutput()
	if err != nil {
		t.Fatalf("translate-toolkit cannot read %s: %v\n%s", file, err, out)
	}
	return string(out)
}

func TestExportedTMXAndTBXAreReadByTranslateToolkit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	if code, _, errOut := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx")); code != ExitOK {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, nil, "--db", db, "glossary", "import", glossaryFixture("terms.csv")); code != ExitOK {
		t.Fatal(errOut)
	}
	tmxFile, tbxFile := filepath.Join(t.TempDir(), "m.tmx"), filepath.Join(t.TempDir(), "g.tbx")
	for _, args := range [][]string{{"tm", "export", tmxFile}, {"glossary", "export", "--format", "tbx", "--lang", "en,es", tbxFile}} {
		if code, _, errOut := run(t, nil, append([]string{"--db", db}, args...)...); code != ExitOK {
			t.Fatal(errOut)
		}
	}
	cases := map[string]struct{ kind, file, want string }{
		"TMX 1.4b": {"tmx", tmxFile, "Wash your hands.\tNawa mikono yako.\nWash your hands with soap.\tNawa mikono yako kwa sabuni.\n"},
		"TBX 2008": {"tbx", tbxFile, "hand sanitizer\tdesinfectante de manos\nbed net\tmosquitero\n"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := readByTranslateToolkit(t, c.kind, c.file); !strings.HasPrefix(got, c.want) {
				t.Errorf("translate-toolkit read:\n%s\nwant it to begin:\n%s", got, c.want)
			}
		})
	}
}
