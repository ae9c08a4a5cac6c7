package exchange

import (
	"context"

	"tafsiri/storage"
	"tafsiri/translate"
)

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
	return opt, nil
}
