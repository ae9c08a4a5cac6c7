package detect

import (
	"context"
	"testing"
)

// The floors the learned model must keep on TICO-19: trained on the train
// split of all 36 languages, scored on every dev sentence. They sit a little
// under what it reaches (see TestTICODetectionReport), and at or above the
// targets of the issue that asked for it.
const (
	floorOverall     = 0.98
	floorPerLanguage = 0.95
	floorThreeWords  = 0.85
)

func TestTICOAccuracyFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on TICO-19; skipped in short mode")
	}
	train, dev := loadTICO(t, "train"), loadTICO(t, "dev")
	d := NewDetector(Config{Tags: train.tags(), Samples: train})
	if err := d.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := scoreTICO(t, d, dev)
	if acc := got.all.accuracy(); acc < floorOverall {
		t.Errorf("sentence accuracy = %.2f%%, want ≥ %.0f%%", 100*acc, 100*floorOverall)
	}
	if acc := got.all.accuracy3(); acc < floorThreeWords {
		t.Errorf("first-three-words accuracy = %.2f%%, want ≥ %.0f%%", 100*acc, 100*floorThreeWords)
	}
	for tag, ls := range got.perLang {
		if acc := ls.accuracy(); acc < floorPerLanguage {
			t.Errorf("%s: sentence accuracy = %.1f%%, want ≥ %.0f%%", tag, 100*acc, 100*floorPerLanguage)
		}
	}
	if t.Failed() {
		t.Logf("per language:\n%s\nconfusions: %s", got.table(), got.topConfusions(10))
	}
}

func TestTICODetectorWithLinguaKeepsNeighboursApart(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on TICO-19; skipped in short mode")
	}
	train, dev := loadTICO(t, "train"), loadTICO(t, "dev")
	// Lingua knows Arabic, Persian and Urdu; it calls Dari and Pashto
	// "Persian" and Sorani "Arabic". The model must overrule it.
	tags := []string{"ar", "ckb", "fa", "prs", "ps", "ur"}
	samples := map[string][]string{}
	for _, tag := range tags {
		samples[tag] = train[tag]
	}
	d := NewDetector(Config{Tags: tags, Samples: samples, Lingua: LinguaLowAccuracy})
	if err := d.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, tag := range tags {
		t.Run(tag, func(t *testing.T) {
			right := 0
			for _, s := range dev[tag] {
				r, err := d.Detect(context.Background(), s)
				if err != nil {
					t.Fatal(err)
				}
				if r.Lang == tag {
					right++
				}
			}
			if acc := ratio(right, len(dev[tag])); acc < floorPerLanguage {
				t.Errorf("accuracy = %.1f%%, want ≥ %.0f%%", 100*acc, 100*floorPerLanguage)
			}
		})
	}
}
