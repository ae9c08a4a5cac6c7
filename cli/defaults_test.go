package cli

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"tafsiri/defaults"
	"tafsiri/storage"
)

// defaultLangs are the languages of the default phrasebook besides English.
var defaultLangs = []string{"es-419", "fr", "pt-BR", "ar", "sw", "hi", "bn", "ur", "fa", "zh-Hans", "ru", "id"}

// interruptInstall installs the defaults into db and interrupts the install
// as it begins training its second language pair, as Ctrl-C or kill -9
// during a first translate would.
func interruptInstall(t *testing.T, db string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pairs := 0
	err := useStore(ctx, db, func(st *storage.Store) error {
		_, err := defaults.Install(ctx, st, func(stage string) {
			if strings.HasPrefix(stage, "training ") {
				if pairs++; pairs == 2 {
					cancel()
				}
			}
		})
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("the interrupted install = %v, want context.Canceled", err)
	}
}

// untrainedDefaultLang returns a default language that has no model from
// English in db.
func untrainedDefaultLang(t *testing.T, db string) string {
	t.Helper()
	serving := servingSources(t, db)
	for _, lang := range defaultLangs {
		if _, ok := serving["en→"+lang]; !ok {
			return lang
		}
	}
	t.Fatalf("every default language has a model already: %v", serving)
	return ""
}

// Issue 13 case 5: translate installs the defaults into every database
// that lacks them (TAFSIRI_DEFAULTS=off aside), also when train ran first
// and when an earlier install was interrupted, which doctor reports.
func TestTranslateInstallsTheDefaultsWhereverTheyAreMissing(t *testing.T) {
	on := map[string]string{"TAFSIRI_DEFAULTS": ""}
	cases := map[string]func(t *testing.T, db string){
		"train ran first": func(t *testing.T, db string) {
			if code, _, errOut := run(t, on, "--db", db, "train", fixture("clinic.tmx")); code != ExitOK {
				t.Fatalf("train: exit %d: %s", code, errOut)
			}
		},
		"an install was interrupted": func(t *testing.T, db string) {
			interruptInstall(t, db)
			code, out, _ := run(t, on, "--db", db, "doctor")
			if code != ExitFailure || !strings.Contains(out, fmt.Sprintf("the install of version %d was interrupted", defaults.Version)) {
				t.Errorf("doctor after an interrupted install: exit %d, want %d and the interruption reported:\n%s", code, ExitFailure, out)
			}
		},
	}
	for name, before := range cases {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "d.db")
			before(t, db)
			lang := untrainedDefaultLang(t, db)
			in := writeFile(t, "in.txt", "Wash your hands with soap and water.\n")
			code, out, errOut := run(t, on, "--db", db, "translate", "--from", "en", "--to", lang, in)
			if code != ExitOK || strings.Count(out, "\n") != 1 {
				t.Fatalf("translate en→%s: exit %d, stdout %q: %s", lang, code, out, errOut)
			}
			if !strings.Contains(errOut, fmt.Sprintf("installed defaults version %d", defaults.Version)) {
				t.Errorf("translate did not install the defaults:\n%s", errOut)
			}
			if got := servingSources(t, db); name == "train ran first" && got["en→sw"] != "clinic.tmx" {
				t.Errorf("the defaults replaced the model users trained: en→sw from %q", got["en→sw"])
			}
			code, out, errOut = run(t, on, "--db", db, "doctor")
			if code != ExitOK || !strings.Contains(out, "Defaults:") {
				t.Errorf("doctor after the install: exit %d:\n%s%s", code, out, errOut)
			}
		})
	}
}

func TestTranslateLeavesTheDefaultsOutWhenTheyAreOff(t *testing.T) {
	db := filepath.Join(t.TempDir(), "off.db")
	if code, _, errOut := run(t, nil, "--db", db, "train", fixture("clinic.tmx")); code != ExitOK {
		t.Fatalf("train: exit %d: %s", code, errOut)
	}
	in := writeFile(t, "in.txt", "Wash your hands with soap.\n")
	code, _, errOut := run(t, map[string]string{"TAFSIRI_DEFAULTS": "off"}, "--db", db, "translate", "--from", "en", "--to", "sw", in)
	if code != ExitOK || strings.Contains(errOut, "defaults") {
		t.Errorf("translate with TAFSIRI_DEFAULTS=off: exit %d, stderr %q; want no install", code, errOut)
	}
	if got := servingSources(t, db); len(got) != 2 {
		t.Errorf("serving = %v, want only the trained pair", got)
	}
}
