package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tafsiri/exchange"
	"tafsiri/storage"
	"tafsiri/translate"
)

const evalUsage = `
Usage: tafsiri eval --from LANG --to LANG --tmx FILE [--hyps FILE]

Translates the --from side of a test translation memory as the app does,
with the serving model, the glossary, the lexicon and the stored settings
(digits, careful), but not the memory, which may hold the test sentences;
and scores the output against its --to side: chrF (character 6-grams,
beta 2) and BLEU (13a tokens; characters for Chinese, Burmese, Khmer...), as
sacreBLEU computes them. The scores are kept with the model.
`

func runEval(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("eval", evalUsage)
	set := addTestSetFlags(fs, "test set")
	hypsFile := fs.String("hyps", "", "also write the translations to this file")
	beam := fs.Int("beam", 0, "hypotheses kept per stack (default: the model's)")
	pops := fs.Int("pop-limit", 0, "hypotheses scored per stack (default: the model's)")
	if err := fs.parse(args); err != nil {
		return err
	}
	corpus, err := set.read(m, fs)
	if err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		engine := translate.NewEngine(st)
		engine.Beam, engine.PopLimit = *beam, *pops
		engine.Terms, engine.Lexicon = st, st
		if err := exchange.ConfigureEngine(ctx, st, engine); err != nil {
			return err
		}
		rep, err := translate.Evaluate(ctx, engine, corpus)
		if err != nil {
			return err
		}
		if *hypsFile != "" {
			if err := os.WriteFile(*hypsFile, []byte(strings.Join(rep.Hyps, "\n")+"\n"), 0o644); err != nil {
				return fmt.Errorf("write translations: %w", err)
			}
		}
		unit := "13a tokens"
		if rep.CharBLEU {
			unit = "characters"
		}
		fmt.Fprintf(m.Stdout, "%s→%s on %s: chrF %.1f  BLEU %.1f (%s)  %d sentences in %.2fs\n",
			rep.From, rep.To, filepath.Base(*set.tmx), rep.ChrF, rep.BLEU, unit, rep.Sentences, rep.Elapsed.Seconds())
		if rep.Via != "" {
			fmt.Fprintf(m.Stdout, "  through %s: no direct model\n", rep.Via)
			return nil
		}
		route, err := engine.Route(ctx, corpus.Src, corpus.Tgt)
		if err != nil {
			return err
		}
		return st.SetModelQuality(ctx, route[0].ID, translate.Quality{
			ChrF: rep.ChrF, BLEU: rep.BLEU, Sentences: rep.Sentences, Dev: filepath.Base(*set.tmx)})
	})
}
