package tbx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"

	"tafsiri/internal/termfile"
	"tafsiri/internal/xmltext"
)

var _ termfile.Reader = (*Reader)(nil)

// Reader reads the concept entries of a TBX document one at a time.
type Reader struct {
	name    string
	dec     *xmltext.Decoder
	dialect Dialect
	depth   int    // elements open outside entries, the root included
	err     error  // the first error Next met, io.EOF at the end
	skipped []Skip // entries skipped so far
}

// NewReader reads r up to and including the start of its root element,
// which decides the dialect; name, usually the file name, prefixes every
// error message.
func NewReader(r io.Reader, name string) (*Reader, error) {
	dec, err := xmltext.NewDecoder(r, name)
	if err != nil {
		return nil, err
	}
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
		tok, line, err := r.dec.Token()
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
				if err := r.dec.Skip(); err != nil {
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
		tok, line, err := r.dec.Token()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return r.dec.ErrorAt(line, fmt.Errorf("%w: no root element", ErrNotTBX))
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
			return r.dec.ErrorAt(line, fmt.Errorf("%w: root element is <%s>, want <martif> or <tbx>", ErrNotTBX, se.Name.Local))
		}
		r.depth = 1
		return nil
	}
}
