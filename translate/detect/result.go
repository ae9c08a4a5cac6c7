package detect

// Undetermined is the tag of a text that names no language: it has no
// letters (empty, digits, punctuation or emoji only).
const Undetermined = "und"

// Guess is one candidate language for a text, with the confidence in it (0..1).
type Guess struct {
	Lang       string // the tag as the caller gave it
	Confidence float64
}

// Result is what Detect says about a text.
type Result struct {
	// Lang is the most likely language, Undetermined when the text has no
	// letters.
	Lang string
	// Confidence is the probability of Lang (0..1), 0 when undetermined.
	Confidence float64
	// Unsure is set when the runner-up is close behind Lang, or when the
	// text is in a script none of the candidates is written in.
	Unsure bool
	// Candidates ranks the candidate languages, most likely first, with
	// confidences that sum to 1; it is empty when undetermined. Candidates
	// with no chance at all (in another script) are left out.
	Candidates []Guess
}

// Span is a stretch of a text in one language.
type Span struct {
	Start, End int    // byte offsets in the text: text[Start:End]
	Lang       string // the span's language, as Result.Lang
	Confidence float64
}
