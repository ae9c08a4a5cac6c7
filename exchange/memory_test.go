package exchange

import (
	"context"
	"strings"
	"testing"
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
