package glossary

import "time"

// Term is one way of naming a concept in one language.
type Term struct {
	ID           int64
	Lang         string // canonical BCP 47 tag, e.g. "es-419"
	Text         string
	Status       Status
	PartOfSpeech string
	Definition   string
	Note         string
	Source       string // where the term comes from: a file, a dictionary, an editor
	CreatedBy    string
	ChangedBy    string
	CreatedAt    time.Time
	ChangedAt    time.Time
}

// Concept is one thing named by terms in many languages.
type Concept struct {
	ID         int64
	Subject    string // the field, e.g. "vaccination"
	Definition string
	Note       string
	Source     string
	Terms      []Term
}

// Approved returns the approved term of lang, if the concept has one.
func (c Concept) Approved(lang string) (Term, bool) {
	for _, t := range c.Terms {
		if t.Lang == lang && t.Status == Approved {
			return t, true
		}
	}
	return Term{}, false
}

// Entries returns the terms of lang in the form a Matcher takes.
func (c Concept) Entries(lang string) []Entry {
	var es []Entry
	for _, t := range c.Terms {
		if t.Lang == lang {
			es = append(es, Entry{ConceptID: c.ID, TermID: t.ID, Text: t.Text, Status: t.Status})
		}
	}
	return es
}
