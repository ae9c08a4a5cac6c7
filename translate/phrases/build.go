package phrases

import (
	"context"
	"fmt"
)

// Build extracts and scores the phrase pairs of corpus for the source→target
// direction; an empty corpus gives an empty table.
func Build(ctx context.Context, corpus []Sentence, opt Options) (*Table, error) {
	c, opt, err := prepare(ctx, corpus, opt)
	if err != nil {
		return nil, err
	}
	return c.table(false, opt), nil
}

// BuildBoth builds the source→target table and the target→source table from
// one extraction pass; rev equals Build on the corpus with its sides swapped.
func BuildBoth(ctx context.Context, corpus []Sentence, opt Options) (fwd, rev *Table, err error) {
	c, opt, err := prepare(ctx, corpus, opt)
	if err != nil {
		return nil, nil, err
	}
	return c.table(false, opt), c.table(true, opt), nil
}

// prepare checks the options and counts the pairs of corpus.
func prepare(ctx context.Context, corpus []Sentence, opt Options) (*counter, Options, error) {
	opt, err := opt.normalize()
	if err != nil {
		return nil, opt, fmt.Errorf("build phrase table: %w", err)
	}
	c, err := count(ctx, corpus, opt)
	if err != nil {
		return nil, opt, fmt.Errorf("build phrase table: %w", err)
	}
	return c, opt, nil
}
