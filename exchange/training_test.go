package exchange

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"tafsiri/storage"
	"tafsiri/storage/storagetest"
	"tafsiri/translate"
)

// clinicPairs are English–Swahili sentence pairs to train on.
var clinicPairs = []translate.Pair{
	{Src: "Wash your hands.", Tgt: "Nawa mikono."},
	{Src: "Wash your hands with soap.", Tgt: "Nawa mikono kwa sabuni."},
	{Src: "Drink clean water.", Tgt: "Kunywa maji safi."},
	{Src: "Boil the water.", Tgt: "Chemsha maji."},
	{Src: "The clinic is closed today.", Tgt: "Kliniki imefungwa leo."},
	{Src: "Vaccines are free.", Tgt: "Chanjo ni bure."},
}

// corpus is an en–sw corpus from source with pairs and skipped units.
func corpus(source string, pairs []translate.Pair, skipped int) *translate.Corpus {
	c := &translate.Corpus{Src: "en", Tgt: "sw", Source: source, Pairs: pairs}
	for i := range skipped {
		c.Skipped = append(c.Skipped, translate.Skip{Where: fmt.Sprintf("%s:%d", source, i+1), Reason: "want 2 tab-separated columns, found 1"})
	}
	return c
}

// serving returns the source of the serving model of each direction, by "src→tgt".
func serving(t *testing.T, st *storage.Store) map[string]string {
	t.Helper()
	models, err := st.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range models {
		out[m.Src+"→"+m.Tgt] = m.Source
	}
	return out
}

// Issue 13 case 2: a file that would make the serving models worse is
// refused before training, and trained from only when forced.
func TestTrainRefusesWhatWouldMakeTheServingModelsWorse(t *testing.T) {
	cases := map[string]struct {
		before  *translate.Corpus // trained first, when not nil
		corpus  *translate.Corpus
		reasons []string
	}{
		"most lines skipped": {
			corpus:  corpus("csv-as-tsv.tsv", clinicPairs[:3], 4),
			reasons: []string{"4 of its 7 sentence pairs were skipped"}},
		"much less than the serving model": {
			before:  corpus("clinic.tmx", clinicPairs, 0),
			corpus:  corpus("two.tsv", clinicPairs[:2], 0),
			reasons: []string{"the en→sw model serving now was trained on 6 pairs, this file gives 2 (glossary terms included)"}},
		"both": {
			before: corpus("clinic.tmx", clinicPairs, 0),
			corpus: corpus("junk.tsv", clinicPairs[:1], 5),
			reasons: []string{"5 of its 6 sentence pairs were skipped",
				"the en→sw model serving now was trained on 6 pairs, this file gives 1 (glossary terms included)"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t)
			if tc.before != nil {
				if _, err := Train(ctx, st, tc.before, TrainOptions{LMOrder: 3}); err != nil {
					t.Fatal(err)
				}
			}
			want := serving(t, st)
			var stages []string
			_, err := Train(ctx, st, tc.corpus, TrainOptions{LMOrder: 3, Progress: func(s string) { stages = append(stages, s) }})
			var refusal *Refusal
			if !errors.As(err, &refusal) {
				t.Fatalf("Train = %v, want a *Refusal", err)
			}
			if got := refusal.Reasons(); strings.Join(got, "\n") != strings.Join(tc.reasons, "\n") {
				t.Errorf("reasons = %q, want %q", got, tc.reasons)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "refused to train from "+tc.corpus.Source+": ") ||
				!strings.HasSuffix(msg, "; nothing was changed") {
				t.Errorf("error = %q", msg)
			}
			if got := strings.Join(stages, ", "); got != StageGathering {
				t.Errorf("stages = %s; want it refused before training", got)
			}
			if got := serving(t, st); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("after the refusal, serving = %v, want %v", got, want)
			}

			res, err := Train(ctx, st, tc.corpus, TrainOptions{LMOrder: 3, Force: true})
			if err != nil {
				t.Fatalf("forced Train = %v", err)
			}
			if res.Fwd.Info.Source != tc.corpus.Source || res.Rev.Info.Source != tc.corpus.Source {
				t.Errorf("forced Train made %q and %q", res.Fwd.Info.Source, res.Rev.Info.Source)
			}
			if got := serving(t, st); got["en→sw"] != tc.corpus.Source || got["sw→en"] != tc.corpus.Source {
				t.Errorf("after forced training, serving = %v, want both from %s", got, tc.corpus.Source)
			}
		})
	}
}

func TestTrainReplacesModelsWithOnesTrainedOnAsMuchOrMore(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	for _, c := range []*translate.Corpus{
		corpus("first.tmx", clinicPairs[:3], 0),
		corpus("more.tmx", clinicPairs, 2),     // two lines skipped of eight
		corpus("half.tmx", clinicPairs[:3], 0), // half as much is not much less
	} {
		if _, err := Train(ctx, st, c, TrainOptions{LMOrder: 3}); err != nil {
			t.Fatalf("train from %s: %v", c.Source, err)
		}
		if got := serving(t, st); got["en→sw"] != c.Source || got["sw→en"] != c.Source {
			t.Errorf("after training from %s, serving = %v", c.Source, got)
		}
	}
}

// Issue 13 case 4: whenever training is cancelled, saving included, both
// directions keep the models they had.
func TestCancelledTrainingChangesNoModel(t *testing.T) {
	for _, stage := range []string{StageGathering, "aligning words", StageSaving} {
		t.Run(stage, func(t *testing.T) {
			st := openStore(t)
			if _, err := Train(context.Background(), st, corpus("old.tmx", clinicPairs[:3], 0), TrainOptions{LMOrder: 3}); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			_, err := Train(ctx, st, corpus("new.tmx", clinicPairs, 0), TrainOptions{LMOrder: 3, Progress: func(s string) {
				if s == stage {
					cancel()
				}
			}})
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Train cancelled at %s = %v, want context.Canceled", stage, err)
			}
			if got := serving(t, st); got["en→sw"] != "old.tmx" || got["sw→en"] != "old.tmx" {
				t.Errorf("after cancelling at %s, serving = %v, want both old", stage, got)
			}
		})
	}
}

// Issue 13 case 4: Train saves both directions in one transaction, so that
// a save that fails, or a process killed while it saves, changes neither
// (the command line's TestTrainingKilledWhileSavingLeavesBothDirectionsAlike
// kills one at a point it can choose; this makes the second direction's
// write fail, whichever Train writes second).
func TestTrainSavesBothDirectionsTogether(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	if _, err := Train(ctx, st, corpus("old.tmx", clinicPairs, 0), TrainOptions{LMOrder: 3}); err != nil {
		t.Fatal(err)
	}
	storagetest.Exec(t, st.Path(), `CREATE TRIGGER full_disk BEFORE INSERT ON models
		WHEN EXISTS (SELECT 1 FROM models WHERE source = NEW.source)
		BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`)
	_, err := Train(ctx, st, corpus("new.tmx", clinicPairs, 0), TrainOptions{LMOrder: 3})
	if err == nil || !strings.Contains(err.Error(), "disk is full") {
		t.Fatalf("Train with the second direction's write failing = %v, want the failure", err)
	}
	if got := serving(t, st); len(got) != 2 || got["en→sw"] != "old.tmx" || got["sw→en"] != "old.tmx" {
		t.Errorf("after the failed save, serving = %v, want both old", got)
	}
}
