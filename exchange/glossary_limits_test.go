package exchange

import (
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestAGlossaryImportReportsWhatItLeftOut(t *testing.T) {
	long := strings.Repeat("a", 1025)
	csv := "en,xx yy,sw\n" +
		"mask,barakoa?,barakoa\n" +
		long + ",,neno\n" +
		"fever,,homa\n"
	g, err := ReadGlossary(strings.NewReader(csv), "terms.csv", "", "")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ImportGlossary(context.Background(), openStore(t), g, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Concepts != 2 || rep.Terms != 4 {
		t.Errorf("imported %d concepts and %d terms, want 2 and 4", rep.Concepts, rep.Terms)
	}
	want := []string{
		`terms.csv:1: column 2: "xx yy" is neither a language tag nor a known column name; skipped`,
		"terms.csv:3: en term of 1025 bytes is longer than the 1 KiB limit",
	}
	if !slices.Equal(rep.Skipped, want) {
		t.Errorf("skipped = %q, want %q", rep.Skipped, want)
	}
}

func TestAGlossaryTagIsNamedBrieflyWhenRefused(t *testing.T) {
	tbx := `<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1"><langSet xml:lang="en"><tig><term>mask</term></tig></langSet>
<langSet xml:lang="en-x-` + strings.Repeat("abcdefgh-", 1000) + `a"><tig><term>x</term></tig></langSet></termEntry>
</body></text></martif>`
	g, err := ReadGlossary(strings.NewReader(tbx), "long.tbx", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := g.Next(); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	skipped := g.Skipped()
	if len(skipped) != 1 || len(skipped[0]) > 200 || !strings.Contains(skipped[0], "not a BCP 47 tag of at most 64 bytes") {
		t.Errorf("skipped = %.300q, want one short line naming the tag", skipped)
	}
}
