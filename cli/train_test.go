package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func fixture(name string) string { return filepath.Join("testdata", "train", name) }

// evalLine reads the scores eval prints for a pair.
var evalLine = regexp.MustCompile(`^(\S+) on (\S+): chrF ([0-9.]+)  BLEU ([0-9.]+) \(13a tokens\)  ([0-9]+) sentences in [0-9.]+s\n$`)

// evalScores runs eval en→sw on tmx and returns the chrF, BLEU and sentence
// count it printed.
func evalScores(t *testing.T, db, tmx string) (chrF, bleu float64, sentences int) {
	t.Helper()
	code, out, errOut := run(t, nil, "--db", db, "eval", "--from", "en", "--to", "sw", "--tmx", tmx)
	if code != ExitOK {
		t.Fatalf("eval exit %d: %s", code, errOut)
	}
	m := evalLine.FindStringSubmatch(out)
	if m == nil || m[1] != "en→sw" || m[2] != filepath.Base(tmx) {
		t.Fatalf("eval printed %q, want one line: en→sw on %s: chrF N  BLEU N (13a tokens)  N sentences in Ns", out, filepath.Base(tmx))
	}
	chrF, err1 := strconv.ParseFloat(m[3], 64)
	bleu, err2 := strconv.ParseFloat(m[4], 64)
	sentences, err3 := strconv.Atoi(m[5])
	if err1 != nil || err2 != nil || err3 != nil {
		t.Fatalf("eval printed %q: %v %v %v", out, err1, err2, err3)
	}
	t.Logf("eval en→sw on %s: chrF %.1f, BLEU %.1f, %d sentences", filepath.Base(tmx), chrF, bleu, sentences)
	return chrF, bleu, sentences
}

// mismatchedTMX writes a test set whose Swahili sides belong to other
// English sentences, so that no translation can score well against it.
func mismatchedTMX(t *testing.T) string {
	t.Helper()
	en := []string{"Wash your hands.", "Drink clean water.", "Boil the water.", "Vaccines are free."}
	sw := []string{"Kliniki inafunguliwa saa 8:00.", "Chanjo ni bure.", "Nawa mikono yako kwa sabuni.", "Chemsha maji."}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="none" adminlang="en" datatype="plaintext" creationtool="test" creationtoolversion="1"/><body>` + "\n")
	for i := range en {
		fmt.Fprintf(&b, `<tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="sw"><seg>%s</seg></tuv></tu>`+"\n", en[i], sw[i])
	}
	b.WriteString("</body></tmx>\n")
	path := filepath.Join(t.TempDir(), "mismatched.tmx")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

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
		Stdout: &stdout, Stderr: &stderr, Version: "test", dbFlag: db,
		Getenv: func(k string) string { return map[string]string{"TAFSIRI_DEFAULTS": "off"}[k] }} // the model alone
	if code := m.Run(t.Context(), []string{"translate", "--from", "en", "--to", "sw"}); code != ExitOK {
		t.Fatalf("translate exit %d: %s", code, stderr.String())
	}
	want := "Nawa mikono yako kwa sabuni.\n\nKliniki inafunguliwa saa 10:30.\n"
	if stdout.String() != want {
		t.Errorf("translate printed %q, want %q (one line per input line)", stdout.String(), want)
	}

	// On its own training sentences the model scores chrF 100.0 and BLEU
	// 100.0 (measured when these floors were set); a floor of 90 leaves room
	// for a changed tie between equal phrases, not for a wrong translation.
	chrF, bleu, sentences := evalScores(t, db, fixture("clinic.tmx"))
	if sentences != 6 || chrF < 90 || chrF > 100 || bleu < 70 || bleu > 100 {
		t.Errorf("eval on the training set: chrF %.1f, BLEU %.1f, %d sentences; want chrF 90–100, BLEU 70–100, 6 sentences", chrF, bleu, sentences)
	}
	// Against references that translate other sentences, the same model
	// scores chrF 7.7 and BLEU 4.7 (measured likewise): the printed numbers
	// measure the output against the references.
	chrF, bleu, sentences = evalScores(t, db, mismatchedTMX(t))
	if sentences != 4 || chrF > 20 || bleu > 10 {
		t.Errorf("eval against mismatched references: chrF %.1f, BLEU %.1f, %d sentences; want chrF at most 20, BLEU at most 10, 4 sentences", chrF, bleu, sentences)
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
		"line with invalid UTF-8": {[]string{"train", fixture("badutf8.tsv"), "--src", "en", "--tgt", "sw"}, "badutf8.tsv:2: invalid UTF-8 (byte 0xff at offset 6)"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			code, _, errOut := run(t, nil, append(tc.args, "--db", db)...)
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
