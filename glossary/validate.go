package glossary

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"tafsiri/translate/tokenize"
)

// The problems Validate reports; check them with errors.Is.
var (
	ErrEmptyText = errors.New("empty text")
	ErrLang      = errors.New("bad language tag")
	ErrDuplicate = errors.New("duplicate term")
	ErrConflict  = errors.New("more than one approved term in a language")
	ErrNoTerms   = errors.New("no terms")
)

// ValidationError lists everything wrong with one concept.
type ValidationError struct {
	ConceptID int64
	Problems  []error // each wraps ErrNoTerms, ErrEmptyText, ErrStatus, ErrLang, ErrDuplicate or ErrConflict
}

// Error returns the message "validate concept ID: problem; problem".
func (e *ValidationError) Error() string {
	msgs := make([]string, len(e.Problems))
	for k, p := range e.Problems {
		msgs[k] = p.Error()
	}
	return fmt.Sprintf("validate concept %d: %s", e.ConceptID, strings.Join(msgs, "; "))
}

// Unwrap returns the problems, so that errors.Is finds each of them.
func (e *ValidationError) Unwrap() []error { return e.Problems }

// Validate returns a *ValidationError naming every problem of the concept,
// or nil: no terms at all; terms with empty text, an unknown status or a
// language tag that is not canonical BCP 47; a term given twice in one
// language (same text once case and spacing are folded); two approved terms
// in one language. Terms are named by their position, counting from 1, and
// text.
func (c Concept) Validate() error {
	var problems []error
	if len(c.Terms) == 0 {
		problems = append(problems, ErrNoTerms)
	}
	for k, t := range c.Terms {
		if err := t.Validate(); err != nil {
			problems = append(problems, fmt.Errorf("term %d: %w", k+1, err))
		}
	}
	problems = append(problems, c.clashes()...)
	if len(problems) == 0 {
		return nil
	}
	return &ValidationError{ConceptID: c.ID, Problems: problems}
}

// Validate reports the first problem of the term on its own: empty text, an
// unknown status or a language tag that is not canonical BCP 47.
func (t Term) Validate() error {
	if tokenize.Normalize(t.Text) == "" {
		return ErrEmptyText
	}
	if !t.Status.Valid() {
		return fmt.Errorf("%q: status %q: %w", t.Text, t.Status, ErrStatus)
	}
	if err := checkLang(t.Lang); err != nil {
		return fmt.Errorf("%q: %w", t.Text, err)
	}
	return nil
}

// checkLang accepts a tag as Tafsiri stores it: well-formed, known, not
// "und", and written the way x/text writes it ("es-419", not "es_419").
func checkLang(lang string) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return fmt.Errorf("language %q: %w: %w", lang, ErrLang, err)
	}
	if tag == language.Und {
		return fmt.Errorf("language %q: %w: no language", lang, ErrLang)
	}
	if s := tag.String(); s != lang {
		return fmt.Errorf("language %q: %w: write %q", lang, ErrLang, s)
	}
	return nil
}

// clashes finds terms repeated in a language and second approved terms.
func (c Concept) clashes() []error {
	var problems []error
	seen := map[[2]string]int{}  // language and folded text → first term index
	approved := map[string]int{} // language → first approved term index
	for k, t := range c.Terms {
		form := foldedText(t.Lang, t.Text)
		if form == "" {
			continue // reported as empty text
		}
		if first, ok := seen[[2]string{t.Lang, form}]; ok {
			problems = append(problems, fmt.Errorf("%s: terms %d %q and %d %q: %w",
				t.Lang, first+1, c.Terms[first].Text, k+1, t.Text, ErrDuplicate))
			continue
		}
		seen[[2]string{t.Lang, form}] = k
		if t.Status != Approved {
			continue
		}
		if first, ok := approved[t.Lang]; ok {
			problems = append(problems, fmt.Errorf("%s: terms %d %q and %d %q are both approved: %w",
				t.Lang, first+1, c.Terms[first].Text, k+1, t.Text, ErrConflict))
			continue
		}
		approved[t.Lang] = k
	}
	return problems
}

// foldedText is text as the matcher compares it without options: its token
// keys, placeholders by their text, joined by spaces.
func foldedText(lang, text string) string {
	toks := tokenize.Tokenize(lang, text)
	forms := make([]string, len(toks))
	for k, t := range toks {
		forms[k] = exactKey(lang, t)
	}
	return strings.Join(forms, " ")
}
