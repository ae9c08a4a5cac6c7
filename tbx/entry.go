package tbx

import "tafsiri/internal/termfile"

// The statuses a Term may have; the empty string means no status. Approved
// is TBX's preferredTerm, draft its admittedTerm, forbidden its deprecated
// or superseded term.
const (
	StatusApproved  = termfile.StatusApproved
	StatusDraft     = termfile.StatusDraft
	StatusForbidden = termfile.StatusForbidden
)

// Term is one way of naming a concept in one language: Lang is the xml:lang
// of its langSet or langSec, Definition and Note hold those of the langSet,
// then of the term.
type Term = termfile.Term

// Entry is one concept with its terms in every language: a termEntry or conceptEntry.
type Entry = termfile.Entry

// Skip records an entry the Reader skipped.
type Skip = termfile.Skip
