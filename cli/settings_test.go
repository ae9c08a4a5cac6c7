package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestTranslationSettingsAreCheckedAndKept(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"settings", "set", "tm.threshold", "90"}, ExitOK, "tm.threshold = 90"},
		{[]string{"settings", "set", "tm.threshold", "20"}, ExitFailure, `"20" is not a percentage from 50 to 100`},
		{[]string{"settings", "get", "tm.threshold"}, ExitOK, "tm.threshold = 90"},
		{[]string{"settings", "set", "translate.digits", "western"}, ExitOK, "translate.digits = western"},
		{[]string{"settings", "set", "translate.digits", "roman"}, ExitFailure, `"roman" is not native or western`},
		{[]string{"settings", "get", "translate.digits"}, ExitOK, "translate.digits = western"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, nil, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(out+errOut, c.want) {
			t.Errorf("tafsiri %s: exit %d, %q; want exit %d and %q", strings.Join(c.args, " "), code, out+errOut, c.code, c.want)
		}
	}
}

func TestTranslateWritesTheDigitsAndSwahiliTimesTheSettingsChoose(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	env := map[string]string{"TAFSIRI_DEFAULTS": "on"}
	in := writeFile(t, "in.txt", "Take 2 tablets every 8 hours.\n")
	for _, c := range []struct{ setting, want, not string }{
		{"native", "۲", "2"},
		{"western", "2", "۲"},
	} {
		if code, _, errOut := run(t, env, "--db", db, "settings", "set", "translate.digits", c.setting); code != ExitOK {
			t.Fatalf("settings set translate.digits %s: exit %d: %s", c.setting, code, errOut)
		}
		code, out, errOut := run(t, env, "--db", db, "translate", "--from", "en", "--to", "fa", in)
		if code != ExitOK || !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
			t.Errorf("translate.digits %s: exit %d, %q (%s); want %q and no %q", c.setting, code, out, errOut, c.want, c.not)
		}
	}
	// The same database: Swahili times, as the source writes them or in
	// Swahili time.
	times := writeFile(t, "times.txt", "The clinic is open from 8:00 to 4 pm.\n")
	for _, c := range []struct{ setting, want, not string }{
		{"24-hour", "16:00", "saa 10"},
		{"swahili", "saa 10 jioni", "16:00"},
	} {
		if code, _, errOut := run(t, env, "--db", db, "settings", "set", "translate.swahili_time", c.setting); code != ExitOK {
			t.Fatalf("settings set translate.swahili_time %s: exit %d: %s", c.setting, code, errOut)
		}
		code, out, errOut := run(t, env, "--db", db, "translate", "--from", "en", "--to", "sw", times)
		if code != ExitOK || !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
			t.Errorf("translate.swahili_time %s: exit %d, %q (%s); want %q and no %q", c.setting, code, out, errOut, c.want, c.not)
		}
	}
}
