package cli

import (
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
