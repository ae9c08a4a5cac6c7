package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteTSV writes entries in the format ReadTSV reads, with src as the
// source column: entries from src are written as they are, entries into
// src reversed, and the others left out, as are those whose source starts
// with # (a comment line); it returns how many entries it wrote. The target columns are the languages of the entries, those of
// TeamLanguages first in its order, and each row keeps its provenance in
// the source and licence columns. Entries of one source word, part of
// speech and provenance share rows: the first translation into each
// language on the first row, the second on the next, and so on.
func WriteTSV(w io.Writer, src string, entries []Entry) (int, error) {
	groups, langs, written := groupBySource(src, entries)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Tafsiri lexicon: tab-separated, forms separated by |; see docs/lexicon-format.md\n")
	header := append(append([]string{src, posColumn}, langs...), sourceColumn, licenceColumn)
	fmt.Fprintln(bw, strings.Join(header, "\t"))
	for _, g := range groups {
		for _, row := range g.rows(langs) {
			fmt.Fprintln(bw, strings.Join(row, "\t"))
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("write lexicon: %w", err)
	}
	return written, nil
}

// sourceGroup is the entries of one source word, part of speech and
// provenance, by target language.
type sourceGroup struct {
	forms, pos, source, licence string
	byLang                      map[string][]string // language → each translation's forms, joined
}

// groupBySource gathers the entries from (or, reversed, into) src by
// source word, in their order, and lists their target languages.
func groupBySource(src string, entries []Entry) ([]*sourceGroup, []string, int) {
	var groups []*sourceGroup
	index := map[[4]string]*sourceGroup{}
	seen := map[string]bool{}
	written := 0
	for _, e := range entries {
		switch {
		case e.SrcLang == src:
		case e.TgtLang == src:
			e = e.Reverse()
		default:
			continue
		}
		if strings.HasPrefix(e.SrcText(), "#") {
			continue // it would read as a comment line
		}
		key := [4]string{JoinForms(e.SrcForms), e.POS, e.Source, e.Licence}
		g, ok := index[key]
		if !ok {
			g = &sourceGroup{forms: key[0], pos: key[1], source: key[2], licence: key[3], byLang: map[string][]string{}}
			index[key] = g
			groups = append(groups, g)
		}
		g.byLang[e.TgtLang] = append(g.byLang[e.TgtLang], JoinForms(e.TgtForms))
		seen[e.TgtLang] = true
		written++
	}
	return groups, orderLanguages(seen), written
}

// orderLanguages lists the languages of seen: TeamLanguages first, in their
// order, then the others sorted.
func orderLanguages(seen map[string]bool) []string {
	var langs, others []string
	for _, l := range TeamLanguages {
		if seen[l] {
			langs = append(langs, l)
		}
	}
	for l := range seen {
		if !slices.Contains(TeamLanguages, l) {
			others = append(others, l)
		}
	}
	slices.Sort(others)
	return append(langs, others...)
}

// rows lays the group out as rows of cells under the header's languages.
func (g *sourceGroup) rows(langs []string) [][]string {
	n := 0
	for _, ts := range g.byLang {
		n = max(n, len(ts))
	}
	rows := make([][]string, n)
	for i := range rows {
		row := []string{cleanCell(g.forms), cleanCell(g.pos)}
		for _, l := range langs {
			cell := ""
			if ts := g.byLang[l]; i < len(ts) {
				cell = ts[i]
			}
			row = append(row, cleanCell(cell))
		}
		rows[i] = append(row, cleanCell(g.source), cleanCell(g.licence))
	}
	return rows
}

// cleanCell keeps a cell on its line and in its column: tabs and line
// breaks become spaces.
func cleanCell(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
}
