package tbx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"

	"tafsiri/internal/xmltext"
)

// Reader reads the concept entries of a TBX document one at a time.
type Reader struct {
	name    string
	dec     *xml.Decoder
	dialect Dialect
	depth   int    // elements open outside entries, the root included
	err     error  // the first error Next met, io.EOF at the end
	skipped []Skip // entries skipped so far
}

// NewReader reads r up to and including the start of its root element,
// which decides the dialect; name, usually the file name, prefixes every
// error message.
func NewReader(r io.Reader, name string) (*Reader, error) {
	in, err := xmltext.UTF8Reader(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	dec := xml.NewDecoder(in)
	dec.CharsetReader = xmltext.CharsetReader
	rd := &Reader{name: name, dec: dec}
	if err := rd.readRoot(); err != nil {
		return nil, err
	}
	return rd, nil
}

// Dialect returns the dialect of the document: Dialect2008 or DialectV3.
func (r *Reader) Dialect() Dialect { return r.dialect }

// Skipped returns the entries skipped so far, with the reasons.
func (r *Reader) Skipped() []Skip { return slices.Clone(r.skipped) }

// Next returns the next entry, io.EOF after the last one, or a *ParseError;
// once it has returned an error it returns the same error again.
func (r *Reader) Next() (Entry, error) {
	if r.err != nil {
		return Entry{}, r.err
	}
	e, err := r.nextEntry()
	if err != nil {
		r.err = err
		return Entry{}, err
	}
	return e, nil
}

// nextEntry walks down to the next termEntry or conceptEntry, wherever it
// sits below the root, until one that has a term.
func (r *Reader) nextEntry() (Entry, error) {
	for r.depth > 0 {
		tok, line, err := r.token()
		if err != nil {
			return Entry{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "termEntry", "conceptEntry":
				n, err := r.readTree(t, line)
				if err != nil {
					return Entry{}, err
				}
				if e, ok := r.keep(n); ok {
					return e, nil
				}
			case "martifHeader", "tbxHeader", "back":
				if err := r.skip(); err != nil {
					return Entry{}, err
				}
			default:
				r.depth++
			}
		case xml.EndElement:
			r.depth--
		}
	}
	return Entry{}, io.EOF
}

// keep reads the entry in n and reports whether it has a term, recording it
// as skipped otherwise.
func (r *Reader) keep(n *node) (Entry, bool) {
	e, dropped := readEntry(n)
	if len(e.Terms) > 0 {
		return e, true
	}
	reason := "entry has no term"
	if len(dropped) > 0 {
		reason = "no usable term: " + joinReasons(dropped)
	}
	r.skipped = append(r.skipped, Skip{Line: n.line, ID: e.ID, Reason: reason})
	return Entry{}, false
}

// readRoot reads up to the root element and takes the dialect from it.
func (r *Reader) readRoot() error {
	for {
		tok, line, err := r.token()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return r.errorAt(line, fmt.Errorf("%w: no root element", ErrNotTBX))
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		r.dialect = dialectOf(se.Name.Local)
		if r.dialect == 0 {
			return r.errorAt(line, fmt.Errorf("%w: root element is <%s>, want <martif> or <tbx>", ErrNotTBX, se.Name.Local))
		}
		r.depth = 1
		return nil
	}
}

// token returns the next token and the line where it starts. It reports the
// end of the input as io.ErrUnexpectedEOF: reading stops at the end of the
// root, so no caller expects it.
func (r *Reader) token() (xml.Token, int, error) {
	line, _ := r.dec.InputPos()
	tok, err := r.dec.Token()
	if errors.Is(err, io.EOF) {
		return nil, line, r.errorAt(line, io.ErrUnexpectedEOF)
	}
	if err != nil {
		return nil, line, r.errorAt(line, err)
	}
	return tok, line, nil
}

// skip skips the rest of the element whose start was just read.
func (r *Reader) skip() error {
	line, _ := r.dec.InputPos()
	if err := r.dec.Skip(); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return r.errorAt(line, err)
	}
	return nil
}

// errorAt wraps err in a *ParseError at line, or at the line a syntax error
// names.
func (r *Reader) errorAt(line int, err error) error {
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		line = syn.Line
	}
	return &ParseError{Name: r.name, Line: line, Err: err}
}
