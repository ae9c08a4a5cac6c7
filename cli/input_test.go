package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"tafsiri/glossary"
	"tafsiri/internal/textnorm/textnormtest"
	"tafsiri/memory"
	"tafsiri/storage"
)

// runStdin is run with stdin as standard input and defaults off.
func runStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr, Version: "test",
		Getenv: func(k string) string {
			if k == "TAFSIRI_DEFAULTS" {
				return "off"
			}
			return ""
		}}
	code := m.Run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

// stored returns the memory segments and glossary concepts of the database at path.
func stored(t *testing.T, path string) ([]memory.Segment, []glossary.Concept) {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	}()
	segs, err := st.Segments(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	concepts, err := st.Concepts(ctx, storage.ConceptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return segs, concepts
}

func TestImportsReadUTF16AndRefuseWhatIsNotText(t *testing.T) {
	const tsv = "Wash your hands.\tLavez-vous les mains.\r\nDrink water.\tBuvez de l'eau.\r\n"
	const csv = "en,fr\r\nhouse,maison\r\nwater,eau\r\n"
	tests := map[string]struct {
		command, name, file string
		wantOut, wantErr    string // wantErr empty: exit 0
		wantSegs, wantTerms int
	}{
		"UTF-16LE TSV with BOM": {command: "tm", name: "pairs.tsv", file: textnormtest.UTF16LE(tsv, true),
			wantOut: "imported 2 en→fr segments from pairs.tsv; skipped 0", wantSegs: 2},
		"UTF-16LE TSV without BOM": {command: "tm", name: "pairs.tsv", file: textnormtest.UTF16LE(tsv, false),
			wantOut: "imported 2 en→fr segments from pairs.tsv; skipped 0", wantSegs: 2},
		"UTF-16BE TSV without BOM": {command: "tm", name: "pairs.tsv", file: textnormtest.UTF16BE(tsv, false),
			wantOut: "imported 2 en→fr segments from pairs.tsv; skipped 0", wantSegs: 2},
		"TSV with invalid UTF-8 on line 3": {command: "tm", name: "pairs.tsv", file: "one\tun\ntwo\tdeux\nthr\xffee\ttrois\nfour\tquatre\n",
			wantErr: "tafsiri: tm: read pairs.tsv:3: invalid UTF-8 (byte 0xff at offset 3)\n"},
		"UTF-16 CSV with BOM (Excel Unicode text)": {command: "glossary", name: "terms.csv",
			file:    textnormtest.UTF16LE(strings.ReplaceAll(csv, ",", "\t"), true),
			wantOut: "imported 2 concepts and 4 terms from ", wantTerms: 2},
		"UTF-16 comma CSV with BOM": {command: "glossary", name: "terms.csv", file: textnormtest.UTF16BE(csv, true),
			wantOut: "imported 2 concepts and 4 terms from ", wantTerms: 2},
		"CSV with invalid UTF-8 on line 3": {command: "glossary", name: "terms.csv", file: "en,fr\nhouse,maison\nwat\xe9r,eau\n",
			wantErr: "tafsiri: glossary: read terms.csv:3: invalid UTF-8 (byte 0xe9 at offset 3)\n"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "x.db")
			args := []string{"--db", db, tt.command, "import", writeFile(t, tt.name, tt.file)}
			if tt.command == "tm" {
				args = append(args, "--src", "en", "--tgt", "fr")
			}
			code, out, errOut := run(t, nil, args...)
			switch {
			case tt.wantErr == "" && (code != ExitOK || !strings.Contains(out, tt.wantOut)):
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", code, out, errOut, tt.wantOut)
			case tt.wantErr != "" && (code != ExitFailure || errOut != tt.wantErr):
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, ExitFailure, tt.wantErr)
			}
			segs, concepts := stored(t, db)
			if len(segs) != tt.wantSegs || len(concepts) != tt.wantTerms {
				t.Errorf("the database holds %d segments and %d concepts, want %d and %d", len(segs), len(concepts), tt.wantSegs, tt.wantTerms)
			}
			for _, s := range segs {
				if strings.ContainsRune(s.Source+s.Target, 0) || !strings.HasSuffix(s.Source, ".") {
					t.Errorf("stored segment %q → %q", s.Source, s.Target)
				}
			}
		})
	}
}

func TestTranslateReadsUTF16AndRefusesWhatIsNotText(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errOut := run(t, nil, "--db", db, "train", fixture("clinic.tmx"), "--lm-order", "3"); code != ExitOK {
		t.Fatal(errOut)
	}
	const text = "Wash your hands with soap.\r\nThe clinic opens at 10:30.\r\n"
	const want = "Nawa mikono yako kwa sabuni.\nKliniki inafunguliwa saa 10:30.\n"
	tests := map[string]struct {
		stdin            string
		wantOut, wantErr string // wantErr empty: exit 0
	}{
		"UTF-8":                {stdin: text, wantOut: want},
		"UTF-16LE with BOM":    {stdin: textnormtest.UTF16LE(text, true), wantOut: want},
		"UTF-16BE with BOM":    {stdin: textnormtest.UTF16BE(text, true), wantOut: want},
		"UTF-16LE without BOM": {stdin: textnormtest.UTF16LE(text, false), wantOut: want},
		"invalid UTF-8 on line 2": {stdin: "Wash your hands with soap.\nThe clinic \xffopens.\n",
			wantErr: "tafsiri: translate: read standard input:2: invalid UTF-8 (byte 0xff at offset 11)\n"},
		"NUL byte": {stdin: "Wash\x00 your hands.\n",
			wantErr: "tafsiri: translate: read standard input:1: NUL byte at offset 4 (binary data, or UTF-16 without its byte order mark?)\n"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runStdin(t, tt.stdin, "--db", db, "translate", "--from", "en", "--to", "sw")
			switch {
			case tt.wantErr == "" && (code != ExitOK || out != tt.wantOut):
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", code, out, errOut, tt.wantOut)
			case tt.wantErr != "" && (code != ExitFailure || out != "" || errOut != tt.wantErr):
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, nothing printed and %q", code, out, errOut, ExitFailure, tt.wantErr)
			}
		})
	}
}

func TestDetectReadsAUTF16File(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errOut := run(t, nil, "--db", db, "tm", "import", fixture("clinic.tmx")); code != ExitOK {
		t.Fatal(errOut)
	}
	file := writeFile(t, "in.txt", textnormtest.UTF16LE("Nawa mikono yako kwa sabuni.\n", true))
	code, out, errOut := run(t, nil, "--db", db, "detect", "--langs", "en,sw", file)
	if code != ExitOK || !strings.HasPrefix(out, "sw\t") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q; want one line, sw", code, out, errOut)
	}
}
