package translate

import "tafsiri/memory"

// Origin says where a piece of a translation came from.
type Origin string

// The origins a span of output can have.
const (
	FromModel       Origin = "model"       // the phrase model chose it
	FromPlaceholder Origin = "placeholder" // a number, date, URL... copied exactly
	FromUnknown     Origin = "unknown"     // a word the model does not know, passed through
	FromGlossary    Origin = "glossary"    // a glossary term the translation must use
	FromMemory      Origin = "tm-exact"    // the translation memory holds the sentence
	// FromMemoryValues: the memory holds the sentence but for the values of
	// its numbers, dates, times...; the sentence's values are filled in.
	FromMemoryValues Origin = "tm-values"
	// FromMemoryRepaired: the memory holds a sentence that differs in a
	// few words; its translation is used with the translations of the
	// sentence's own words in place of the stored ones. Those words are
	// spans of their own, from the glossary or the model (see repair.go).
	FromMemoryRepaired Origin = "tm-repaired"
	// FromFuzzyMemory marks a suggestion: the memory holds a similar
	// sentence, not used as the translation (unless repaired:
	// FromMemoryRepaired); review the differences.
	FromFuzzyMemory Origin = "tm-fuzzy"
	// FromDictionary: a word or expression the model does not know,
	// translated by the lexicon (Engine.Lexicon).
	FromDictionary Origin = "dictionary"
)

// Span is a piece of a translation with its provenance.
type Span struct {
	Text   string // the output text of this span
	Start  int    // byte offset of Text in Result.Text, -1 if it was not found there
	Source string // the source text it translates
	Origin Origin
	Score  float64 // the model's weighted score of this step (higher is better)
	// ConceptID and TermStatus name the glossary entry of a FromGlossary span.
	ConceptID  int64
	TermStatus string
	// Match is a memory span's match percentage; Diff marks how the stored
	// source differs from the sentence, for review. The words a repaired
	// match (FromMemoryRepaired) changed are the spans between its own.
	Match int
	Diff  []memory.DiffOp
	// Values are the values a FromMemoryValues span filled in, stored → new.
	Values []memory.ValueChange
}

// Result is the translation of one line of text.
type Result struct {
	From, To string // canonical BCP 47 tags of the models used
	Via      string // the pivot language when no direct model exists, else ""
	Text     string
	Spans    []Span // in output order
	// Suggestions are fuzzy memory matches (FromFuzzyMemory) of sentences
	// the memory could not answer for sure, for a person to review; they
	// are not part of Text.
	Suggestions []Span
}
