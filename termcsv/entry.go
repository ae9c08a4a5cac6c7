package termcsv

import "tafsiri/internal/termfile"

// The statuses a Term may have; the empty string means no status.
const (
	StatusApproved  = termfile.StatusApproved
	StatusDraft     = termfile.StatusDraft
	StatusForbidden = termfile.StatusForbidden
)

// Term is one way of naming a concept in one language. The readers of this
// package put a row's definition and note on the Entry; the writers use a
// term's own when the Entry has none.
type Term = termfile.Term

// Entry is one concept with its terms in every language: one row of a file.
type Entry = termfile.Entry

// Skip records a row a reader skipped.
type Skip = termfile.Skip
