package exchange

import (
	"context"
	"fmt"
	"time"

	"tafsiri/storage"
	"tafsiri/translate"
)

// The stages Train reports besides translate.Train's own, which come between them.
const (
	// StageGathering reads what the database adds to the corpus.
	StageGathering = "gathering the glossary and stored text"
	// StageSaving writes both directions and makes them serve.
	StageSaving = "saving"
)

// TrainOptions are the choices a caller of Train makes.
type TrainOptions struct {
	LMOrder  int                // order of the n-gram language models; 0 is the engine's default
	Progress func(stage string) // hears each stage, when not nil
	// Force trains and saves even where Train would refuse (see Refusal):
	// the user has been told why and asked for it.
	Force bool
}

// TrainResult is what Train trained and saved.
type TrainResult struct {
	Fwd, Rev *translate.Trained
	Took     time.Duration
}

// Train trains both directions of c and makes them serve: the one
// train-and-save of the command line, the window, the defaults and the
// benchmarks. It adds what st holds (StoredTrainingData), refuses before
// training a corpus that would likely make translation worse (see Refusal)
// unless opt.Force, and saves both directions together: both serve, or
// nothing changed. Cancelling ctx stops it at the next check (gathering and
// tokenizing do not check, alignment checks every iteration, saving every
// thousand rows), and nothing changes; once the new models are being
// published, which takes a moment, that is finished.
func Train(ctx context.Context, st *storage.Store, c *translate.Corpus, opt TrainOptions) (*TrainResult, error) {
	start := time.Now()
	progress := opt.Progress
	if progress == nil {
		progress = func(string) {}
	}
	progress(StageGathering)
	topt, err := StoredTrainingData(ctx, st, c.Src, c.Tgt)
	if err != nil {
		return nil, fmt.Errorf("read the glossary and stored text: %w", err)
	}
	if !opt.Force {
		if err := checkTraining(ctx, st, c, len(topt.Terms)); err != nil {
			return nil, err
		}
	}
	topt.LMOrder, topt.Progress = opt.LMOrder, progress
	fwd, rev, err := translate.Train(ctx, c, topt)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	progress(StageSaving)
	if _, err := st.SaveModels(ctx, fwd, rev); err != nil {
		return nil, err
	}
	return &TrainResult{Fwd: fwd, Rev: rev, Took: time.Since(start)}, nil
}

// StoredTrainingData is what the database adds to a training file: every
// text it holds in either language for the language models, and the
// glossary's term pairs (approved, else draft) for the phrase tables.
func StoredTrainingData(ctx context.Context, st *storage.Store, src, tgt string) (translate.TrainOptions, error) {
	opt := translate.TrainOptions{Monolingual: map[string][]string{}}
	for _, lang := range []string{src, tgt} {
		texts, err := st.Texts(ctx, lang)
		if err != nil {
			return opt, err
		}
		opt.Monolingual[lang] = texts
	}
	rules, err := st.TermRules(ctx, src, tgt)
	if err != nil {
		return opt, err
	}
	for _, r := range rules {
		if r.Target != "" {
			opt.Terms = append(opt.Terms, translate.Pair{Src: r.Source, Tgt: r.Target})
		}
	}
	entries, _, err := st.LexiconEntries(ctx, storage.LexiconQuery{Src: src, Tgt: tgt})
	if err != nil {
		return opt, err
	}
	for _, e := range entries {
		for i, form := range e.SrcForms {
			if t := e.Translation(i); t != "" {
				opt.Terms = append(opt.Terms, translate.Pair{Src: form, Tgt: t})
			}
		}
	}
	return opt, nil
}
