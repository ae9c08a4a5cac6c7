package defaults

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/storage"
)

// lexiconFile is the team's lexicon among the default data, in the format
// of docs/lexicon-format.md. Its "# source:" line names the lexicon without
// a version ("Tafsiri team lexicon"), so that each version installed
// replaces the entries of the last.
const lexiconFile = "defaults/lexicon.tsv"

// installLexicon imports the team's lexicon from fsys (assets.Defaults),
// replacing what an earlier version installed, and returns how many entries
// it added; while the team has not written the file, it does nothing.
func installLexicon(ctx context.Context, st *storage.Store, fsys fs.FS, progress func(stage string)) (_ int, err error) {
	f, err := fsys.Open(lexiconFile)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("open default lexicon: %w", err)
	}
	defer closer.Close(&err, f, lexiconFile)
	if progress != nil {
		progress("importing the default lexicon")
	}
	rep, err := exchange.ImportLexiconTSV(ctx, st, f, "lexicon.tsv", exchange.LexiconOptions{Replace: true})
	if err != nil {
		return 0, fmt.Errorf("install default lexicon: %w", err)
	}
	return rep.Added, nil
}
