package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"tafsiri/storage"
	"tafsiri/translate"
)

// clinicLexiconTSV is a small lexicon in the team's format.
const clinicLexiconTSV = `# source: Tafsiri team lexicon 1
# licence: CC BY 4.0
en	pos	es-419	sw
foot|feet	noun	pie|pies	mguu|miguu
fever	noun	fiebre	homa
`

func TestLexiconImportListSearchAndExportThroughTheCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lex.db")
	code, out, errOut := run(t, nil, "--db", db, "lexicon", "import", writeFile(t, "lexicon.tsv", clinicLexiconTSV))
	if code != ExitOK || out != "" || !strings.Contains(errOut, "imported 4 lexicon entries from lexicon.tsv (Tafsiri team lexicon 1); skipped 0; already there 0") {
		t.Fatalf("lexicon import: exit %d\nstdout %q\nstderr %s", code, out, errOut)
	}
	cases := map[string]struct {
		args []string
		want string
	}{
		"list all": {[]string{"list"}, "en\tfever\tnoun\tes-419\tfiebre\tTafsiri team lexicon 1\n" +
			"en\tfever\tnoun\tsw\thoma\tTafsiri team lexicon 1\n" +
			"en\tfoot|feet\tnoun\tes-419\tpie|pies\tTafsiri team lexicon 1\n" +
			"en\tfoot|feet\tnoun\tsw\tmguu|miguu\tTafsiri team lexicon 1\n"},
		"list a pair, from its source": {[]string{"list", "--src", "sw", "--tgt", "en"}, "sw\thoma\tnoun\ten\tfever\tTafsiri team lexicon 1\n" +
			"sw\tmguu|miguu\tnoun\ten\tfoot|feet\tTafsiri team lexicon 1\n"},
		"search a form":  {[]string{"search", "--src", "en", "--tgt", "es", "feet"}, "en\tfoot|feet\tnoun\tes-419\tpie|pies\tTafsiri team lexicon 1\n"},
		"search nothing": {[]string{"search", "xylophone"}, ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			code, out, errOut := run(t, nil, append([]string{"--db", db, "lexicon"}, c.args...)...)
			if code != ExitOK || out != c.want {
				t.Errorf("lexicon %s: exit %d\nstdout %q\nwant   %q\nstderr %s", strings.Join(c.args, " "), code, out, c.want, errOut)
			}
		})
	}
	file := filepath.Join(t.TempDir(), "export.tsv")
	if code, _, errOut := run(t, nil, "--db", db, "lexicon", "export", file); code != ExitOK || !strings.Contains(errOut, "exported 4 lexicon entries") {
		t.Fatalf("lexicon export: exit %d: %s", code, errOut)
	}
	again := filepath.Join(t.TempDir(), "again.db")
	if code, _, errOut := run(t, nil, "--db", again, "lexicon", "import", file); code != ExitOK || !strings.Contains(errOut, "imported 4 lexicon entries") {
		t.Errorf("re-import of the export: exit %d: %s", code, errOut)
	}
	if code, _, errOut := run(t, nil, "--db", db, "lexicon", "delete", "--source", "Tafsiri team lexicon 1"); code != ExitOK || !strings.Contains(errOut, "deleted 4 lexicon entries") {
		t.Errorf("lexicon delete: exit %d: %s", code, errOut)
	}
}

func TestALexiconWithABadLineIsRefusedWithItsLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lex.db")
	bad := writeFile(t, "lexicon.tsv", clinicLexiconTSV+"hand||hands\tnoun\tmano\n")
	code, out, errOut := run(t, nil, "--db", db, "lexicon", "import", bad)
	if code != ExitFailure || !strings.Contains(errOut, "lexicon.tsv:6: ") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q; want one line naming lexicon.tsv:6", code, errOut)
	}
	if _, out, _ = run(t, nil, "--db", db, "lexicon", "list"); out != "" {
		t.Errorf("after a refused import the lexicon lists:\n%s", out)
	}
}

func TestLexiconImportReadsAFolderOfFreeDictDictionaries(t *testing.T) {
	dir := t.TempDir()
	article := "fever /fiːvə/ <n>\n\nhoma\n"
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write([]byte(article)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	index := fmt.Sprintf("fever\tA\t%c\n", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[len(article)])
	for name, data := range map[string][]byte{"freedict-eng-swh.index": []byte(index), "freedict-eng-swh.dict.dz": z.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "lex.db")
	if code, _, errOut := run(t, nil, "--db", db, "lexicon", "import", dir); code != ExitOK || !strings.Contains(errOut, "imported 1 lexicon entries from freedict-eng-swh (FreeDict eng-swh)") {
		t.Fatalf("import of a folder: exit %d: %s", code, errOut)
	}
	if _, out, _ := run(t, nil, "--db", db, "lexicon", "search", "homa"); out != "en\tfever\tnoun\tsw\thoma\tFreeDict eng-swh\n" {
		t.Errorf("search homa: %q", out)
	}
}

func TestLexiconImportsTheInstalledFreeDictPackage(t *testing.T) {
	const index = "/usr/share/dictd/freedict-eng-spa.index"
	if _, err := os.Stat(index); err != nil {
		t.Skipf("%s is not installed (apt-get install dict-freedict-eng-spa; scripts/install-deps does): %v", index, err)
	}
	db := filepath.Join(t.TempDir(), "lex.db")
	code, _, errOut := run(t, nil, "--db", db, "lexicon", "import", index)
	if code != ExitOK || !strings.Contains(errOut, "lexicon entries from freedict-eng-spa (FreeDict eng-spa ") {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if _, out, _ := run(t, nil, "--db", db, "lexicon", "search", "--src", "en", "--tgt", "es", "fever"); !strings.Contains(out, "en\tfever\t\tes\tfiebre\tFreeDict eng-spa") {
		t.Errorf("search fever: %q", out)
	}
}

// countingLexicon counts the lookups of the lexicon it wraps.
type countingLexicon struct {
	translate.Lexicon
	calls atomic.Int64
}

func (c *countingLexicon) LexiconLookup(ctx context.Context, src, tgt string, keys []string) (map[string][]translate.LexEntry, error) {
	c.calls.Add(1)
	return c.Lexicon.LexiconLookup(ctx, src, tgt, keys)
}

// requireLexiconHook fails when the engine never asks its lexicon.
func requireLexiconHook(t *testing.T, db string) {
	t.Helper()
	err := useStore(context.Background(), db, func(st *storage.Store) error {
		lex := &countingLexicon{Lexicon: st}
		engine := translate.NewEngine(st)
		engine.Lexicon = lex
		if _, err := engine.Translate(context.Background(), "en", "sw", "Fever is common."); err != nil {
			return err
		}
		if lex.calls.Load() == 0 {
			t.Fatal("the engine never asks its lexicon")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// clinicWithLexicon returns a database with the clinic model trained
// (en–sw) and clinicLexiconTSV imported.
func clinicWithLexicon(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errOut := run(t, nil, "train", fixture("clinic.tmx"), "--db", db, "--lm-order", "3"); code != ExitOK {
		t.Fatalf("train: %s", errOut)
	}
	if code, _, errOut := run(t, nil, "--db", db, "lexicon", "import", writeFile(t, "lexicon.tsv", clinicLexiconTSV)); code != ExitOK {
		t.Fatalf("lexicon import: %s", errOut)
	}
	return db
}

func TestExplainSaysAWordCameFromTheDictionary(t *testing.T) {
	db := clinicWithLexicon(t)
	requireLexiconHook(t, db)
	code, out, errOut := run(t, nil, "--db", db, "translate", "--from", "en", "--to", "sw", "--explain", writeFile(t, "in.txt", "Boil the water for fever.\n"))
	if code != ExitOK {
		t.Fatalf("translate: exit %d: %s", code, errOut)
	}
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, `"fever"`) {
			line = l
		}
	}
	if !strings.HasPrefix(strings.TrimSpace(line), "dictionary") || !strings.Contains(line, `"homa" ← "fever"`) {
		t.Errorf("--explain printed:\n%s\nwant fever's line to say dictionary, homa ← fever", out)
	}
}

// eval translates as the app does: a word only the lexicon knows is
// translated in the output it scores.
func TestEvalTranslatesWithTheLexicon(t *testing.T) {
	db := clinicWithLexicon(t)
	tmx := writeFile(t, "test.tmx", `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="none" adminlang="en" datatype="plaintext" creationtool="test" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en"><seg>Boil the water for fever.</seg></tuv><tuv xml:lang="sw"><seg>Chemsha maji kwa homa.</seg></tuv></tu>
</body></tmx>
`)
	hyps := filepath.Join(t.TempDir(), "hyps.txt")
	if code, _, errOut := run(t, nil, "--db", db, "eval", "--from", "en", "--to", "sw", "--tmx", tmx, "--hyps", hyps); code != ExitOK {
		t.Fatalf("eval: %s", errOut)
	}
	out, err := os.ReadFile(hyps)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "homa") {
		t.Errorf("eval translated %q, want the lexicon's homa for fever", out)
	}
}
