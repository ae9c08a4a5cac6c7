package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tafsiri/storage"
)

// run invokes tafsiri with args and an environment, returning exit code,
// stdout and stderr. Unless env says otherwise, TAFSIRI_DEFAULTS is off:
// a test's database holds what the test puts there.
func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout bytes.Buffer
	code, errOut := runTo(t, &stdout, env, args...)
	return code, stdout.String(), errOut
}

// runTo is run with stdout going to w; it returns exit code and stderr.
func runTo(t *testing.T, w io.Writer, env map[string]string, args ...string) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(""),
		Stdout: w,
		Stderr: &stderr,
		Getenv: func(k string) string {
			if v, ok := env[k]; ok || k != "TAFSIRI_DEFAULTS" {
				return v
			}
			return "off"
		},
		Version: "test",
	}
	code := m.Run(context.Background(), args)
	return code, stderr.String()
}

func TestDoctorOnAFreshDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fresh.db")
	code, out, errOut := run(t, nil, "--db", path, "doctor")
	if code != ExitOK || errOut != "" {
		t.Fatalf("doctor exit %d, stderr %q", code, errOut)
	}
	if !regexp.MustCompile(`(?m)^Integrity check:\s+ok$`).MatchString(out) {
		t.Errorf("doctor does not report a sound database:\n%s", out)
	}
	for _, want := range []string{
		"Database:", path,
		"Schema version:", "SQLite version:",
		"tm_segments", "terms", fmt.Sprintf("schema_migrations  %d", storage.LatestSchemaVersion()),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
}

func TestTheDatabaseComesFromFlagThenEnvironment(t *testing.T) {
	dir := t.TempDir()
	fromEnv := filepath.Join(dir, "env.db")
	fromFlag := filepath.Join(dir, "flag.db")
	env := map[string]string{"TAFSIRI_DB": fromEnv}

	cases := map[string]struct {
		args []string
		want string
	}{
		"environment":         {[]string{"doctor"}, fromEnv},
		"flag before command": {[]string{"--db", fromFlag, "doctor"}, fromFlag},
		"flag after command":  {[]string{"doctor", "--db", fromFlag}, fromFlag},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := run(t, env, tc.args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, "Database:        "+tc.want+"\n") {
				t.Errorf("doctor used another file than %s:\n%s", tc.want, out)
			}
		})
	}
}

func TestExitCodesAndOneLineErrors(t *testing.T) {
	dir := t.TempDir()
	textFile := filepath.Join(dir, "notice.txt")
	if err := os.WriteFile(textFile, []byte("Boil water before drinking.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		args     []string
		wantCode int
		wantErr  string // part of the one stderr line; empty means stderr stays empty
	}{
		"help":                    {[]string{"help"}, ExitOK, ""},
		"help for a command":      {[]string{"help", "doctor"}, ExitOK, ""},
		"command --help":          {[]string{"doctor", "--help"}, ExitOK, ""},
		"version":                 {[]string{"version"}, ExitOK, ""},
		"unknown command":         {[]string{"translate-everything"}, ExitUsage, `unknown command "translate-everything"`},
		"unknown flag":            {[]string{"doctor", "--colour"}, ExitUsage, "flag provided but not defined: -colour"},
		"stray argument":          {[]string{"doctor", "now"}, ExitUsage, "doctor takes no arguments"},
		"help for no command":     {[]string{"help", "nope"}, ExitUsage, `no command "nope"`},
		"database is a folder":    {[]string{"--db", dir, "doctor"}, ExitFailure, "is a directory"},
		"database is a text":      {[]string{"--db", textFile, "doctor"}, ExitFailure, "not a SQLite database"},
		"database folder absent":  {[]string{"--db", filepath.Join(dir, "no", "x.db"), "doctor"}, ExitFailure, "no such file or directory"},
		"no window in this build": {nil, ExitFailure, "no desktop window"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			env := map[string]string{"TAFSIRI_DB": filepath.Join(t.TempDir(), "t.db")}
			code, _, errOut := run(t, env, tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tc.wantCode, errOut)
			}
			if tc.wantErr == "" {
				if errOut != "" {
					t.Errorf("stderr = %q, want nothing", errOut)
				}
				return
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "tafsiri: ") {
				t.Errorf("stderr = %q, want one line starting with 'tafsiri: '", errOut)
			}
			if !strings.Contains(errOut, tc.wantErr) {
				t.Errorf("stderr = %q, want it to say %q", errOut, tc.wantErr)
			}
		})
	}
	if got, err := os.ReadFile(textFile); err != nil || string(got) != "Boil water before drinking.\n" {
		t.Errorf("refused text file changed: %q, %v", got, err)
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	_, out, _ := run(t, nil, "help")
	for _, c := range commands() {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help does not list %s:\n%s", c.name, out)
		}
	}
}

func TestDoctorFailsOnACorruptDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "corrupt.db")
	st, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// Enough rows that the settings table spans many pages, then damage one in the middle.
	for i := 0; i < 2000; i++ {
		key := fmt.Sprintf("key-%05d-%s", i, strings.Repeat("x", i%50))
		if err := st.SetSetting(ctx, key, strings.Repeat("v", 100)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	mid := (len(data) / page / 2) * page
	for i := mid + 8; i < mid+page; i++ {
		data[i] = 0xA5
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}

	code, _, errOut := run(t, nil, "--db", path, "doctor")
	if code != ExitFailure {
		t.Errorf("doctor on a corrupt file: exit %d, want %d", code, ExitFailure)
	}
	t.Logf("stderr: %s", errOut)
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "malformed") && !strings.Contains(errOut, "integrity") {
		t.Errorf("stderr = %q, want one line naming the damage", errOut)
	}
}

func TestFlagsMayFollowArguments(t *testing.T) {
	cases := map[string]struct {
		args []string
		want []string
	}{
		"flags first":       {[]string{"--src", "en", "a.tmx"}, []string{"a.tmx"}},
		"flags after":       {[]string{"a.tmx", "--src", "en"}, []string{"a.tmx"}},
		"mixed":             {[]string{"a", "--src", "en", "b"}, []string{"a", "b"}},
		"after double dash": {[]string{"--src", "en", "--", "--not-a-flag"}, []string{"--not-a-flag"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			m := &Main{Stdout: &bytes.Buffer{}}
			fs := m.flagSet("x", "")
			src := fs.String("src", "", "")
			if err := fs.parse(tc.args); err != nil {
				t.Fatal(err)
			}
			if *src != "en" || strings.Join(fs.Args(), "|") != strings.Join(tc.want, "|") {
				t.Errorf("src %q, args %q; want en, %q", *src, fs.Args(), tc.want)
			}
		})
	}
}

func TestCommandHelpIsNotTakenForTheMainHelp(t *testing.T) {
	_, out, _ := run(t, nil, "--db", "x.db", "doctor", "--help")
	if !strings.HasPrefix(out, "Usage: tafsiri doctor") {
		t.Errorf("tafsiri --db x.db doctor --help printed:\n%s", out)
	}
}
