package exchange

import (
	"context"
	"errors"
	"io"

	"tafsiri/glossary"
	"tafsiri/storage"
	"tafsiri/translate"
)

// ImportGlossary imports every concept of g into st in one transaction,
// reading and writing in step, so nothing of the file is kept in memory;
// by is recorded as who imported the terms. Term languages are matched to
// the stored ones ("es" joins the es-419 terms already there). The report's
// Skipped holds what the file and the store each left out.
func ImportGlossary(ctx context.Context, st *storage.Store, g *GlossaryFile, by string) (*storage.ImportReport, error) {
	imp, err := st.BeginImport(ctx, storage.ImportOptions{By: by})
	if err != nil {
		return nil, err
	}
	defer imp.Rollback()
	langs := NewLangResolver(st)
	for {
		c, err := g.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if err := langs.Resolve(ctx, &c); err != nil {
			return nil, err
		}
		if err := imp.Add(c); err != nil {
			return nil, err
		}
	}
	rep, err := imp.Commit()
	if err != nil {
		return nil, err
	}
	rep.Skipped = append(g.Skipped(), rep.Skipped...)
	return rep, nil
}

// LangResolver gives terms the stored language their tag means, asking
// the database once per tag.
type LangResolver struct {
	st       *storage.Store
	resolved map[string]string
}

// NewLangResolver returns a resolver for the languages of st.
func NewLangResolver(st *storage.Store) *LangResolver {
	return &LangResolver{st: st, resolved: map[string]string{}}
}

// Resolve rewrites the language of every term of c.
func (lr *LangResolver) Resolve(ctx context.Context, c *glossary.Concept) error {
	for j := range c.Terms {
		t := &c.Terms[j]
		tag, ok := lr.resolved[t.Lang]
		if !ok {
			var err error
			if tag, err = ResolveLang(ctx, lr.st, t.Lang); err != nil {
				return err
			}
			lr.resolved[t.Lang] = tag
		}
		t.Lang = tag
	}
	return nil
}

// ResolveLang finds the stored language a user means ("es" → the es-419 the
// database holds), else the canonical form of what they wrote.
func ResolveLang(ctx context.Context, st *storage.Store, code string) (string, error) {
	tag, err := translate.CanonicalTag(code)
	if err != nil {
		return "", err
	}
	stored, err := st.Languages(ctx)
	if err != nil {
		return "", err
	}
	if match, ok := translate.MatchTag(tag, stored); ok {
		return match, nil
	}
	return tag, nil
}
