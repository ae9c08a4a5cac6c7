package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"tafsiri/internal/textnorm"
)

// TeamLanguages are the target columns of the team's lexicon, in the order
// its header lists them after "en" and "pos".
var TeamLanguages = []string{"es-419", "fr", "pt-BR", "ar", "sw", "hi", "bn", "ur", "fa", "zh-Hans", "ru", "id"}

// ErrFormat is what every error of ReadTSV about the file's content wraps.
var ErrFormat = errors.New("not a lexicon in the tab-separated format")

// Column names of the TSV header besides language tags.
const (
	posColumn     = "pos"
	sourceColumn  = "source"
	licenceColumn = "licence"
)

// The comments that set the provenance of the rows after them ("# source:
// Kamusi 2"), and what they set.
var directives = map[string]func(p *provenance, value string){
	"source:":  func(p *provenance, v string) { p.source = v },
	"licence:": func(p *provenance, v string) { p.licence = v },
	"license:": func(p *provenance, v string) { p.licence = v },
}

// maxTSVLine is the longest line ReadTSV reads.
const maxTSVLine = 1 << 20

// ReadTSV reads a lexicon in the team's tab-separated format, all of it or
// nothing: a line it cannot read is an error naming name and the line,
// wrapping ErrFormat. The format (docs/lexicon-format.md says the same):
//
//   - UTF-8 text (UTF-16 with a byte order mark is read too), one row per
//     line, cells separated by tabs; lines may end in CRLF. Blank lines are
//     ignored, and so are lines starting with #, the comments, except two:
//     "# source: TEXT" and "# licence: TEXT" set where the rows after them
//     come from and the terms they may be used under (without them the
//     source is the file's name and the licence empty).
//   - The first other line is the header. Its first cell is the source
//     language (the team's file: en), its second "pos", and each further
//     cell a target language as a BCP 47 tag, each at most once (the team's
//     header, below, lists TeamLanguages). Two optional columns, "source"
//     and "licence", give a row's own provenance, over the comments'.
//   - Each row is one source word or expression: its cell in the source
//     column, its part of speech (noun, verb, adj, adv, pron, prep, conj,
//     det, num, interj, phrase; empty when unknown), and its translation
//     in each target column. A row may have fewer cells than the header
//     (the missing ones are empty), never more.
//   - A cell holds the lemma, then the inflected forms, separated by |:
//     "hand|hands" in the en column, "mano|manos" in es-419. Form i of a
//     target cell translates form i of the source cell; a target cell of
//     one form translates every source form; target forms past the source
//     cell's count are further forms of the target lemma (feminine, other
//     cases or noun classes) that translate the source lemma. An empty
//     cell is no translation; an empty form ("a||b", "a|") is an error.
//   - A row whose source cell is empty must have no translation; a row
//     with a source but no translation is skipped (Dictionary.Skipped).
//
// Each non-empty target cell of a row is one Entry. The team's lexicon:
//
//	# source: Tafsiri team lexicon 2025.1
//	# licence: CC BY 4.0
//	en	pos	es-419	fr	pt-BR	ar	sw	hi	bn	ur	fa	zh-Hans	ru	id
//	hand|hands	noun	mano|manos	main|mains	mão|mãos	يد|أيدي	mkono|mikono	…
func ReadTSV(r io.Reader, name string) (*Dictionary, error) {
	text, err := textnorm.NewReader(r, name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	sc := bufio.NewScanner(text)
	sc.Buffer(make([]byte, 64<<10), maxTSVLine)
	t := &tsvReader{name: name, prov: provenance{source: name}, dict: &Dictionary{Name: name}}
	for sc.Scan() {
		t.line++
		if err := t.read(strings.TrimSuffix(sc.Text(), "\r")); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		var bad *textnorm.InputError
		if errors.As(err, &bad) {
			return nil, err // it names the file and line
		}
		return nil, fmt.Errorf("read %s:%d: %w", name, t.line+1, err)
	}
	if t.cols == nil {
		return nil, fmt.Errorf("read %s: %w: no header row", name, ErrFormat)
	}
	return t.dict, nil
}

// tsvReader is ReadTSV's state between lines.
type tsvReader struct {
	name string
	line int
	prov provenance // from the comments so far
	cols *tsvColumns
	dict *Dictionary
}

// provenance is where entries come from and under which terms.
type provenance struct{ source, licence string }

// tsvColumns is what the header says each column holds.
type tsvColumns struct {
	src             string
	targets         map[int]string // column → language
	source, licence int            // column, or -1
	count           int
}

// read takes one line of the file.
func (t *tsvReader) read(line string) error {
	switch {
	case strings.TrimSpace(line) == "":
		return nil
	case strings.HasPrefix(line, "#"):
		t.comment(strings.TrimSpace(strings.TrimPrefix(line, "#")))
		return nil
	case t.cols == nil:
		cols, err := readHeader(strings.Split(line, "\t"))
		if err != nil {
			return t.errorf("%w", err)
		}
		t.cols = cols
		return nil
	}
	return t.row(strings.Split(line, "\t"))
}

// comment takes the provenance a comment sets, if it sets any.
func (t *tsvReader) comment(text string) {
	for prefix, set := range directives {
		if len(text) >= len(prefix) && strings.EqualFold(text[:len(prefix)], prefix) {
			set(&t.prov, strings.TrimSpace(text[len(prefix):]))
		}
	}
}

// readHeader reads the header row's cells.
func readHeader(cells []string) (*tsvColumns, error) {
	if len(cells) < 3 {
		return nil, fmt.Errorf("%w: the header has %d cells; want the source language, pos, and at least one target language", ErrFormat, len(cells))
	}
	src, err := canonicalTag(cells[0])
	if err != nil {
		return nil, fmt.Errorf("%w: the first header cell must be the source language: %w", ErrFormat, err)
	}
	if !strings.EqualFold(strings.TrimSpace(cells[1]), posColumn) {
		return nil, fmt.Errorf("%w: the second header cell is %q; want pos", ErrFormat, cells[1])
	}
	cols := &tsvColumns{src: src, targets: map[int]string{}, source: -1, licence: -1, count: len(cells)}
	seen := map[string]bool{src: true}
	for i, cell := range cells[2:] {
		i += 2
		switch name := strings.ToLower(strings.TrimSpace(cell)); name {
		case sourceColumn:
			cols.source = i
		case licenceColumn, "license":
			cols.licence = i
		default:
			tag, err := canonicalTag(cell)
			if err != nil {
				return nil, fmt.Errorf("%w: header cell %d: %w", ErrFormat, i+1, err)
			}
			if seen[tag] {
				return nil, fmt.Errorf("%w: header cell %d: %s is there twice", ErrFormat, i+1, tag)
			}
			seen[tag] = true
			cols.targets[i] = tag
		}
	}
	if len(cols.targets) == 0 {
		return nil, fmt.Errorf("%w: the header names no target language", ErrFormat)
	}
	return cols, nil
}

// row reads one row into entries.
func (t *tsvReader) row(cells []string) error {
	c := t.cols
	if len(cells) > c.count {
		return t.errorf("%w: %d cells, the header has %d", ErrFormat, len(cells), c.count)
	}
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return strings.TrimSpace(cells[i])
	}
	src, err := SplitForms(cell(0))
	if err != nil {
		return t.errorf("%w: column %s: %w", ErrFormat, c.src, err)
	}
	prov := t.prov
	if s := cell(c.source); s != "" {
		prov.source = s
	}
	if l := cell(c.licence); l != "" {
		prov.licence = l
	}
	added := 0
	for i := 2; i < len(cells); i++ {
		lang, ok := c.targets[i]
		if !ok {
			continue
		}
		tgt, err := SplitForms(cell(i))
		switch {
		case err != nil:
			return t.errorf("%w: column %s: %w", ErrFormat, lang, err)
		case len(tgt) == 0:
			continue
		case len(src) == 0:
			return t.errorf("%w: a translation into %s of nothing: the %s cell is empty", ErrFormat, lang, c.src)
		}
		t.dict.Entries = append(t.dict.Entries, Entry{SrcLang: c.src, SrcForms: src, POS: cell(1), TgtLang: lang,
			TgtForms: tgt, Source: prov.source, Licence: prov.licence})
		added++
	}
	if added == 0 && len(src) > 0 {
		t.dict.Skipped = append(t.dict.Skipped, Skip{Where: t.where(), Reason: fmt.Sprintf("%q has no translation", src[0])})
	}
	return nil
}

func (t *tsvReader) where() string { return fmt.Sprintf("%s:%d", t.name, t.line) }

// errorf returns an error about the current line, named "read file:line".
func (t *tsvReader) errorf(format string, args ...any) error {
	return fmt.Errorf("read %s: %w", t.where(), fmt.Errorf(format, args...))
}

// canonicalTag returns the BCP 47 tag Tafsiri stores for a language code
// as a file writes it ("pt_BR" → "pt-BR", "spa" → "es"), as
// translate.CanonicalTag does; this package does not depend on the engine.
func canonicalTag(code string) (string, error) {
	code = strings.ReplaceAll(strings.TrimSpace(code), "_", "-")
	if code == "" {
		return "", errors.New("no language code")
	}
	t, err := language.Parse(code)
	if err != nil {
		return "", fmt.Errorf("read language code %q: %w", code, err)
	}
	return t.String(), nil
}
