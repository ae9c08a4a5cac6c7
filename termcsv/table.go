package termcsv

import (
	"fmt"
	"io"

	"tafsiri/internal/textnorm"
)

// ReadTable reads a table with a header row: comma-, tab- or
// semicolon-separated, whichever the header uses most. A column whose
// header is a BCP 47 tag holds the terms of that language; the optional
// columns pos (or "part of speech"), definition (or description), note (or
// comment), status, subject (or domain) and source describe the row;
// headers ignore case. A column with any other header is left out and
// reported as a Skip at the header's line ("column 3: "xx yy" is neither a
// language tag nor a known column name; skipped"). Each row is one
// Entry: the part of speech and status go to each of its terms, the rest
// (the source to Entry.Source) to the Entry. Rows with the wrong number of
// fields, an unknown status or no term are skipped. The ' that WriteTable
// puts in front of a cell starting with = + - @, so that spreadsheets do
// not run it as a formula, is dropped again: '-5 reads as -5.
func ReadTable(r io.Reader, name string) ([]Entry, []Skip, error) {
	return readAll(NewTableReader(r, name))
}

// NewTableReader reads the header row of a table as ReadTable does and
// returns a Reader of its rows.
func NewTableReader(r io.Reader, name string) (*Reader, error) {
	s, header, line, err := headerRow(r, name)
	if err != nil {
		return nil, err
	}
	cols, ok, ignored := tableColumns(header)
	if !ok {
		return nil, s.errorAt(line, fmt.Errorf("%w: no header is a language tag such as en or sw-KE", ErrHeader))
	}
	tr := &Reader{s: s, row: func(fields []string, line int) (Entry, string) {
		if len(fields) != len(header) {
			return Entry{}, fmt.Sprintf("row has %d fields, header has %d", len(fields), len(header))
		}
		return tableEntry(cols, fields, line)
	}}
	for _, why := range ignored {
		tr.skipped = append(tr.skipped, Skip{Line: line, Reason: why})
	}
	return tr, nil
}

// tableEntry returns the entry of a row that starts at line, or the reason
// to skip it.
func tableEntry(cols []column, fields []string, line int) (Entry, string) {
	var e Entry
	var pos, status string
	for _, c := range cols {
		cell := fields[c.index]
		switch c.role {
		case rolePOS:
			pos = restoreCell(textnorm.OneLine(cell))
		case roleDefinition:
			e.Definition = textnorm.JoinLine(e.Definition, restoreCell(textnorm.Lines(cell)))
		case roleNote:
			e.Note = textnorm.JoinLine(e.Note, restoreCell(textnorm.Lines(cell)))
		case roleSubject:
			e.Subject = textnorm.JoinLine(e.Subject, restoreCell(textnorm.Lines(cell)))
		case roleSource:
			e.Source = textnorm.JoinLine(e.Source, restoreCell(textnorm.Lines(cell)))
		case roleStatus:
			st, ok := parseStatus(cell)
			if !ok {
				return e, fmt.Sprintf("unknown status %q (want approved, draft or forbidden)", textnorm.OneLine(cell))
			}
			status = st
		}
	}
	for _, c := range cols {
		if text := restoreCell(textnorm.OneLine(fields[c.index])); c.role == roleLang && text != "" {
			e.Terms = append(e.Terms, Term{Lang: c.lang, Text: text, Line: line})
		}
	}
	if len(e.Terms) == 0 {
		return e, "row has no term"
	}
	for i := range e.Terms {
		e.Terms[i].PartOfSpeech, e.Terms[i].Status = pos, status
	}
	return e, ""
}
