package termcsv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"tafsiri/internal/textnorm"
)

// scanner splits delimited text into records, one line each except where a
// quoted field spans lines. It follows RFC 4180 where that helps and bends
// where real files do: a quote inside an unquoted field is kept as text,
// text after a closing quote is kept too, and a line may end in LF or CRLF.
type scanner struct {
	br      *bufio.Reader
	name    string
	comma   byte // the field delimiter
	quotes  bool // whether a field may be quoted with '"'
	comment byte // lines starting with it are skipped; 0 for none
	line    int  // lines read so far
	buf     []byte
	field   []byte
}

// newScanner returns a scanner of r that reports errors under name. It
// reads UTF-8 or UTF-16 text and refuses other bytes (textnorm.NewReader).
func newScanner(r io.Reader, name string, comma byte, quotes bool) (*scanner, error) {
	in, err := textnorm.NewReader(r, name)
	if err != nil {
		return nil, &ParseError{Name: name, Line: 1, Err: err}
	}
	return &scanner{br: bufio.NewReaderSize(in, 64<<10), name: name, comma: comma, quotes: quotes}, nil
}

// errorAt returns a *ParseError at line.
func (s *scanner) errorAt(line int, err error) error {
	return &ParseError{Name: s.name, Line: line, Err: err}
}

// readError returns a *ParseError for a failed read of line: at the line
// of the bad byte for input that is not text.
func (s *scanner) readError(line int, err error) error {
	var bad *textnorm.InputError
	if errors.As(err, &bad) {
		return s.errorAt(bad.Line, encodingError{bad})
	}
	return s.errorAt(line, err)
}

// encodingError is a *textnorm.InputError inside a *ParseError, which
// already says where: it says only what, and is an ErrEncoding too.
type encodingError struct{ bad *textnorm.InputError }

// Error returns what is wrong, as "invalid UTF-8 (byte 0xff at offset 3)".
func (e encodingError) Error() string { return e.bad.Detail() }

// Unwrap returns ErrEncoding and the *textnorm.InputError.
func (e encodingError) Unwrap() []error { return []error{ErrEncoding, e.bad} }

// readLine returns the next line without its line ending, or io.EOF. The
// line is only valid until the next call.
func (s *scanner) readLine() ([]byte, error) {
	s.buf = s.buf[:0]
	for {
		chunk, err := s.br.ReadSlice('\n')
		s.buf = append(s.buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) && len(s.buf) == 0 {
			return nil, io.EOF
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, s.readError(s.line+1, err)
		}
		break
	}
	s.line++
	line := bytes.TrimSuffix(s.buf, []byte{'\n'})
	return bytes.TrimSuffix(line, []byte{'\r'}), nil
}

// record returns the fields of the next record that is not blank, a
// comment or empty, and the line where it starts; io.EOF at the end.
func (s *scanner) record() ([]string, int, error) {
	for {
		line, err := s.readLine()
		if err != nil {
			return nil, s.line, err
		}
		start := s.line
		if s.comment != 0 && len(line) > 0 && line[0] == s.comment {
			continue
		}
		fields, err := s.split(line)
		if err != nil {
			return nil, start, err
		}
		if !blank(fields) {
			return fields, start, nil
		}
	}
}

// split returns the fields of the record that starts with line, reading
// more lines while a quoted field is open.
func (s *scanner) split(line []byte) ([]string, error) {
	var fields []string
	for {
		var f string
		more := false
		if s.quotes && len(line) > 0 && line[0] == '"' {
			var err error
			if f, line, more, err = s.quoted(line[1:]); err != nil {
				return nil, err
			}
		} else {
			f, line, more = s.plain(line)
		}
		fields = append(fields, f)
		if !more {
			return fields, nil
		}
	}
}

// plain returns the unquoted field at the start of line, the rest of the
// line after its delimiter, and whether a delimiter ended the field.
func (s *scanner) plain(line []byte) (string, []byte, bool) {
	i := bytes.IndexByte(line, s.comma)
	if i < 0 {
		return string(line), nil, false
	}
	return string(line[:i]), line[i+1:], true
}

// quoted returns the quoted field that starts just after the opening quote
// in line, like plain. A doubled quote stands for one quote; line breaks
// inside the field become "\n".
func (s *scanner) quoted(line []byte) (string, []byte, bool, error) {
	start := s.line
	s.field = s.field[:0]
	for {
		i := bytes.IndexByte(line, '"')
		if i < 0 {
			s.field = append(s.field, line...)
			s.field = append(s.field, '\n')
			next, err := s.readLine()
			if errors.Is(err, io.EOF) {
				return "", nil, false, s.errorAt(start, ErrQuote)
			}
			if err != nil {
				return "", nil, false, err
			}
			line = next
			continue
		}
		s.field = append(s.field, line[:i]...)
		line = line[i+1:]
		if len(line) > 0 && line[0] == '"' {
			s.field = append(s.field, '"')
			line = line[1:]
			continue
		}
		break
	}
	// Text between the closing quote and the delimiter is kept as it is.
	rest, line, more := s.plain(line)
	s.field = append(s.field, rest...)
	return string(s.field), line, more, nil
}

// blank reports whether every field is empty or whitespace: such rows are
// what spreadsheets write for empty lines.
func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// sniffComma sets the delimiter from the first lines of the input. A file
// shorter than that is no error, nor are bytes that are no text: sniff works
// on what there is, and reading reports them at their line.
func (s *scanner) sniffComma() error {
	head, err := s.br.Peek(8 << 10)
	var bad *textnorm.InputError
	if err != nil && !errors.Is(err, io.EOF) && !errors.As(err, &bad) {
		return s.errorAt(1, fmt.Errorf("read header: %w", err))
	}
	s.comma = sniff(string(head))
	return nil
}

// sniff returns the delimiter of the first line that is not empty in head:
// the most frequent of tab, comma and semicolon outside quotes, preferring
// them in that order on a tie, and comma when there is none.
func sniff(head string) byte {
	for line := range strings.Lines(head) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		counts := map[byte]int{}
		inQuotes := false
		for i := 0; i < len(line); i++ {
			switch c := line[i]; {
			case c == '"':
				inQuotes = !inQuotes
			case !inQuotes && (c == '\t' || c == ',' || c == ';'):
				counts[c]++
			}
		}
		best, most := byte(','), 0
		for _, c := range []byte{'\t', ',', ';'} {
			if counts[c] > most {
				best, most = c, counts[c]
			}
		}
		return best
	}
	return ','
}
