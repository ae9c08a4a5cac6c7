package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAnEmptyDatabaseNameIsAUsageError(t *testing.T) {
	fallback := filepath.Join(t.TempDir(), "default.db")
	env := map[string]string{"TAFSIRI_DB": fallback}
	cases := map[string][]string{
		"before the command": {"--db", "", "doctor"},
		"after the command":  {"doctor", "--db="},
		"only spaces":        {"glossary", "list", "--db", " "},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := run(t, env, args...)
			if code != ExitUsage || out != "" || !strings.Contains(errOut, "the database file name is empty") {
				t.Errorf("exit %d, stdout %q, stderr %q; want a usage error naming the empty --db", code, out, errOut)
			}
			if _, err := os.Stat(fallback); !os.IsNotExist(err) {
				t.Errorf("the default database was opened instead: %v", err)
			}
		})
	}
}

func TestALongLanguageCodeIsRefusedBriefly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	long := "en-x-" + strings.Repeat("abcdefgh-", 11000) + "a" // well-formed BCP 47, 99 KB
	code, _, errOut := run(t, nil, "--db", db, "tm", "search", "--from", long, "--to", "sw", "soap")
	if code != ExitUsage || len(errOut) > 300 || !strings.Contains(errOut, "longer than 64 bytes") || !strings.Contains(errOut, long[:30]) {
		t.Errorf("exit %d, stderr %.400q; want a short usage error naming the code", code, errOut)
	}
}

func TestGlossaryListWritesControlCharactersAsEscapes(t *testing.T) {
	dir := t.TempDir()
	db, file := filepath.Join(dir, "g.db"), filepath.Join(dir, "esc.csv")
	if err := os.WriteFile(file, []byte("en,fr\nhello\x1b[31m\a,bonjour\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, nil, "--db", db, "glossary", "import", file); code != ExitOK {
		t.Fatal(errOut)
	}
	_, out, _ := run(t, nil, "--db", db, "glossary", "list")
	if want := `en:hello\x1b[31m\a [draft]` + "\tfr:bonjour"; !strings.Contains(out, want) || strings.ContainsAny(out, "\x1b\a") {
		t.Errorf("list printed %q, want %q and no raw control character", out, want)
	}
}

func TestATMXWhoseHeaderNamesNoSourceImportsWithoutNamingLanguages(t *testing.T) {
	tmx := func(units ...string) string {
		return `<?xml version="1.0"?><tmx version="1.4"><header srclang="*all*" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>` +
			strings.Join(units, "\n") + `</body></tmx>`
	}
	units := 0
	tu := func(langs ...string) string {
		units++
		out := "<tu>"
		for _, l := range langs {
			out += fmt.Sprintf(`<tuv xml:lang="%s"><seg>unit %d in %s</seg></tuv>`, l, units, l)
		}
		return out + "</tu>"
	}
	cases := map[string]struct {
		file    string
		code    int
		wantOut string // in stdout, or in stderr for a failure
	}{
		"one language in every unit": {tmx(tu("en", "sw"), tu("fr", "en")), ExitOK, "imported 2 en→sw, fr segments"},
		"the first unit's first":     {tmx(tu("sw", "en"), tu("en", "sw")), ExitOK, "imported 2 sw→en segments"},
		"no language in every unit":  {tmx(tu("en", "sw"), tu("fr", "es")), ExitFailure, "name the source language (the file has en, es, fr, sw)"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "all.tmx")
			if err := os.WriteFile(file, []byte(c.file), 0o600); err != nil {
				t.Fatal(err)
			}
			code, out, errOut := run(t, nil, "--db", filepath.Join(dir, "tm.db"), "tm", "import", file)
			if got := out + errOut; code != c.code || !strings.Contains(got, c.wantOut) {
				t.Errorf("tm import: exit %d, %q; want exit %d and %q", code, got, c.code, c.wantOut)
			}
		})
	}
}

func TestAMemoryExportImportsBackWithoutNamingLanguages(t *testing.T) {
	dir := t.TempDir()
	db, file := filepath.Join(dir, "tm.db"), filepath.Join(dir, "all.tmx")
	if code, _, errOut := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx")); code != ExitOK {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, nil, "--db", db, "tm", "export", file); code != ExitOK {
		t.Fatal(errOut)
	}
	code, out, errOut := run(t, nil, "--db", filepath.Join(dir, "again.db"), "tm", "import", file)
	if code != ExitOK || !strings.Contains(out, "imported 6 en→sw segments") {
		t.Errorf("tm import of the export: exit %d\n%s%s", code, out, errOut)
	}
}
