package translate

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func openFixture(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	})
	return f
}

func TestReadTMXMatchesLanguagesAndReportsSkippedUnits(t *testing.T) {
	c, err := ReadTMX(openFixture(t, "clinic.tmx"), "clinic.tmx", "en", "es")
	if err != nil {
		t.Fatal(err)
	}
	if c.Src != "en" || c.Tgt != "es-419" {
		t.Errorf("languages = %s→%s, want en→es-419 (the file's es-LA)", c.Src, c.Tgt)
	}
	if got, want := len(c.Pairs), 4; got != want {
		t.Errorf("pairs = %d, want %d", got, want)
	}
	if len(c.Skipped) != 1 || !strings.HasPrefix(c.Skipped[0].Where, "clinic.tmx:") ||
		!strings.Contains(c.Skipped[0].Reason, `unit "4" lacks`) {
		t.Errorf("skipped = %+v, want unit 4 with its line", c.Skipped)
	}
	if got, want := c.Pairs[3], (Pair{"The clinic opens at 8:00.", "La clínica abre a las 8:00."}); got != want {
		t.Errorf("TMX 1.1 lang attribute unit = %+v, want %+v", got, want)
	}
}

func TestReadTMXInfersLanguagesFromTheFile(t *testing.T) {
	c, err := ReadTMX(openFixture(t, "clinic.tmx"), "clinic.tmx", "", "")
	if err != nil || c.Src != "en" || c.Tgt != "es-419" {
		t.Fatalf("ReadTMX without languages = %v, %v; want en→es-419 from the header", c, err)
	}
	rev := c.Reverse()
	if rev.Src != "es-419" || rev.Pairs[0].Src != "Lávese las manos." {
		t.Errorf("Reverse = %s→%s %q", rev.Src, rev.Tgt, rev.Pairs[0].Src)
	}
}

func TestReadTMXRefusesALanguageTheFileLacks(t *testing.T) {
	_, err := ReadTMX(openFixture(t, "clinic.tmx"), "clinic.tmx", "en", "fr")
	if err == nil || !strings.Contains(err.Error(), "no fr") || !strings.Contains(err.Error(), "en, es-419") {
		t.Errorf("err = %v, want it to name the missing language and the file's languages", err)
	}
}

func TestReadTSVSkipsBadLinesWithTheirLineNumbers(t *testing.T) {
	c, err := ReadTSV(openFixture(t, "pairs.tsv"), "pairs.tsv", "en", "es-LA")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Pairs) != 2 {
		t.Errorf("pairs = %v, want 2", c.Pairs)
	}
	want := []Skip{
		{"pairs.tsv:2", "want 2 tab-separated columns, found 1"},
		{"pairs.tsv:3", "one side is empty"},
	}
	if len(c.Skipped) != len(want) || c.Skipped[0] != want[0] || c.Skipped[1] != want[1] {
		t.Errorf("skipped = %+v, want %+v", c.Skipped, want)
	}
}

func TestReadParallelRefusesFilesOfDifferentLengths(t *testing.T) {
	_, err := ReadParallel(openFixture(t, "a.txt"), openFixture(t, "b.txt"), "a.txt", "b.txt", "en", "es")
	if err == nil || !strings.Contains(err.Error(), "a.txt has more lines than b.txt (b.txt ends at line 2)") {
		t.Errorf("err = %v", err)
	}
}

func TestReadersNeedUsablePairs(t *testing.T) {
	_, err := ReadTSV(strings.NewReader("no tabs\n"), "x.tsv", "en", "es")
	if err == nil || !strings.Contains(err.Error(), "no usable en–es sentence pairs") {
		t.Errorf("err = %v", err)
	}
	_, err = ReadTSV(strings.NewReader("a\tb\n"), "x.tsv", "en", "en")
	if err == nil {
		t.Error("accepted the same language on both sides")
	}
}

func TestEachTSVPairStopsAtTheFirstErrorOfFn(t *testing.T) {
	stop := errors.New("store full")
	var got []Pair
	_, err := EachTSVPair(strings.NewReader("one\tuno\ntwo\tdos\nthree\ttres\n"), "pairs.tsv", "en", "es",
		func(_ *Corpus, p Pair) error {
			got = append(got, p)
			if len(got) == 2 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want the error fn returned", err)
	}
	if len(got) != 2 {
		t.Errorf("fn saw %d pairs, want reading to end at the second: %v", len(got), got)
	}
}
