package termcsv

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"tafsiri/internal/textnorm"
)

// WriteOmegaT writes entries as an OmegaT glossary from src to tgt: a line
// source<TAB>target<TAB>comment for each pair of a src term and a tgt term
// of an entry, matched like WriteTable matches languages. The comment is the
// entry's Note, or the target term's Note when the entry has none, on one
// line; it is left out when empty. Entries without a term in both languages
// are left out. A source term that starts with # gets a leading space, so
// that it is not read as a comment; ReadOmegaT trims it.
func WriteOmegaT(w io.Writer, src, tgt string, entries []Entry) error {
	if src == "" || tgt == "" {
		return fmt.Errorf("write glossary: source and target languages are required")
	}
	bw := bufio.NewWriter(w)
	var b []byte
	for _, e := range entries {
		for _, s := range e.Terms {
			source := textnorm.OneLine(s.Text)
			if !sameLang(s.Lang, src) || source == "" {
				continue
			}
			if strings.HasPrefix(source, "#") {
				source = " " + source
			}
			for _, t := range e.Terms {
				if target := textnorm.OneLine(t.Text); sameLang(t.Lang, tgt) && target != "" {
					b = appendOmegaT(b[:0], source, target, comment(e, t))
					if _, err := bw.Write(b); err != nil {
						return fmt.Errorf("write glossary: %w", err)
					}
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write glossary: %w", err)
	}
	return nil
}

// comment returns the comment of the line for target term t of e.
func comment(e Entry, t Term) string {
	if note := textnorm.OneLine(e.Note); note != "" {
		return note
	}
	return textnorm.OneLine(t.Note)
}

// appendOmegaT appends one glossary line.
func appendOmegaT(b []byte, source, target, comment string) []byte {
	b = append(b, source...)
	b = append(b, '\t')
	b = append(b, target...)
	if comment != "" {
		b = append(b, '\t')
		b = append(b, comment...)
	}
	return append(b, '\n')
}
