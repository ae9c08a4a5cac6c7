// Package termfile holds what every glossary file format reads and writes:
// entries (concepts) with terms in many languages, and the entries a reader
// skipped. tbx and termcsv share these types, so a glossary is one shape
// whichever file it came from.
package termfile

import (
	"errors"
	"io"
)

// The statuses a Term may have; the empty string means no status.
const (
	StatusApproved  = "approved"  // the term to use (TBX preferredTerm-admn-sts)
	StatusDraft     = "draft"     // proposed or admitted, not yet the preferred one
	StatusForbidden = "forbidden" // a term translations must not use (deprecated, superseded)
)

// Term is one way of naming a concept in one language.
type Term struct {
	// Lang is the language exactly as written in the file (an xml:lang, a
	// header cell, a sourceLang cell) or as the caller gave it.
	Lang string
	// Text is the term as plain text on one line, in normalisation form C.
	Text string
	// PartOfSpeech is the term's part of speech, e.g. "noun".
	PartOfSpeech string
	// Definition holds definitions of the term itself, one per line.
	Definition string
	// Note holds notes on the term itself, one per line.
	Note string
	// Status is StatusApproved, StatusDraft, StatusForbidden or "".
	Status string
	// Source says where the term comes from (a dictionary, an editor, a
	// team draft), one source per line.
	Source string
	// Line is where the term is in the file; writers ignore it.
	Line int
}

// Entry is one concept with its terms in every language.
type Entry struct {
	// ID is the entry's id in the file (a TBX id attribute, a TICO-19
	// stringID), empty where the format has none.
	ID string
	// Subject is the subject field, e.g. "vaccination".
	Subject string
	// Definition holds the entry-level definitions, one per line.
	Definition string
	// Note holds the entry-level notes, one per line.
	Note string
	// Source says where the entry comes from (a dictionary, an editor, a
	// team draft), one source per line.
	Source string
	// Terms holds the terms in file order.
	Terms []Term
}

// Skip records an entry a reader left out.
type Skip struct {
	Line   int    // the line where the entry starts
	ID     string // its id, empty when it has none
	Reason string // why it was skipped
}

// Reader is what every format's reader offers: the entries one at a time.
type Reader interface {
	// Next returns the next entry, io.EOF after the last one, or an error
	// naming the file and line.
	Next() (Entry, error)
	// Skipped returns the entries left out so far, with the reasons.
	Skipped() []Skip
}

// ReadAll returns every entry r has.
func ReadAll(r Reader) ([]Entry, error) {
	var entries []Entry
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			return entries, nil
		}
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
}
