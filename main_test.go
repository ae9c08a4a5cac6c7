package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runMainEnv, when set, makes the test binary run main with its own
// arguments, so that a test can run tafsiri as a whole process.
const runMainEnv = "TAFSIRI_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
	}
	os.Exit(m.Run())
}

// runTafsiri runs tafsiri in a child process with the given locale
// variables in place of the test's own, and returns exit code, stdout and stderr.
func runTafsiri(t *testing.T, locale []string, args ...string) (int, string, string) {
	t.Helper()
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name != "LANG" && name != "LANGUAGE" && !strings.HasPrefix(name, "LC_") {
			env = append(env, kv)
		}
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(env, runMainEnv+"=1", "TAFSIRI_DEFAULTS=off"), locale...)
	cmd.Stdin = strings.NewReader("hello world\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), stdout.String(), stderr.String()
	}
	if err != nil {
		t.Fatalf("run tafsiri: %v", err)
	}
	return 0, stdout.String(), stderr.String()
}

func TestHeadlessCommandsPrintNothingOfFyneUnderTheCLocale(t *testing.T) {
	cases := map[string][]string{
		"C.UTF-8":               {"LANG=C.UTF-8"},
		"C.utf8":                {"LANG=C.utf8"},
		"POSIX.UTF-8":           {"LANG=POSIX.UTF-8"},
		"C with a modifier":     {"LANG=C@euro"},
		"LC_ALL over LANG":      {"LANG=en_US.UTF-8", "LC_ALL=C.UTF-8"},
		"LC_MESSAGES over LANG": {"LANG=en_US.UTF-8", "LC_MESSAGES=C.UTF-8"},
		"plain C":               {"LANG=C"},
		"a language":            {"LANG=sw_KE.UTF-8"},
	}
	for name, locale := range cases {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			code, out, errOut := runTafsiri(t, locale, "--db", db, "version")
			if code != 0 || !strings.HasPrefix(out, "tafsiri ") {
				t.Errorf("tafsiri version: exit %d, stdout %q", code, out)
			}
			if errOut != "" {
				t.Errorf("stderr = %q, want nothing", errOut)
			}
		})
	}
}
