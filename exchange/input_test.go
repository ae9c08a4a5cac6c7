package exchange

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tafsiri/internal/textnorm/textnormtest"
	"tafsiri/storage"
)

func TestAMemoryImportDecodesUTF16(t *testing.T) {
	const tsv = "Wash your hands.\tLavez-vous les mains.\r\nDrink water.\tBuvez de l'eau.\r\n"
	want := []string{"Drink water.→Buvez de l'eau.", "Wash your hands.→Lavez-vous les mains."}
	tests := map[string]string{
		"UTF-16LE with BOM":    textnormtest.UTF16LE(tsv, true),
		"UTF-16LE without BOM": textnormtest.UTF16LE(tsv, false),
		"UTF-16BE without BOM": textnormtest.UTF16BE(tsv, false),
	}
	for name, file := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t)
			rep, err := ImportMemory(ctx, st, strings.NewReader(file), "pairs.tsv", "en", "fr", "import")
			if err != nil {
				t.Fatal(err)
			}
			if rep.Added != 2 || len(rep.Skipped) != 0 {
				t.Errorf("report = %+v, want 2 added and none skipped", rep)
			}
			if got := storedPairs(t, st); !reflect.DeepEqual(got, want) {
				t.Errorf("stored %q, want %q", got, want)
			}
		})
	}
}

func TestImportsRefuseWhatIsNotTextAndKeepNothing(t *testing.T) {
	const badLine3 = "\xff on line 3"
	tests := map[string]struct {
		name, file string
		glossary   bool
		want       string
	}{
		"TSV memory": {name: "pairs.tsv", file: "one\tun\ntwo\tdeux\nthree" + badLine3 + "\ttrois\n",
			want: "read pairs.tsv:3: invalid UTF-8 (byte 0xff at offset 5)"},
		"TSV memory, NUL": {name: "pairs.tsv", file: "one\tun\ntwo\tdeux\nthree\x00\ttrois\n",
			want: "read pairs.tsv:3: NUL byte at offset 5"},
		"CSV glossary": {name: "terms.csv", file: "en,fr\nhouse,maison\nthree" + badLine3 + ",trois\n", glossary: true,
			want: "read terms.csv:3: invalid UTF-8 (byte 0xff at offset 5)"},
		"TBX glossary": {name: "terms.tbx", glossary: true, want: "read terms.tbx:3: XML syntax error: invalid UTF-8",
			file: "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n" +
				"<conceptEntry id=\"1\"><langSec xml:lang=\"en\"><termSec><term>three" + badLine3 + "</term></termSec></langSec></conceptEntry>\n" +
				"</body></text></tbx>\n"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t)
			var err error
			if tt.glossary {
				err = importGlossaryText(ctx, st, tt.name, tt.file)
			} else {
				_, err = ImportMemory(ctx, st, strings.NewReader(tt.file), tt.name, "en", "fr", "import")
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want one starting %q", err, tt.want)
			}
			if got := storedPairs(t, st); len(got) != 0 {
				t.Errorf("a refused import left segments: %q", got)
			}
			concepts, err := st.Concepts(ctx, storage.ConceptFilter{})
			if err != nil || len(concepts) != 0 {
				t.Errorf("a refused import left %d concepts (%v)", len(concepts), err)
			}
		})
	}
}

// importGlossaryText imports file, named name, as a glossary.
func importGlossaryText(ctx context.Context, st *storage.Store, name, file string) error {
	g, err := ReadGlossary(strings.NewReader(file), name, "", "")
	if err != nil {
		return err
	}
	_, err = ImportGlossary(ctx, st, g, "test")
	return err
}

func TestAUTF16GlossaryIsReadAsText(t *testing.T) {
	const table = "en\tfr\r\nhouse\tmaison\r\nwater\teau\r\n"
	tests := map[string]struct {
		name, file string
	}{
		// What Excel saves as "Unicode text", here under a .csv name.
		"tab-separated UTF-16LE with BOM, .csv": {name: "terms.csv", file: textnormtest.UTF16LE(table, true)},
		"comma CSV in UTF-16BE with BOM":        {name: "terms.csv", file: textnormtest.UTF16BE(strings.ReplaceAll(table, "\t", ","), true)},
		"UTF-16LE without BOM, .txt":            {name: "terms.txt", file: textnormtest.UTF16LE(table, false)},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			concepts, skipped, err := ReadGlossaryFile(path, "", "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range concepts {
				for _, term := range c.Terms {
					got = append(got, term.Lang+":"+term.Text)
				}
			}
			want := []string{"en:house", "fr:maison", "en:water", "fr:eau"}
			if !reflect.DeepEqual(got, want) || len(skipped) != 0 {
				t.Errorf("terms = %q, skipped %q; want %q and none skipped", got, skipped, want)
			}
		})
	}
}

// storedPairs returns every segment of st as "source→target", sorted by
// source, failing on a NUL byte, which no text holds.
func storedPairs(tb testing.TB, st *storage.Store) []string {
	tb.Helper()
	segs, err := st.Segments(context.Background(), "", "")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, s := range segs {
		if strings.ContainsRune(s.Source+s.Target, 0) {
			tb.Errorf("segment %q→%q holds a NUL byte", s.Source, s.Target)
		}
		out = append(out, s.Source+"→"+s.Target)
	}
	slices.Sort(out)
	return out
}
