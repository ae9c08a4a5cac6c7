package cli

import (
	"context"
	"fmt"
	"strings"

	"tafsiri/storage"
	"tafsiri/translate"
)

const tuneUsage = `
Usage: tafsiri tune --from LANG --to LANG --tmx FILE [--rounds N]

Searches the feature weights of the serving from→to model that give the best
chrF on a tuning set (coordinate ascent: one weight at a time, each change kept
when it helps), and stores them with the model. Tune on text kept apart for
tuning; measure quality with 'tafsiri eval' on other text.
`

func runTune(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("tune", tuneUsage)
	set := addTestSetFlags(fs, "tuning set")
	rounds := fs.Int("rounds", 2, "passes over all weights")
	if err := fs.parse(args); err != nil {
		return err
	}
	corpus, err := set.read(m, fs)
	if err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		rep, err := translate.NewEngine(st).Tune(ctx, corpus, translate.TuneOptions{
			Rounds: *rounds,
			Progress: func(evals int, best float64) {
				if evals%10 == 0 {
					fmt.Fprintf(m.Stderr, "tune: %d tries, best chrF %.2f\n", evals, best)
				}
			},
		})
		if err != nil {
			return err
		}
		w := rep.Weights
		fmt.Fprintf(m.Stdout, "tuned %s→%s on %d sentences: chrF %.2f → %.2f after %d tries\n",
			rep.From, rep.To, len(corpus.Pairs), rep.Before, rep.After, rep.Evaluations)
		fmt.Fprintf(m.Stdout, "  weights: phrase %s, lm %.3g, word penalty %.3g, phrase penalty %.3g, distortion %.3g\n",
			formatFloats(w.Phrase), w.LM, w.WordPenalty, w.PhrasePenalty, w.Distortion)
		return nil
	})
}

func formatFloats(vs []float64) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprintf("%.3g", v)
	}
	return strings.Join(parts, " ")
}
