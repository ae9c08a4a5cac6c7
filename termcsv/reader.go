package termcsv

import (
	"errors"
	"fmt"
	"io"
	"slices"

	"tafsiri/internal/termfile"
)

var _ termfile.Reader = (*Reader)(nil)

// Reader reads the entries of a delimited glossary one row at a time, so a
// file of any size is read in constant memory.
type Reader struct {
	s *scanner
	// row turns the fields of a row starting at line into an entry, or
	// gives the reason to skip it (the entry keeps its ID either way).
	row     func(fields []string, line int) (Entry, string)
	skipped []Skip
	err     error // the first error Next met, io.EOF at the end
}

// Next returns the next entry, io.EOF after the last one, or a *ParseError;
// once it has returned an error it returns the same error again.
func (r *Reader) Next() (Entry, error) {
	for r.err == nil {
		fields, line, err := r.s.record()
		if err != nil {
			r.err = err
			break
		}
		e, reason := r.row(fields, line)
		if reason == "" {
			return e, nil
		}
		r.skipped = append(r.skipped, Skip{Line: line, ID: e.ID, Reason: reason})
	}
	return Entry{}, r.err
}

// Skipped returns the rows skipped so far, with the reasons.
func (r *Reader) Skipped() []Skip { return slices.Clone(r.skipped) }

// readAll collects every entry of a reader.
func readAll(r *Reader, err error) ([]Entry, []Skip, error) {
	if err != nil {
		return nil, nil, err
	}
	entries, err := termfile.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	return entries, r.Skipped(), nil
}

// headerRow starts reading a delimited file with a header row: it picks the
// delimiter the header uses most and returns the header and its line.
func headerRow(r io.Reader, name string) (*scanner, []string, int, error) {
	s, err := newScanner(r, name, ',', true)
	if err != nil {
		return nil, nil, 0, err
	}
	if err := s.sniffComma(); err != nil {
		return nil, nil, 0, err
	}
	header, line, err := s.record()
	if errors.Is(err, io.EOF) {
		return nil, nil, 0, s.errorAt(line+1, fmt.Errorf("%w: no header row", ErrHeader))
	}
	if err != nil {
		return nil, nil, 0, err
	}
	return s, header, line, nil
}
