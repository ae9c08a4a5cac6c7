package tmx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"

	"tafsiri/internal/xmltext"
)

// versions lists the tmx version attributes the Reader accepts.
var versions = []string{"1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b"}

// state is where the Reader stands in the document.
type state int

const (
	inTMX  state = iota // inside tmx, outside body
	inBody              // inside body, between units
	done                // after the end of tmx
)

// Skip records a translation unit the Reader skipped.
type Skip struct {
	Line   int    // the line where the tu starts
	ID     string // its tuid, empty when it has none
	Reason string // why it was skipped
}

// Reader reads the units of a TMX document one at a time.
type Reader struct {
	name    string
	dec     *xmltext.Decoder
	header  Header
	state   state
	err     error  // the first error Next met, io.EOF at the end
	skipped []Skip // units skipped so far
	raw     []byte // scratch space for segment text
	clean   []byte // scratch space for normalised text
}

// NewReader reads r up to and including the TMX header; name, usually the
// file name, prefixes every error message.
func NewReader(r io.Reader, name string) (*Reader, error) {
	dec, err := xmltext.NewDecoder(r, name)
	if err != nil {
		return nil, err
	}
	rd := &Reader{name: name, dec: dec}
	if err := rd.readRoot(); err != nil {
		return nil, err
	}
	if err := rd.readHeader(); err != nil {
		return nil, err
	}
	return rd, nil
}

// Header returns the attributes, notes and props of the TMX header; they
// are empty when the document has no header.
func (r *Reader) Header() Header { return r.header }

// Skipped returns the units skipped so far, with the reasons.
func (r *Reader) Skipped() []Skip { return slices.Clone(r.skipped) }

// Next returns the next unit, io.EOF after the last one, or a *ParseError;
// once it has returned an error it returns the same error again.
func (r *Reader) Next() (Unit, error) {
	if r.err != nil {
		return Unit{}, r.err
	}
	u, err := r.nextUnit()
	if err != nil {
		r.err = err
		return Unit{}, err
	}
	return u, nil
}

// nextUnit walks tmx and body, skipping what is not a tu, until a unit that
// has at least one variant.
func (r *Reader) nextUnit() (Unit, error) {
	for r.state != done {
		tok, line, err := r.dec.Token()
		if err != nil {
			return Unit{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case r.state == inTMX && t.Name.Local == "body":
				r.state = inBody
			case r.state == inBody && t.Name.Local == "tu":
				u, ok, err := r.readUnit(t, line)
				if err != nil || ok {
					return u, err
				}
			default:
				if err := r.dec.Skip(); err != nil {
					return Unit{}, err
				}
			}
		case xml.EndElement:
			// Elements nest properly, so this ends body or else tmx.
			if r.state == inBody {
				r.state = inTMX
			} else {
				r.state = done
			}
		}
	}
	return Unit{}, io.EOF
}

// readRoot reads up to the root element and checks it is a supported tmx.
func (r *Reader) readRoot() error {
	for {
		tok, line, err := r.dec.Token()
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return r.dec.ErrorAt(line, fmt.Errorf("%w: no root element", ErrNotTMX))
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "tmx" {
			return r.dec.ErrorAt(line, fmt.Errorf("%w: root element is <%s>, want <tmx>", ErrNotTMX, se.Name.Local))
		}
		if v := attr(se, "version"); !slices.Contains(versions, v) {
			return r.dec.ErrorAt(line, fmt.Errorf("%w %q: want 1.1 to 1.4b", ErrVersion, v))
		}
		return nil
	}
}

// readHeader reads up to the end of the header. A document without a header
// is tolerated, so reading stops as well at the start of body.
func (r *Reader) readHeader() error {
	for {
		tok, _, err := r.dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "header":
				return r.readHeaderElement(t)
			case "body":
				r.state = inBody
				return nil
			}
			if err := r.dec.Skip(); err != nil {
				return err
			}
		case xml.EndElement:
			r.state = done
			return nil
		}
	}
}

// readHeaderElement reads the attributes and children of header.
func (r *Reader) readHeaderElement(se xml.StartElement) error {
	r.header.setAttrs(se)
	for {
		tok, _, err := r.dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := r.readMeta(t, &r.header.Props, &r.header.Notes); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}
