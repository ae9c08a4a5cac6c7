package exchange

import (
	"context"
	"fmt"
	"strings"

	"tafsiri/storage"
	"tafsiri/translate"
)

// Refusal is the error Train returns, before it trains anything, when the
// corpus would likely make translation worse: more of its sentence pairs
// were skipped than used (a file in another format than it seems), or a
// serving model of either direction was trained on more than twice the
// pairs the new ones would have. Nothing has changed;
// TrainOptions.Force trains anyway.
type Refusal struct {
	Source        string
	Used, Skipped int                  // sentence pairs of the file used and skipped
	Pairs         int                  // pairs the new models would train on, glossary terms included
	Serving       *translate.ModelInfo // the serving model trained on much more, if any
}

// Reasons says, one clause each, why Train refused.
func (r *Refusal) Reasons() []string {
	var out []string
	if r.Skipped > r.Used {
		out = append(out, fmt.Sprintf("%d of its %d sentence pairs were skipped", r.Skipped, r.Used+r.Skipped))
	}
	if m := r.Serving; m != nil {
		out = append(out, fmt.Sprintf("the %s→%s model serving now was trained on %d pairs, this file gives %d (glossary terms included)",
			m.Src, m.Tgt, m.Pairs, r.Pairs))
	}
	return out
}

// Error says what was refused and why, in one line.
func (r *Refusal) Error() string {
	return fmt.Sprintf("refused to train from %s: %s; nothing was changed", r.Source, strings.Join(r.Reasons(), ", and "))
}

// checkTraining returns a *Refusal when training from c, with terms
// glossary term pairs added, should not replace what serves without asking.
func checkTraining(ctx context.Context, st *storage.Store, c *translate.Corpus, terms int) error {
	r := &Refusal{Source: c.Source, Used: len(c.Pairs), Skipped: len(c.Skipped), Pairs: len(c.Pairs) + terms}
	models, err := st.Models(ctx)
	if err != nil {
		return err
	}
	for i, m := range models {
		same := m.Src == c.Src && m.Tgt == c.Tgt || m.Src == c.Tgt && m.Tgt == c.Src
		if same && m.Pairs > 2*r.Pairs && (r.Serving == nil || m.Pairs > r.Serving.Pairs) {
			r.Serving = &models[i]
		}
	}
	if len(r.Reasons()) > 0 {
		return r
	}
	return nil
}
