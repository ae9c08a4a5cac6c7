package translate

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/text/language"

	"tafsiri/translate/metric"
)

// EvalReport is how well a direction translated a test set.
type EvalReport struct {
	From, To  string
	Via       string // pivot language, if any
	Sentences int
	ChrF      float64 // sacreBLEU chrF (character 6-grams, beta 2)
	BLEU      float64 // corpus BLEU, 13a tokens or characters for no-space scripts
	CharBLEU  bool    // BLEU counted characters
	Hyps      []string
	Elapsed   time.Duration
}

// noSpaceLanguages write without spaces between words; BLEU counts their characters.
var noSpaceLanguages = map[string]bool{"zh": true, "ja": true, "th": true, "lo": true, "km": true, "my": true}

// CharLevelBLEU reports whether BLEU for lang counts characters instead of words.
func CharLevelBLEU(lang string) bool {
	t, err := language.Parse(lang)
	if err != nil {
		return false
	}
	base, _ := t.Base()
	return noSpaceLanguages[base.String()]
}

// Evaluate translates the source side of c and scores it against the target side.
func Evaluate(ctx context.Context, e *Engine, c *Corpus) (*EvalReport, error) {
	start := time.Now()
	srcs := make([]string, len(c.Pairs))
	refs := make([]string, len(c.Pairs))
	for i, p := range c.Pairs {
		srcs[i], refs[i] = p.Src, p.Tgt
	}
	results, err := e.TranslateLines(ctx, c.Src, c.Tgt, srcs)
	if err != nil {
		return nil, err
	}
	rep := &EvalReport{From: c.Src, To: c.Tgt, Sentences: len(c.Pairs), CharBLEU: CharLevelBLEU(c.Tgt)}
	rep.Hyps = make([]string, len(results))
	for i, r := range results {
		rep.Hyps[i] = r.Text
		rep.Via = r.Via
	}
	rep.Elapsed = time.Since(start)
	if rep.ChrF, err = metric.ChrF(rep.Hyps, refs); err != nil {
		return nil, fmt.Errorf("evaluate %s→%s: %w", c.Src, c.Tgt, err)
	}
	if rep.BLEU, err = metric.BLEU(rep.Hyps, refs, metric.BLEUOptions{CharLevel: rep.CharBLEU}); err != nil {
		return nil, fmt.Errorf("evaluate %s→%s: %w", c.Src, c.Tgt, err)
	}
	return rep, nil
}
