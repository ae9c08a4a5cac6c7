package defaults

import (
	"context"
	"path/filepath"
	"testing"
	"testing/fstest"

	"tafsiri/storage"
)

func TestTheDefaultLexiconIsInstalledAndANewVersionReplacesTheOld(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	if n, err := installLexicon(ctx, st, fstest.MapFS{}, nil); err != nil || n != 0 {
		t.Errorf("without the file: %d entries, %v; want nothing done", n, err)
	}
	const header = "# source: Tafsiri team lexicon\nen\tpos\tes-419\tsw\n"
	v1 := fstest.MapFS{lexiconFile: {Data: []byte(header + "fever\tnoun\tfiebre\thoma\nfoot|feet\tnoun\tpie|pies\n")}}
	if n, err := installLexicon(ctx, st, v1, nil); err != nil || n != 3 {
		t.Fatalf("version 1: %d entries, %v; want 3", n, err)
	}
	v2 := fstest.MapFS{lexiconFile: {Data: []byte(header + "fever\tnoun\tfiebre\thoma\n")}}
	var stages []string
	if n, err := installLexicon(ctx, st, v2, func(s string) { stages = append(stages, s) }); err != nil || n != 2 {
		t.Fatalf("version 2: %d entries, %v; want 2", n, err)
	}
	if n, err := st.CountLexicon(ctx, "", ""); err != nil || n != 2 {
		t.Errorf("after version 2 the lexicon holds %d entries (%v), want its 2", n, err)
	}
	if len(stages) != 1 || stages[0] != "importing the default lexicon" {
		t.Errorf("progress heard %q", stages)
	}
}
