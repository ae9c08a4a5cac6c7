package exchange

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tafsiri/lexicon"
	"tafsiri/storage"
	"tafsiri/translate"
)

// teamLexicon is a lexicon in the team's format.
const teamLexicon = `# source: Tafsiri team lexicon 1
# licence: CC BY 4.0
en	pos	es-419	fr	sw
foot|feet	noun	pie|pies	pied|pieds	mguu|miguu
fever	noun	fiebre	fièvre	homa
`

// writeTestFile writes text to name in a fresh folder and returns its path.
func writeTestFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeFreeDict writes a dictd dictionary of articles (headword → article,
// in the order given as pairs) as dir/name.index and dir/name.dict.dz.
func writeFreeDict(t *testing.T, dir, name string, articles ...string) {
	t.Helper()
	var body, index bytes.Buffer
	for i := 0; i+1 < len(articles); i += 2 {
		fmt.Fprintf(&index, "%s\t%s\t%s\n", articles[i], dictdNumber(body.Len()), dictdNumber(len(articles[i+1])))
		body.WriteString(articles[i+1])
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write(body.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for file, data := range map[string][]byte{name + ".index": index.Bytes(), name + ".dict.dz": z.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, file), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// dictdNumber writes n in dictd's base64 digits.
func dictdNumber(n int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	s := string(digits[n%64])
	for n /= 64; n > 0; n /= 64 {
		s = string(digits[n%64]) + s
	}
	return s
}

// freeDictInfo is the information article of a test dictionary.
const freeDictInfo = "Test FreeDict Dictionary\n\nEdition: 1.2\n\nAvailability:\n\n" +
	"    Available under the terms of the GNU General Public License ver. 3.0 and\n  any later version.\n"

// translations shows the src→tgt lookup of keys as "key>translation" lines, sorted by key.
func translations(t *testing.T, st *storage.Store, src, tgt string, keys ...string) []string {
	t.Helper()
	hits, err := st.LexiconLookup(context.Background(), src, tgt, keys)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, k := range keys {
		for _, e := range hits[k] {
			out = append(out, k+">"+e.Translation(e.Form))
		}
	}
	return out
}

func TestImportLexiconReadsTheTeamsTSV(t *testing.T) {
	st := openStore(t)
	rep, err := ImportLexicon(context.Background(), st, writeTestFile(t, "lexicon.tsv", teamLexicon), LexiconOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 6 || !reflect.DeepEqual(rep.Sources, []string{"Tafsiri team lexicon 1"}) {
		t.Errorf("report %+v, want 6 entries of the team's lexicon", rep)
	}
	if got, want := translations(t, st, "en", "es-419", "feet", "fever"), []string{"feet>pies", "fever>fiebre"}; !reflect.DeepEqual(got, want) {
		t.Errorf("en→es-419: %q, want %q", got, want)
	}
	if got, want := translations(t, st, "sw", "en", "miguu"), []string{"miguu>feet"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sw→en: %q, want %q", got, want)
	}
}

func TestALexiconWithABadLineImportsNothing(t *testing.T) {
	st := openStore(t)
	path := writeTestFile(t, "lexicon.tsv", teamLexicon+"hand|\tnoun\tmano\n")
	_, err := ImportLexicon(context.Background(), st, path, LexiconOptions{})
	if !errors.Is(err, lexicon.ErrFormat) || !strings.Contains(err.Error(), "lexicon.tsv:6") {
		t.Errorf("error %v, want the format error of lexicon.tsv:6", err)
	}
	if n, err := st.CountLexicon(context.Background(), "", ""); err != nil || n != 0 {
		t.Errorf("the lexicon holds %d entries (%v) after a failed import, want none", n, err)
	}
}

func TestImportLexiconImportsEveryFreeDictDictionaryOfAFolder(t *testing.T) {
	dir := t.TempDir()
	writeFreeDict(t, dir, "freedict-eng-swh", "00databaseinfo", freeDictInfo,
		"fever", "fever /fiːvə/ <n>\n\nhoma\n", "step-", "step- /stɛp/\n\nkambo\n")
	writeFreeDict(t, dir, "freedict-eng-fra", "00databaseinfo", freeDictInfo, "fever", "fever /fiːvə/\nfièvre\n")
	if err := os.WriteFile(filepath.Join(dir, "wn.index"), []byte("not a FreeDict dictionary\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	rep, err := ImportLexicon(context.Background(), st, dir, LexiconOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := &LexiconReport{Files: []string{"freedict-eng-fra", "freedict-eng-swh"},
		Sources: []string{"FreeDict eng-fra 1.2", "FreeDict eng-swh 1.2"}, Added: 2,
		Skipped: []lexicon.Skip{{Where: "freedict-eng-swh.index:3", Reason: "the headword “step-” is an affix, not a word"}}}
	if !reflect.DeepEqual(rep, want) {
		t.Errorf("report\n got %+v\nwant %+v", rep, want)
	}
	entries, _, err := st.LexiconEntries(context.Background(), storage.LexiconQuery{Src: "en", Tgt: "sw"})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].TgtText() != "homa" || entries[0].POS != "noun" ||
		entries[0].Licence != "Available under the terms of the GNU General Public License ver. 3.0 and any later version." {
		t.Errorf("en→sw entries %+v, want homa, a noun, under the dictionary's licence", entries)
	}
}

func TestImportLexiconFindsADictionarysOtherFile(t *testing.T) {
	dir := t.TempDir()
	writeFreeDict(t, dir, "freedict-eng-swh", "fever", "fever /fiːvə/\n\nhoma\n")
	for _, name := range []string{"freedict-eng-swh.index", "freedict-eng-swh.dict.dz"} {
		t.Run(name, func(t *testing.T) {
			rep, err := ImportLexicon(context.Background(), openStore(t), filepath.Join(dir, name), LexiconOptions{})
			if err != nil || rep.Added != 1 {
				t.Errorf("import %s: %+v, %v; want the dictionary's entry", name, rep, err)
			}
		})
	}
	if err := os.Remove(filepath.Join(dir, "freedict-eng-swh.dict.dz")); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportLexicon(context.Background(), openStore(t), filepath.Join(dir, "freedict-eng-swh.index"), LexiconOptions{}); !errors.Is(err, ErrNoLexicon) {
		t.Errorf("an index without its articles: %v, want ErrNoLexicon", err)
	}
}

func TestTheLanguagesOfADictionaryCanBeGiven(t *testing.T) {
	dir := t.TempDir()
	writeFreeDict(t, dir, "kamusi", "fever", "fever\nhoma\n")
	st := openStore(t)
	if _, err := ImportLexicon(context.Background(), st, filepath.Join(dir, "kamusi.index"), LexiconOptions{}); err == nil {
		t.Error("a dictionary whose name says no languages was imported without them")
	}
	if _, err := ImportLexicon(context.Background(), st, filepath.Join(dir, "kamusi.index"), LexiconOptions{Src: "en", Tgt: "sw"}); err != nil {
		t.Fatal(err)
	}
	if got := translations(t, st, "en", "sw", "fever"); !reflect.DeepEqual(got, []string{"fever>homa"}) {
		t.Errorf("en→sw: %q", got)
	}
}

func TestANewVersionOfALexiconReplacesTheOld(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if _, err := ImportLexicon(ctx, st, writeTestFile(t, "lexicon.tsv", teamLexicon), LexiconOptions{}); err != nil {
		t.Fatal(err)
	}
	v2 := strings.Replace(teamLexicon, "fever\tnoun\tfiebre\tfièvre\thoma\n", "fever\tnoun\tcalentura\n", 1)
	rep, err := ImportLexicon(ctx, st, writeTestFile(t, "lexicon.tsv", v2), LexiconOptions{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Replaced != 6 || rep.Added != 4 {
		t.Errorf("report %+v, want the 6 old entries replaced by 4", rep)
	}
	if got := translations(t, st, "en", "es-419", "fever"); !reflect.DeepEqual(got, []string{"fever>calentura"}) {
		t.Errorf("after the new version: %q", got)
	}
}

func TestAnExportedLexiconImportsAsItWas(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	if _, err := ImportLexicon(ctx, st, writeTestFile(t, "lexicon.tsv", teamLexicon), LexiconOptions{}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "export.tsv")
	if n, err := ExportLexicon(ctx, st, out, "en"); err != nil || n != 6 {
		t.Fatalf("exported %d entries (%v), want 6", n, err)
	}
	again := openStore(t)
	rep, err := ImportLexicon(ctx, again, out, LexiconOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 6 || !reflect.DeepEqual(rep.Sources, []string{"Tafsiri team lexicon 1"}) {
		t.Errorf("re-import of the export: %+v", rep)
	}
	first, _, err := st.LexiconEntries(ctx, storage.LexiconQuery{})
	if err != nil {
		t.Fatal(err)
	}
	second, _, err := again.LexiconEntries(ctx, storage.LexiconQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range first {
		first[i].ID, second[i].ID = 0, 0
	}
	if !reflect.DeepEqual(first, second) {
		t.Errorf("entries after the round trip\n got %+v\nwant %+v", second, first)
	}
	if _, err := ExportLexicon(ctx, st, st.Path(), "en"); !errors.Is(err, ErrDatabaseTarget) {
		t.Errorf("export over the database: %v, want ErrDatabaseTarget", err)
	}
}

func TestImportsTheInstalledFreeDictDictionaries(t *testing.T) {
	const index = "/usr/share/dictd/freedict-eng-spa.index"
	if _, err := os.Stat(index); err != nil {
		t.Skipf("%s is not installed (apt-get install dict-freedict-eng-spa; scripts/install-deps does): %v", index, err)
	}
	st := openStore(t)
	rep, err := ImportLexicon(context.Background(), st, index, LexiconOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added < 5000 || len(rep.Sources) != 1 || !strings.HasPrefix(rep.Sources[0], "FreeDict eng-spa ") {
		t.Errorf("report %+v, want thousands of FreeDict eng-spa entries", rep)
	}
	if got := translations(t, st, "en", "es-419", "fever"); !reflect.DeepEqual(got, []string{"fever>fiebre"}) {
		t.Errorf("en→es-419 fever: %q, want fiebre", got)
	}
}

func TestTrainingDataHoldsTheLexiconsFormsWithTheirTranslations(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if _, err := ImportLexicon(ctx, st, writeTestFile(t, "lexicon.tsv", teamLexicon), LexiconOptions{}); err != nil {
		t.Fatal(err)
	}
	opt, err := StoredTrainingData(ctx, st, "en", "es-419")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []translate.Pair{{Src: "foot", Tgt: "pie"}, {Src: "feet", Tgt: "pies"}} {
		if !slices.Contains(opt.Terms, want) {
			t.Errorf("training pairs %v lack %v", opt.Terms, want)
		}
	}
}
