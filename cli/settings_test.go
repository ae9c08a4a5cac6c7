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
		{[]string{"settings", "set", "translate.caution", "careful"}, ExitOK, "translate.caution = careful"},
		{[]string{"settings", "set", "translate.caution", "bold"}, ExitFailure, `"bold" is not standard or careful`},
		{[]string{"settings", "get", "translate.caution"}, ExitOK, "translate.caution = careful"},
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
	tablets := writeFile(t, "in.txt", "Take 2 tablets every 8 hours.\n")
	times := writeFile(t, "times.txt", "The clinic is open from 8:00 to 4 pm.\n")
	for _, c := range []struct{ key, value, to, file, want, not string }{
		{"translate.digits", "native", "fa", tablets, "۲", "2"},
		{"translate.digits", "western", "fa", tablets, "2", "۲"},
		{"translate.swahili_time", "24-hour", "sw", times, "16:00", "saa 10"},
		{"translate.swahili_time", "swahili", "sw", times, "saa 10 jioni", "16:00"},
	} {
		if code, _, errOut := run(t, env, "--db", db, "settings", "set", c.key, c.value); code != ExitOK {
			t.Fatalf("settings set %s %s: exit %d: %s", c.key, c.value, code, errOut)
		}
		code, out, errOut := run(t, env, "--db", db, "translate", "--from", "en", "--to", c.to, c.file)
		if code != ExitOK || !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
			t.Errorf("%s %s: exit %d, %q (%s); want %q and no %q", c.key, c.value, code, out, errOut, c.want, c.not)
		}
	}
}
