package lexicon

import (
	"fmt"
	"strings"

	"tafsiri/translate/tokenize"
)

// Entry is one translation of a word or expression from one language into
// another. Each side lists its forms, the lemma first: form i of the
// target translates form i of the source (see Translation).
type Entry struct {
	ID       int64    // the entry's number in the store; 0 before it is stored
	SrcLang  string   // BCP 47 tag of the source side
	SrcForms []string // the source lemma, then its inflected forms
	POS      string   // part of speech ("noun", "verb"...), "" when unknown
	TgtLang  string   // BCP 47 tag of the target side
	TgtForms []string // the target lemma, then its inflected forms
	Source   string   // where the entry comes from: "FreeDict eng-spa 0.3.1", a file's name
	Licence  string   // the terms it may be used under, as its source states them
}

// SrcText returns the source lemma.
func (e Entry) SrcText() string { return first(e.SrcForms) }

// TgtText returns the target lemma.
func (e Entry) TgtText() string { return first(e.TgtForms) }

// Translation returns the target form that translates source form i: form
// i of the target when it has one, else the target lemma (a target with
// one form translates every source form). An English "feet" (form 1 of
// "foot|feet") is "pies" (form 1 of "pie|pies"); "feet" into a language
// that lists one form is that form.
func (e Entry) Translation(i int) string { return formAt(e.TgtForms, i) }

// Reverse returns the entry read the other way, target to source: a
// lexicon answers both directions.
func (e Entry) Reverse() Entry {
	e.SrcLang, e.TgtLang = e.TgtLang, e.SrcLang
	e.SrcForms, e.TgtForms = e.TgtForms, e.SrcForms
	return e
}

// formAt returns forms[i], or the lemma when there is no form i.
func formAt(forms []string, i int) string {
	if i >= 0 && i < len(forms) {
		return forms[i]
	}
	return first(forms)
}

func first(forms []string) string {
	if len(forms) == 0 {
		return ""
	}
	return forms[0]
}

// FormSeparator separates the forms of one side in a cell or a stored column.
const FormSeparator = "|"

// JoinForms writes forms as one text, separated by FormSeparator.
func JoinForms(forms []string) string { return strings.Join(forms, FormSeparator) }

// SplitForms reads forms written by JoinForms: each is trimmed; an empty
// text has none. An empty form between separators ("hand||hands") is an
// error.
func SplitForms(text string) ([]string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, nil
	}
	forms := strings.Split(text, FormSeparator)
	for i, f := range forms {
		if forms[i] = strings.TrimSpace(f); forms[i] == "" {
			return nil, fmt.Errorf("form %d of %q is empty", i+1, text)
		}
	}
	return forms, nil
}

// Key is the form under which a word or expression is looked up: the
// keys of its tokens (case-folded; see tokenize.Key) joined by single
// spaces, exactly as the engine keys the words of a sentence, so that
// "Hand Sanitizer" in a lexicon is found for "hand sanitizer" in a text.
func Key(lang, text string) string {
	toks := tokenize.Tokenize(lang, tokenize.Normalize(text))
	return strings.Join(tokenize.Keys(lang, toks), " ")
}

// Skip records an entry a reader left out.
type Skip struct {
	Where  string // file:line
	Reason string // why it was left out
}

// String returns "file:line: reason".
func (s Skip) String() string { return s.Where + ": " + s.Reason }

// Dictionary is what a reader found in one file.
type Dictionary struct {
	Name    string // the file it was read from
	Entries []Entry
	Skipped []Skip
}
