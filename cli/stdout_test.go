package cli

import (
	"errors"
	"os"
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

// fullWriter fails every write, as a full disk does.
type fullWriter struct{}

var errFull = errors.New("device full")

func (fullWriter) Write([]byte) (int, error) { return 0, errFull }

func TestResultsThatCannotBeWrittenFailTheCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	for _, args := range [][]string{{"train", fixture("clinic.tmx"), "--lm-order", "3"}, {"tm", "import", fixture("clinic.tmx")},
		{"glossary", "import", glossaryFixture("terms.csv")}} {
		if code, _, errOut := run(t, nil, append([]string{"--db", db}, args...)...); code != ExitOK {
			t.Fatal(errOut)
		}
	}
	file := writeFile(t, "in.txt", "Wash your hands with soap.\nNawa mikono yako kwa sabuni.\n")
	cases := map[string][]string{
		"translate":     {"translate", "--from", "en", "--to", "sw", file},
		"detect":        {"detect", file},
		"tm search":     {"tm", "search", "--from", "en", "--to", "sw", "Wash your hands with soap."},
		"glossary list": {"glossary", "list"},
		"doctor":        {"doctor"},
		"version":       {"version"},
		"command help":  {"translate", "--help"},
		"main help":     {"--help"},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			code, errOut := runTo(t, fullWriter{}, nil, append([]string{"--db", db}, args...)...)
			if code != ExitFailure {
				t.Errorf("exit %d, want %d (stderr %q)", code, ExitFailure, errOut)
			}
			if want := "write results: device full"; !strings.Contains(errOut, want) {
				t.Errorf("stderr = %q, want it to say %q", errOut, want)
			}
		})
	}
}

func TestBenchFailsWhenItsReportFileCannotBeWritten(t *testing.T) {
	const full = "/dev/full" // every write fails with ENOSPC
	if _, err := os.Stat(full); err != nil {
		t.Skipf("no %s here: %v", full, err)
	}
	data := t.TempDir()
	tmx, err := os.ReadFile(fixture("clinic.tmx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"train", "dev"} {
		if err := os.Mkdir(filepath.Join(data, dir), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, dir, "en-sw.tmx"), tmx, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := run(t, nil, "bench", "quality", "--data", data, "--out", full)
	if code != ExitFailure || !strings.Contains(errOut, "write report "+full) {
		t.Errorf("exit %d, stderr %q; want %d and a message naming the report\n%s", code, errOut, ExitFailure, out)
	}
}
