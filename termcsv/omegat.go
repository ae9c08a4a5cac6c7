package termcsv

import (
	"fmt"
	"io"

	"tafsiri/internal/textnorm"
)

// ReadOmegaT reads an OmegaT glossary: one entry per line, as
// source<TAB>target<TAB>comment with the comment optional, in UTF-8 or
// UTF-16 with a byte order mark. Lines starting with # are comments; empty
// lines are ignored. The file does not name its languages, so the caller
// gives them: srcLang and tgtLang become the Lang of the terms. The comment
// becomes the Note of the Entry, on one line. Lines with one field or more
// than three, or without a term, are skipped.
func ReadOmegaT(r io.Reader, name, srcLang, tgtLang string) ([]Entry, []Skip, error) {
	return readAll(NewOmegaTReader(r, name, srcLang, tgtLang))
}

// NewOmegaTReader returns a Reader of an OmegaT glossary's lines.
func NewOmegaTReader(r io.Reader, name, srcLang, tgtLang string) (*Reader, error) {
	if srcLang == "" || tgtLang == "" {
		return nil, fmt.Errorf("read %s: source and target languages are required", name)
	}
	s, err := newScanner(r, name, '\t', false)
	if err != nil {
		return nil, err
	}
	s.comment = '#'
	return &Reader{s: s, row: func(fields []string, line int) (Entry, string) {
		if n := len(fields); n < 2 || n > 3 {
			return Entry{}, fmt.Sprintf("line has %d fields, want 2 or 3 (source, target, comment)", n)
		}
		var e Entry
		if len(fields) == 3 {
			e.Note = textnorm.OneLine(fields[2])
		}
		for i, lang := range []string{srcLang, tgtLang} {
			if text := textnorm.OneLine(fields[i]); text != "" {
				e.Terms = append(e.Terms, Term{Lang: lang, Text: text, Line: line})
			}
		}
		if len(e.Terms) == 0 {
			return e, "line has no term"
		}
		return e, ""
	}}, nil
}
