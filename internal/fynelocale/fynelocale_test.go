package fynelocale

import (
	"os"
	"testing"
)

func TestApplyGivesFyneEnglishOnlyForACLocaleWithASuffix(t *testing.T) {
	cases := map[string]struct {
		env  map[string]string
		want string // LANGUAGE after Apply
	}{
		"C.UTF-8":                 {map[string]string{"LANG": "C.UTF-8"}, "en"},
		"POSIX with a modifier":   {map[string]string{"LANG": "POSIX@euro"}, "en"},
		"LC_ALL over LANG":        {map[string]string{"LC_ALL": "C.utf8", "LANG": "fr_FR.UTF-8"}, "en"},
		"LC_MESSAGES over LANG":   {map[string]string{"LC_MESSAGES": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"},
		"a language over C":       {map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "C.UTF-8"}, ""},
		"bare C":                  {map[string]string{"LANG": "C"}, ""},
		"a language":              {map[string]string{"LANG": "sw_KE.UTF-8"}, ""},
		"the user's own LANGUAGE": {map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "fr"},
		"nothing set":             {map[string]string{}, ""},
	}
	Revert() // undo this package's init, which saw the test's own environment
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
				t.Setenv(k, c.env[k])
			}
			Apply()
			if got := os.Getenv("LANGUAGE"); got != c.want {
				t.Errorf("LANGUAGE after Apply = %q, want %q", got, c.want)
			}
			Revert()
			if got, want := os.Getenv("LANGUAGE"), c.env["LANGUAGE"]; got != want {
				t.Errorf("LANGUAGE after Revert = %q, want the user's %q", got, want)
			}
		})
	}
}
