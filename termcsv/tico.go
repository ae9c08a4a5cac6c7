package termcsv

import (
	"fmt"
	"io"
	"strings"

	"tafsiri/internal/textnorm"
)

// ticoColumns holds the indices of the columns of a TICO-19 terminology,
// -1 for an absent optional one.
type ticoColumns struct {
	id, srcLang, tgtLang, src, tgt, pos, description int
	n                                                int // the number of header fields
}

// ticoHeader finds the TICO-19 columns in a header, ignoring case. It
// returns the first required column that is missing, if any.
func ticoHeader(header []string) (ticoColumns, string) {
	c := ticoColumns{id: -1, srcLang: -1, tgtLang: -1, src: -1, tgt: -1, pos: -1, description: -1, n: len(header)}
	fields := map[string]*int{
		"id": &c.id, "stringid": &c.id, "sourcelang": &c.srcLang, "targetlang": &c.tgtLang,
		"sourcestring": &c.src, "targetstring": &c.tgt, "pos": &c.pos, "description": &c.description,
	}
	for i, cell := range header {
		if p, ok := fields[strings.ToLower(textnorm.OneLine(cell))]; ok && *p < 0 {
			*p = i
		}
	}
	required := []struct {
		name  string
		index int
	}{{"sourceLang", c.srcLang}, {"targetLang", c.tgtLang}, {"sourceString", c.src}, {"targetString", c.tgt}}
	for _, r := range required {
		if r.index < 0 {
			return c, r.name
		}
	}
	return c, ""
}

// ReadTICO reads a TICO-19 terminology as published: the f_* files
// (id,sourceLang,targetLang,sourceString,targetString) and the g_* files
// (stringID,sourceLang,targetLang,pos,description,sourceString,targetString),
// told apart by their header. Each row is one Entry with the row's id and
// the description as Definition; its two terms take their languages from
// sourceLang and targetLang as written (en, es_XX, zh-Hans, ...) and share
// the row's pos. A string without a language is dropped; rows with the
// wrong number of fields (an unquoted comma in a term, say) or no term are
// skipped.
func ReadTICO(r io.Reader, name string) ([]Entry, []Skip, error) {
	return readAll(NewTICOReader(r, name))
}

// NewTICOReader reads the header row of a TICO-19 terminology and returns a
// Reader of its rows.
func NewTICOReader(r io.Reader, name string) (*Reader, error) {
	s, header, line, err := headerRow(r, name)
	if err != nil {
		return nil, err
	}
	cols, missing := ticoHeader(header)
	if missing != "" {
		return nil, s.errorAt(line, fmt.Errorf("%w: no %s column, so not a TICO-19 terminology", ErrHeader, missing))
	}
	return &Reader{s: s, row: cols.entry}, nil
}

// entry returns the entry of a row that starts at line, or the reason to
// skip it; the entry has its ID either way.
func (c ticoColumns) entry(fields []string, line int) (Entry, string) {
	cell := func(i int) string {
		if i < 0 || i >= len(fields) {
			return ""
		}
		return fields[i]
	}
	e := Entry{ID: strings.TrimSpace(cell(c.id))}
	if len(fields) != c.n {
		return e, fmt.Sprintf("row has %d fields, header has %d", len(fields), c.n)
	}
	e.Definition = textnorm.Lines(cell(c.description))
	pos := textnorm.OneLine(cell(c.pos))
	var dropped []string
	for _, side := range []struct{ name, lang, text string }{
		{"sourceString", cell(c.srcLang), cell(c.src)},
		{"targetString", cell(c.tgtLang), cell(c.tgt)},
	} {
		text, lang := textnorm.OneLine(side.text), strings.TrimSpace(side.lang)
		switch {
		case text == "":
			dropped = append(dropped, side.name+" is empty")
		case lang == "":
			dropped = append(dropped, side.name+" has no language")
		default:
			e.Terms = append(e.Terms, Term{Lang: lang, Text: text, PartOfSpeech: pos, Line: line})
		}
	}
	if len(e.Terms) == 0 {
		return e, "no term: " + strings.Join(dropped, "; ")
	}
	return e, ""
}
