package glossary

// Contains reports whether term occurs in text on token boundaries, compared
// as a Matcher of lang with opt compares: to check that a translation uses
// its approved term, or avoids a forbidden one. A term with no token (empty
// or only spaces) is never contained. To check many terms in one text, match
// them with one Matcher instead.
func Contains(lang, text, term string, opt Options) bool {
	m := NewMatcher(lang, []Entry{{Text: term}}, opt)
	return m.Len() > 0 && len(m.Match(text)) > 0
}
