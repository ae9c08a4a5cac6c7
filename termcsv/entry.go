package termcsv

// The statuses a Term may have; the empty string means no status.
const (
	StatusApproved  = "approved"  // the term to use
	StatusDraft     = "draft"     // proposed, not yet reviewed
	StatusForbidden = "forbidden" // a term translations must not use
)

// Term is one way of naming a concept in one language.
type Term struct {
	// Lang is the language exactly as written in the file (a header cell, a
	// sourceLang or targetLang cell) or as given to ReadOmegaT.
	Lang string
	// Text is the term as plain text on one line, in normalisation form C.
	Text string
	// PartOfSpeech is the row's part of speech, e.g. "noun".
	PartOfSpeech string
	// Definition holds definitions of the term itself, one per line. The
	// readers of this package put definitions on the Entry; the writers
	// use these when the Entry has none.
	Definition string
	// Note holds notes on the term itself, one per line, and is used like
	// Definition.
	Note string
	// Status is StatusApproved, StatusDraft, StatusForbidden or "".
	Status string
	// Line is the line where the term's row starts; the writers ignore it.
	Line int
}

// Entry is one concept with its terms in every language: one row of a file.
type Entry struct {
	// ID is the row's id (TICO-19 id or stringID), empty in other formats.
	ID string
	// Subject is the subject field, e.g. "vaccination".
	Subject string
	// Definition holds the row's definition or description, one line of
	// text per line.
	Definition string
	// Note holds the row's note or comment, one line of text per line.
	Note string
	// Terms holds the terms in column order.
	Terms []Term
}

// Skip records a row a reader skipped.
type Skip struct {
	Line   int    // the line where the row starts
	ID     string // its id, empty when it has none
	Reason string // why it was skipped
}
