package tbx

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"

	"tafsiri/internal/textnorm"
	"tafsiri/internal/xmltext"
)

// errClosed reports a Write after Close.
var errClosed = errors.New("writer is closed")

// names holds the element names of a dialect.
type names struct {
	root, entry, lang, term string
}

// Element names per dialect.
var (
	names2008 = names{root: "martif", entry: "termEntry", lang: "langSet", term: "tig"}
	namesV3   = names{root: "tbx", entry: "conceptEntry", lang: "langSec", term: "termSec"}
)

// Writer writes a TBX-Basic document.
type Writer struct {
	bw      *bufio.Writer
	names   names
	buf     []byte // the entry being written
	entries int    // entries written so far
	err     error  // the first write error
	closed  bool
}

// NewWriter writes the start of a TBX-Basic document in dialect d, up to
// the opening of body; sourceLang, the main language of the data, becomes
// the xml:lang of the root.
func NewWriter(w io.Writer, d Dialect, sourceLang string) (*Writer, error) {
	tw := &Writer{bw: bufio.NewWriterSize(w, 64<<10)}
	var b []byte
	switch d {
	case Dialect2008:
		tw.names = names2008
		b = append(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"+
			"<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">\n"+
			"<martif type=\"TBX-Basic\""...)
	case DialectV3:
		tw.names = namesV3
		b = append(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"+
			"<tbx type=\"TBX-Basic\" style=\"dca\""...)
	default:
		return nil, fmt.Errorf("write header: unknown dialect %d", int(d))
	}
	if sourceLang == "" {
		return nil, errors.New("write header: no source language")
	}
	b = xmltext.AppendAttr(b, "xml:lang", sourceLang)
	if d == DialectV3 {
		b = append(b, ` xmlns="urn:iso:std:iso:30042:ed-2"`...)
	}
	b = append(b, ">\n"...)
	b = appendHeader(b, d)
	if _, err := tw.bw.Write(b); err != nil {
		return nil, fmt.Errorf("write header: %w", err)
	}
	return tw, nil
}

// appendHeader appends the header of dialect d and opens text and body.
func appendHeader(b []byte, d Dialect) []byte {
	header := "tbxHeader"
	if d == Dialect2008 {
		header = "martifHeader"
	}
	b = append(b, "<"+header+">\n"+
		"  <fileDesc><sourceDesc><p>Exported by Tafsiri</p></sourceDesc></fileDesc>\n"...)
	if d == Dialect2008 {
		b = append(b, "  <encodingDesc><p type=\"XCSURI\">TBXBasicXCSV02.xcs</p></encodingDesc>\n"...)
	}
	return append(b, "</"+header+">\n<text>\n<body>\n"...)
}

// Write writes e as one entry. Consecutive terms of one language share a
// langSet (langSec in v3); a definition or note that all of them have is
// written once, on that langSet. Each line of a Source becomes an
// <admin type="source"> of the entry or the term. Line is ignored. Every term needs a Lang
// and a Text, and a Status that is empty or one of the Status constants.
func (w *Writer) Write(e Entry) error {
	if w.closed {
		return fmt.Errorf("write entry: %w", errClosed)
	}
	if w.err != nil {
		return w.err
	}
	w.entries++
	name := e.ID
	if name == "" {
		name = "#" + strconv.Itoa(w.entries)
	}
	if err := check(e); err != nil {
		return fmt.Errorf("write entry %s: %w", name, err)
	}
	w.buf = w.appendEntry(w.buf[:0], e)
	if _, err := w.bw.Write(w.buf); err != nil {
		w.err = fmt.Errorf("write entry %s: %w", name, err)
		return w.err
	}
	return nil
}

// check reports why e cannot be written, or nil.
func check(e Entry) error {
	if len(e.Terms) == 0 {
		return errors.New("no term")
	}
	for i, t := range e.Terms {
		if t.Lang == "" {
			return fmt.Errorf("term %d has no language", i+1)
		}
		if textnorm.OneLine(t.Text) == "" {
			return fmt.Errorf("term %d has no text", i+1)
		}
		if _, ok := statusToTBX(t.Status); !ok && t.Status != "" {
			return fmt.Errorf("term %d: unknown status %q (want approved, draft or forbidden)", i+1, t.Status)
		}
	}
	return nil
}

// Close ends body, text and the root and flushes the document; it does not
// close the underlying writer.
func (w *Writer) Close() error {
	if w.closed || w.err != nil {
		w.closed = true
		return w.err
	}
	w.closed = true
	if _, err := w.bw.WriteString("</body>\n</text>\n</" + w.names.root + ">\n"); err != nil {
		w.err = fmt.Errorf("close document: %w", err)
		return w.err
	}
	if err := w.bw.Flush(); err != nil {
		w.err = fmt.Errorf("close document: %w", err)
	}
	return w.err
}
