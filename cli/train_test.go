package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func fixture(name string) string { return filepath.Join("testdata", "train", name) }

func TestTrainTranslateAndEvaluateThroughTheCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, out, errOut := run(t, nil, "train", fixture("clinic.tmx"), "--db", db, "--lm-order", "3")
	if code != ExitOK {
		t.Fatalf("train exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "trained en→sw and sw→en from clinic.tmx") || !strings.Contains(out, "6 used") {
		t.Errorf("train output:\n%s", out)
	}

	var stdout, stderr strings.Builder
	m := &Main{Stdin: strings.NewReader("Wash your hands with soap.\n\nThe clinic opens at 10:30.\n"),
		Stdout: &stdout, Stderr: &stderr, Version: "test", dbFlag: db}
	if code := m.Run(t.Context(), []string{"translate", "--from", "en", "--to", "sw"}); code != ExitOK {
		t.Fatalf("translate exit %d: %s", code, stderr.String())
	}
	want := "Nawa mikono yako kwa sabuni.\n\nKliniki inafunguliwa saa 10:30.\n"
	if stdout.String() != want {
		t.Errorf("translate printed %q, want %q (one line per input line)", stdout.String(), want)
	}

	code, out, errOut = run(t, nil, "--db", db, "eval", "--from", "en", "--to", "sw", "--tmx", fixture("clinic.tmx"))
	if code != ExitOK || !strings.Contains(out, "en→sw on clinic.tmx: chrF") {
		t.Errorf("eval exit %d, output %q, stderr %q", code, out, errOut)
	}
}

func TestTrainRefusesBadInputWithOneLine(t *testing.T) {
	cases := map[string]struct {
		args    []string
		wantErr string
	}{
		"truncated TMX":           {[]string{"train", fixture("truncated.tmx")}, "truncated.tmx:"},
		"malformed TMX":           {[]string{"train", fixture("malformed.tmx")}, "malformed.tmx:8"},
		"language not in file":    {[]string{"train", fixture("clinic.tmx"), "--tgt", "fr"}, "no fr (target language) in the file; it has en, sw"},
		"missing file":            {[]string{"train", fixture("nope.tmx")}, "open training file"},
		"parallel of two sizes":   {[]string{"train", "--src-file", fixture("en.txt"), "--tgt-file", fixture("sw-short.txt"), "--src", "en", "--tgt", "sw"}, "en.txt has more lines than sw-short.txt"},
		"only invalid UTF-8 left": {[]string{"train", fixture("badutf8.tsv"), "--src", "en", "--tgt", "sw"}, ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			code, _, errOut := run(t, nil, append(tc.args, "--db", db)...)
			if tc.wantErr == "" {
				if code != ExitOK || !strings.Contains(errOut, "skipped: badutf8.tsv:2: invalid UTF-8") {
					t.Errorf("exit %d, stderr %q: want the bad line skipped and reported", code, errOut)
				}
				return
			}
			if code != ExitFailure {
				t.Errorf("exit %d, want %d (stderr %q)", code, ExitFailure, errOut)
			}
			last := errOut[strings.LastIndex(strings.TrimSuffix(errOut, "\n"), "\n")+1:]
			if !strings.HasPrefix(last, "tafsiri: train: ") || !strings.Contains(last, tc.wantErr) {
				t.Errorf("last stderr line %q, want it to say %q", last, tc.wantErr)
			}
			_, out, _ := run(t, nil, "--db", db, "doctor")
			if !strings.Contains(out, "  models             0") {
				t.Errorf("a failed training left a model behind:\n%s", out)
			}
		})
	}
}
