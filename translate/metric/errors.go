package metric

import (
	"errors"
	"fmt"
)

// ErrLengthMismatch reports a corpus whose hypotheses and references differ in number.
var ErrLengthMismatch = errors.New("hypothesis and reference counts differ")

// ErrEmptyReference reports an empty reference string, which sacreBLEU refuses to score.
var ErrEmptyReference = errors.New("empty reference")

// checkCorpus rejects the corpora that sacreBLEU rejects: unequal lengths and
// references that are exactly "" (a reference of only spaces is scored).
func checkCorpus(hyps, refs []string) error {
	if len(hyps) != len(refs) {
		return fmt.Errorf("check corpus: %d hypotheses, %d references: %w",
			len(hyps), len(refs), ErrLengthMismatch)
	}
	for i, ref := range refs {
		if ref == "" {
			return fmt.Errorf("check reference %d: %w", i, ErrEmptyReference)
		}
	}
	return nil
}
