package termcsv

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"tafsiri/internal/textnorm"
)

// tableTail lists the columns WriteTable writes after the languages; the
// source column comes last, and only when some row has a source.
var tableTail = []string{"pos", "definition", "note", "status", "source"}

// WriteTable writes entries as a comma-separated table that ReadTable reads
// back: UTF-8 with a byte order mark, so spreadsheets recognise it, LF line
// endings, and the header langs..., pos, definition, note, status, then
// source when any row has one.
//
// A row holds at most one term per language, and its pos and status belong
// to all of its terms, so an entry becomes as many rows as it needs: a term
// goes to the entry's first row with the same part of speech and status
// and a free cell for its language. Terms in languages not in langs are
// left out; langs match Term.Lang ignoring case, with "_" and "-" alike.
// Each row's definition, note and source are the entry's, or when the
// entry has none those of the row's terms. ID and Subject are not written.
// Nothing is written when an entry cannot be.
//
// A cell that starts with = + - @, a tab or a carriage return is written
// with a leading ', as OWASP advises against CSV injection, so that a
// spreadsheet shows it as text instead of running it as a formula
// (=HYPERLINK(…), -2+3); ReadTable drops that ' again. WriteTable returns
// how many cells it so neutralised.
func WriteTable(w io.Writer, langs []string, entries []Entry) (neutralised int, err error) {
	return writeDelimited(w, langs, entries, ',')
}

// WriteTSV writes entries as WriteTable does, separated by tabs.
func WriteTSV(w io.Writer, langs []string, entries []Entry) (neutralised int, err error) {
	return writeDelimited(w, langs, entries, '\t')
}

func writeDelimited(w io.Writer, langs []string, entries []Entry, comma rune) (int, error) {
	if len(langs) == 0 {
		return 0, fmt.Errorf("write table: no language")
	}
	for _, l := range langs {
		if roleOf(l) != roleLang {
			return 0, fmt.Errorf("write table: language %q is not a BCP 47 tag or is a column name", l)
		}
	}
	var rows [][]string
	for i, e := range entries {
		rs, err := tableRows(langs, e)
		if err != nil {
			return 0, fmt.Errorf("write table: entry %s: %w", entryName(e, i), err)
		}
		rows = append(rows, rs...)
	}
	neutralised := neutraliseRows(rows)
	header := append(slices.Clone(langs), tableTail...)
	if !slices.ContainsFunc(rows, func(r []string) bool { return r[len(r)-1] != "" }) {
		header = header[:len(header)-1]
		for i, r := range rows {
			rows[i] = r[:len(r)-1]
		}
	}
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.Comma = comma
	if _, err := bw.WriteString("\ufeff"); err != nil { // a byte order mark tells spreadsheets it is UTF-8
		return 0, fmt.Errorf("write table: %w", err)
	}
	if err := cw.Write(header); err != nil {
		return 0, fmt.Errorf("write table: %w", err)
	}
	if err := cw.WriteAll(rows); err != nil {
		return 0, fmt.Errorf("write table: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("write table: %w", err)
	}
	return neutralised, nil
}

// entryName names the i-th entry in error messages: its ID, or its number.
func entryName(e Entry, i int) string {
	if e.ID != "" {
		return e.ID
	}
	return fmt.Sprintf("#%d", i+1)
}

// tableRow is a row of WriteTable in the making.
type tableRow struct {
	pos, status          string
	cells                []string // the term of each language, "" for none
	defs, notes, sources []string // the distinct definitions, notes and sources of its terms
}

// tableRows returns the rows that hold the terms of e in langs, each with
// every column of tableTail.
func tableRows(langs []string, e Entry) ([][]string, error) {
	var rows []*tableRow
	for i, t := range e.Terms {
		col := slices.IndexFunc(langs, func(l string) bool { return sameLang(l, t.Lang) })
		text := textnorm.OneLine(t.Text)
		if col < 0 || text == "" {
			continue
		}
		status, ok := parseStatus(t.Status)
		if !ok {
			return nil, fmt.Errorf("term %d: unknown status %q (want approved, draft or forbidden)", i+1, t.Status)
		}
		pos := textnorm.OneLine(t.PartOfSpeech)
		k := slices.IndexFunc(rows, func(r *tableRow) bool {
			return r.pos == pos && r.status == status && r.cells[col] == ""
		})
		if k < 0 {
			rows = append(rows, &tableRow{pos: pos, status: status, cells: make([]string, len(langs))})
			k = len(rows) - 1
		}
		r := rows[k]
		r.cells[col] = text
		r.defs = appendNew(r.defs, textnorm.Lines(t.Definition))
		r.notes = appendNew(r.notes, textnorm.Lines(t.Note))
		r.sources = appendNew(r.sources, textnorm.Lines(t.Source))
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		def, note, source := textnorm.Lines(e.Definition), textnorm.Lines(e.Note), textnorm.Lines(e.Source)
		if def == "" {
			def = strings.Join(r.defs, "\n")
		}
		if note == "" {
			note = strings.Join(r.notes, "\n")
		}
		if source == "" {
			source = strings.Join(r.sources, "\n")
		}
		out[i] = append(r.cells, r.pos, def, note, r.status, source)
	}
	return out, nil
}

// appendNew appends s to list unless it is empty or already there.
func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// sameLang reports whether two language tags are written alike, ignoring
// case and taking "_" for "-": "es_XX" matches "es-xx", "en" not "en-GB".
func sameLang(a, b string) bool {
	norm := func(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "_", "-") }
	return strings.EqualFold(norm(a), norm(b))
}
