package translate_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"tafsiri/internal/tico19"
	"tafsiri/translate"
)

// readTICO reads one split of an en–X TICO-19 pair, found by tico19.Dir.
func readTICO(t *testing.T, split, code string) *translate.Corpus {
	t.Helper()
	path := tico19.Dir(t, split, "en-"+code+".tmx")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			t.Error(err)
		}
	}()
	c, err := translate.ReadTMX(f, filepath.Base(path), "en", code)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestTICOModelsBeatTheWordByWordFloor trains on TICO-19 train and measures
// on dev: chrF must clear the word-by-word IBM Model 1 baseline by 3 points.
func TestTICOModelsBeatTheWordByWordFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("trains real models; skipped with -short")
	}
	floors := map[string]float64{ // baseline chrF on dev, from the issue
		"es-LA": 47.8,
		"ar":    30.1,
		"zh":    13.8,
	}
	for code, baseline := range floors {
		t.Run(code, func(t *testing.T) {
			st := trainedStore(t, readTICO(t, "train", code))
			rep, err := translate.Evaluate(context.Background(), translate.NewEngine(st), readTICO(t, "dev", code))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("en→%s: chrF %.1f BLEU %.1f on %d dev sentences", code, rep.ChrF, rep.BLEU, rep.Sentences)
			if floor := baseline + 3; rep.ChrF < floor {
				t.Errorf("en→%s chrF %.1f, want at least %.1f", code, rep.ChrF, floor)
			}
		})
	}
}
