package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectNamesTheLanguageOfEachLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	if code, _, errOut := run(t, nil, "--db", db, "defaults", "install"); code != ExitOK {
		t.Fatal(errOut)
	}
	input := "Wash your hands with soap and water.\n\n12:30 !!!\nOsha mikono yako kwa sabuni na maji.\nاغسل يديك بالماء والصابون.\n"
	file := writeFile(t, "notices.txt", input)
	code, out, errOut := run(t, nil, "--db", db, "detect", file)
	if code != ExitOK {
		t.Fatalf("detect: exit %d, %s", code, errOut)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		tag, _, _ := strings.Cut(line, "\t")
		got = append(got, tag)
	}
	if want := "en und und sw ar"; strings.Join(got, " ") != want {
		t.Errorf("detect printed tags %q, want %q\n%s", strings.Join(got, " "), want, out)
	}
	_, out, _ = run(t, nil, "--db", db, "detect", "--all", "--langs", "fa,ur,ar", file)
	if first := strings.Split(out, "\n")[4]; !strings.HasPrefix(first, "ar\t") || !strings.Contains(first, "\tfa ") {
		t.Errorf("--all for the Arabic line = %q, want ar first and fa among the candidates", first)
	}
}

func TestTranslateFromAutoDetectsTheSourceLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errOut := run(t, nil, "--db", db, "train", fixture("clinic.tmx")); code != ExitOK {
		t.Fatal(errOut)
	}
	file := writeFile(t, "in.txt", "Nawa mikono yako kwa sabuni.\n")
	code, out, errOut := run(t, nil, "--db", db, "translate", "--from", "auto", "--to", "en", file)
	if code != ExitOK || !strings.Contains(errOut, "looks like sw") || !strings.Contains(out, "Wash your hands") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}

// writeFile writes text to a file named name in a fresh folder and returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDetectionSettingsAreCheckedAndKept(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"settings", "set", "detect.lingua", "high"}, ExitOK, "detect.lingua = high"},
		{[]string{"settings", "set", "detect.lingua", "maybe"}, ExitFailure, `"maybe" is not off, low or high`},
		{[]string{"settings", "get", "detect.lingua"}, ExitOK, "detect.lingua = high"},
		{[]string{"settings", "set", "detect.languages", "en, sw"}, ExitOK, "detect.languages = en, sw"},
		{[]string{"settings", "set", "detect.languages", "en,not a tag"}, ExitFailure, "not a tag"},
		{[]string{"settings", "set", "colour", "blue"}, ExitUsage, `unknown setting "colour"`},
	}
	for _, c := range cases {
		code, out, errOut := run(t, nil, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(out+errOut, c.want) {
			t.Errorf("tafsiri %s: exit %d, %q; want exit %d and %q", strings.Join(c.args, " "), code, out+errOut, c.code, c.want)
		}
	}
}
