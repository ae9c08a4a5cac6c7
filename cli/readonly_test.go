package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tafsiri/internal/unprivileged"
)

// readOnlyDBEnv names the database TestReadOnlyCLICheck, re-run as an
// unprivileged user, reads.
const readOnlyDBEnv = "TAFSIRI_TEST_READONLY_DB"

func TestAReadOnlyDatabaseCanBeReadNotChanged(t *testing.T) {
	cases := map[string]struct{ fileMode, dirMode fs.FileMode }{
		"read-only folder": {fileMode: 0o666, dirMode: 0o555},
		"read-only file":   {fileMode: 0o444, dirMode: 0o777},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(unprivileged.Dir(t), "data")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(dir, "tafsiri.db")
			for _, args := range [][]string{
				{"settings", "set", "tm.threshold", "80"},
				{"glossary", "add", "--src", "en:soap", "--tgt", "fr:savon"},
				{"train", fixture("clinic.tmx")},
			} {
				if code, _, errOut := run(t, nil, append([]string{"--db", db}, args...)...); code != ExitOK {
					t.Fatalf("%v: exit %d: %s", args, code, errOut)
				}
			}
			for path, mode := range map[string]fs.FileMode{db: tc.fileMode, dir: tc.dirMode} {
				if err := os.Chmod(path, mode); err != nil {
					t.Fatal(err)
				}
			}
			if unprivileged.Restricted() {
				checkReadOnlyCLI(t, db)
				return
			}
			// Tests run as root here, whom chmod does not restrict: check as nobody.
			out, err := unprivileged.Run(t, "TestReadOnlyCLICheck", readOnlyDBEnv+"="+db)
			if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyCLICheck") {
				t.Fatalf("check as user nobody: %v\n%s", err, out)
			}
		})
	}
}

// TestReadOnlyCLICheck is run by TestAReadOnlyDatabaseCanBeReadNotChanged as
// an unprivileged user; alone it does nothing.
func TestReadOnlyCLICheck(t *testing.T) {
	db := os.Getenv(readOnlyDBEnv)
	if db == "" {
		t.Skip("runs only as the child of TestAReadOnlyDatabaseCanBeReadNotChanged")
	}
	checkReadOnlyCLI(t, db)
}

// checkReadOnlyCLI runs commands on db, which this process cannot write:
// the reading ones work, saying the database is read-only, translate too
// without installing the defaults it lacks, and a change fails saying so,
// naming the file.
func checkReadOnlyCLI(t *testing.T, db string) {
	note := "tafsiri: database " + db + " is read-only"
	reads := map[string]struct {
		args    []string
		wantOut *regexp.Regexp
	}{
		"doctor":        {[]string{"doctor"}, regexp.MustCompile(`(?m)^Integrity check:\s+ok$`)},
		"glossary list": {[]string{"glossary", "list"}, regexp.MustCompile(`en:soap .*fr:savon`)},
		"settings get":  {[]string{"settings", "get", "tm.threshold"}, regexp.MustCompile(`^tm.threshold = 80\n$`)},
	}
	for name, tc := range reads {
		code, out, errOut := run(t, nil, append([]string{"--db", db}, tc.args...)...)
		if code != ExitOK || !tc.wantOut.MatchString(out) {
			t.Errorf("%s: exit %d, want %d and output matching %s:\n%s%s", name, code, ExitOK, tc.wantOut, out, errOut)
		}
		if !strings.HasPrefix(errOut, note) {
			t.Errorf("%s: stderr %q, want the note %q", name, errOut, note)
		}
	}
	in := writeFile(t, "in.txt", "Wash your hands.\n")
	code, out, errOut := run(t, map[string]string{"TAFSIRI_DEFAULTS": ""}, "--db", db, "translate", "--from", "en", "--to", "sw", in)
	if code != ExitOK || strings.Count(out, "\n") != 1 || !strings.HasPrefix(errOut, note) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("translate with the defaults on: exit %d, stdout %q, stderr %q; want %d, one line and only the note %q",
			code, out, errOut, ExitOK, note)
	}
	code, _, errOut = run(t, nil, "--db", db, "settings", "set", "tm.threshold", "90")
	want := "tafsiri: settings: save setting tm.threshold: database " + db + " is read-only"
	if code != ExitFailure || !strings.Contains(errOut, want) {
		t.Errorf("settings set: exit %d, stderr %q; want %d saying %q", code, errOut, ExitFailure, want)
	}
}
