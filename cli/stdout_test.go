package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// Issue 11: stdout carries only a command's results, so that a script can
// pair the lines it gets with the lines it gave; progress, reports and
// warnings go to stderr.

func TestLineCommandsPrintOneLinePerInputLineOnAFreshDatabase(t *testing.T) {
	input := "Wash your hands with soap and water.\nBoil water before drinking.\nStay at home when you are sick.\n"
	const lines = 3
	cases := map[string][]string{
		"detect":    {"detect"},
		"translate": {"translate", "--from", "en", "--to", "es"},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "fresh.db")
			file := writeFile(t, "in.txt", input)
			defaultsOn := map[string]string{"TAFSIRI_DEFAULTS": ""} // the first command installs the defaults
			code, out, errOut := run(t, defaultsOn, append(append([]string{"--db", db}, args...), file)...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if got := strings.Count(out, "\n"); got != lines {
				t.Errorf("stdout has %d lines for %d input lines:\n%s", got, lines, out)
			}
			if !strings.Contains(errOut, "installed defaults version") {
				t.Errorf("stderr does not report the automatic install:\n%s", errOut)
			}
		})
	}
}

func TestMemorySearchWithoutAMatchLeavesStdoutEmpty(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if code, _, errOut := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx")); code != ExitOK {
		t.Fatal(errOut)
	}
	code, out, errOut := run(t, nil, "--db", db, "tm", "search", "--from", "en", "--to", "sw", "Measles vaccination campaign")
	if code != ExitOK || out != "" {
		t.Errorf("exit %d, stdout %q; want 0 and no result lines", code, out)
	}
	if !strings.Contains(errOut, "no en→sw match at 75% or more") {
		t.Errorf("stderr = %q, want it to say there is no match", errOut)
	}
}
