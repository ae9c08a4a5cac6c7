package tbx

// The statuses a Term may have; the empty string means no status.
const (
	StatusApproved  = "approved"  // the term to use (preferredTerm-admn-sts)
	StatusDraft     = "draft"     // an admitted term, not yet the preferred one
	StatusForbidden = "forbidden" // a deprecated or superseded term
)

// Term is one way of naming a concept in one language.
type Term struct {
	// Lang is the language exactly as written in the file: the xml:lang of
	// the langSet or langSec.
	Lang string
	// Text is the term as plain text, in normalisation form C.
	Text string
	// PartOfSpeech is the partOfSpeech termNote, e.g. "noun".
	PartOfSpeech string
	// Definition holds the definitions of the langSet, then of the term,
	// one per line.
	Definition string
	// Note holds the notes of the langSet, then of the term, one per line.
	Note string
	// Status is StatusApproved, StatusDraft, StatusForbidden or "".
	Status string
	// Line is the line of the term element; the Writer ignores it.
	Line int
}

// Entry is one concept with its terms in every language.
type Entry struct {
	// ID is the id attribute of the termEntry or conceptEntry.
	ID string
	// Subject is the subjectField, e.g. "vaccination".
	Subject string
	// Definition holds the entry-level definitions, one per line.
	Definition string
	// Note holds the entry-level notes, one per line.
	Note string
	// Terms holds the terms in file order.
	Terms []Term
}

// Skip records an entry the Reader skipped.
type Skip struct {
	Line   int    // the line where the entry starts
	ID     string // its id, empty when it has none
	Reason string // why it was skipped
}
