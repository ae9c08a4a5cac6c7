package exchange

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tafsiri/memory"
	"tafsiri/storage"
)

func TestAMemoryImportIsAllOrNothing(t *testing.T) {
	const head = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en"` +
		` creationtool="t" creationtoolversion="1" o-tmf="t" datatype="plaintext"/><body>`
	const unit = `<tu><tuv xml:lang="en"><seg>Wash your hands.</seg></tuv><tuv xml:lang="sw"><seg>Nawa mikono.</seg></tuv></tu>`
	cases := map[string]struct {
		file      string
		wantAdded int
		wantErr   string
	}{
		"whole file":           {head + unit + "\n</body></tmx>", 1, ""},
		"broken after a unit":  {head + unit + "\n<tu><tuv xml:lang=\"en\"><seg>Boil water.</seg></tuv>\n</body></tmx>", 0, "memory.tmx:3"},
		"no translation units": {head + "</body></tmx>", 0, "no translation units"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			st := openStore(t)
			rep, err := ImportMemory(context.Background(), st, strings.NewReader(c.file), "memory.tmx", "", "", "import")
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want one naming %q", err, c.wantErr)
				}
			} else if err != nil || rep.Added != c.wantAdded {
				t.Fatalf("report %+v, err %v; want %d added", rep, err, c.wantAdded)
			}
			segs, err := st.Segments(context.Background(), "", "")
			if err != nil || len(segs) != c.wantAdded {
				t.Errorf("the store holds %d segments (%v), want %d", len(segs), err, c.wantAdded)
			}
		})
	}
}

func TestAMemoryImportKeepsEveryLanguageOfItsUnits(t *testing.T) {
	const file = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en"` +
		` creationtool="t" creationtoolversion="1" o-tmf="t" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Wash your hands.</seg></tuv><tuv xml:lang="es-419"><seg>Lávese las manos.</seg></tuv>` +
		`<tuv xml:lang="fr"><seg>Lavez-vous les mains.</seg></tuv><tuv xml:lang="sw"><seg>Nawa mikono.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Boil the water.</seg></tuv><tuv xml:lang="fr"><seg>Faites bouillir l'eau.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Seulement en français.</seg></tuv></tu>
</body></tmx>`
	ctx := context.Background()
	st := openStore(t)
	rep, err := ImportMemory(ctx, st, strings.NewReader(file), "three.tmx", "", "", "import")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Src != "en" || strings.Join(rep.Tgts, ",") != "es-419,fr,sw" || rep.Added != 4 || len(rep.Skipped) != 1 ||
		!strings.HasPrefix(rep.Skipped[0].Where, "three.tmx:4") {
		t.Errorf("report = %+v; want en → es-419, fr, sw, 4 added, the French-only unit at line 4 skipped", rep)
	}
	found, err := st.Exact(ctx, "sw", "es-419", memory.Key("sw", "Nawa mikono."))
	if err != nil || len(found) != 1 || found[0].Target != "Lávese las manos." {
		t.Errorf("Exact sw→es-419 = %+v, %v; want the Spanish of the same unit", found, err)
	}
	only, err := ImportMemory(ctx, openStore(t), strings.NewReader(file), "three.tmx", "en", "fr", "import")
	if err != nil || only.Added != 2 || strings.Join(only.Tgts, ",") != "fr" {
		t.Errorf("with --tgt fr: %+v, %v; want the 2 en→fr segments only", only, err)
	}
}

func TestAMemoryExportWritesEachSentenceOnceWithAllItsLanguages(t *testing.T) {
	const file = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en"` +
		` creationtool="t" creationtoolversion="1" o-tmf="t" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Wash your hands.</seg></tuv><tuv xml:lang="es-419"><seg>Lávese las manos.</seg></tuv>` +
		`<tuv xml:lang="fr"><seg>Lavez-vous les mains.</seg></tuv><tuv xml:lang="sw"><seg>Nawa mikono.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Boil the water.</seg></tuv><tuv xml:lang="fr"><seg>Faites bouillir l'eau.</seg></tuv></tu>
</body></tmx>`
	ctx := context.Background()
	st := openStore(t)
	if _, err := ImportMemory(ctx, st, strings.NewReader(file), "in.tmx", "", "", "import"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.tmx")
	if _, err := ExportMemory(ctx, st, path, "", ""); err != nil {
		t.Fatal(err)
	}
	back := openStore(t)
	rep, err := importFile(t, back, path)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 4 || strings.Join(rep.Tgts, ",") != "es-419,fr,sw" {
		t.Errorf("re-import: %+v; want the 4 segments in es-419, fr and sw", rep)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "<tu "); n != 2 {
		t.Errorf("the export holds %d units, want 2 (one per English sentence):\n%s", n, data)
	}
	if found, err := back.Exact(ctx, "fr", "sw", memory.Key("fr", "Lavez-vous les mains.")); err != nil || len(found) != 1 {
		t.Errorf("after the round trip fr→sw = %+v, %v; want the unit's Swahili", found, err)
	}
}

// importFile imports the TMX file path into st with every language kept.
func importFile(t *testing.T, st *storage.Store, path string) (*MemoryReport, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	}()
	return ImportMemory(context.Background(), st, f, filepath.Base(path), "", "", "import")
}
