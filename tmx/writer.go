package tmx

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"tafsiri/internal/xmltext"
)

// prolog opens every document the Writer writes.
const prolog = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
`

// segTypes lists the values the DTD allows for segtype.
var segTypes = []string{"block", "paragraph", "sentence", "phrase"}

// errClosed reports a Write after Close.
var errClosed = errors.New("writer is closed")

// Writer writes a TMX 1.4b document.
type Writer struct {
	bw     *bufio.Writer
	buf    []byte // the unit being written
	units  int    // units written so far
	err    error  // the first write error
	closed bool
}

// NewWriter writes the start of a TMX 1.4b document and header h, filling
// empty required attributes with defaults: creationtool and o-tmf "Tafsiri",
// creationtoolversion "unknown", segtype "sentence", adminlang "en", srclang
// "*all*" and datatype "plaintext".
func NewWriter(w io.Writer, h Header) (*Writer, error) {
	h, err := withDefaults(h)
	if err != nil {
		return nil, fmt.Errorf("write header: %w", err)
	}
	tw := &Writer{bw: bufio.NewWriterSize(w, 64<<10)}
	b := append([]byte(prolog), "<header"...)
	for _, a := range h.attrs() {
		if a.required || *a.field != "" {
			b = xmltext.AppendAttr(b, a.name, *a.field)
		}
	}
	if len(h.Notes) == 0 && len(h.Props) == 0 {
		b = append(b, "/>\n"...)
	} else {
		b = append(b, ">\n"...)
		b = appendMeta(b, h.Notes, h.Props)
		b = append(b, "</header>\n"...)
	}
	b = append(b, "<body>\n"...)
	if _, err := tw.bw.Write(b); err != nil {
		return nil, fmt.Errorf("write header: %w", err)
	}
	return tw, nil
}

// withDefaults returns h with its empty required attributes filled and its
// segtype checked.
func withDefaults(h Header) (Header, error) {
	fill := func(field *string, value string) {
		if *field == "" {
			*field = value
		}
	}
	fill(&h.CreationTool, "Tafsiri")
	fill(&h.CreationToolVersion, "unknown")
	fill(&h.SegType, "sentence")
	fill(&h.OTMF, "Tafsiri")
	fill(&h.AdminLang, "en")
	fill(&h.SrcLang, "*all*")
	fill(&h.DataType, "plaintext")
	h.SegType = strings.ToLower(h.SegType)
	if !slices.Contains(segTypes, h.SegType) {
		return h, fmt.Errorf("segtype %q is not block, paragraph, sentence or phrase", h.SegType)
	}
	return h, nil
}

// Write writes u as a tu: its notes, its props in the order of their types,
// then a tuv for each variant. Line is ignored; every variant needs a Lang.
func (w *Writer) Write(u Unit) error {
	if w.closed {
		return fmt.Errorf("write unit: %w", errClosed)
	}
	if w.err != nil {
		return w.err
	}
	w.units++
	name := u.ID
	if name == "" {
		name = "#" + strconv.Itoa(w.units)
	}
	if len(u.Variants) == 0 {
		return fmt.Errorf("write unit %s: no variant", name)
	}
	for i, v := range u.Variants {
		if v.Lang == "" {
			return fmt.Errorf("write unit %s: variant %d has no language", name, i+1)
		}
	}
	b := append(w.buf[:0], "<tu"...)
	if u.ID != "" {
		b = xmltext.AppendAttr(b, "tuid", u.ID)
	}
	b = append(b, ">\n"...)
	b = appendMeta(b, u.Notes, u.Props)
	for _, v := range u.Variants {
		b = append(b, "  <tuv"...)
		b = xmltext.AppendAttr(b, "xml:lang", v.Lang)
		b = append(b, "><seg>"...)
		b = xmltext.AppendEscaped(b, v.Text)
		b = append(b, "</seg></tuv>\n"...)
	}
	b = append(b, "</tu>\n"...)
	w.buf = b
	if _, err := w.bw.Write(b); err != nil {
		w.err = fmt.Errorf("write unit %s: %w", name, err)
		return w.err
	}
	return nil
}

// Close ends body and tmx and flushes the document; it does not close the
// underlying writer.
func (w *Writer) Close() error {
	if w.closed || w.err != nil {
		w.closed = true
		return w.err
	}
	w.closed = true
	if _, err := w.bw.WriteString("</body>\n</tmx>\n"); err != nil {
		w.err = fmt.Errorf("close document: %w", err)
		return w.err
	}
	if err := w.bw.Flush(); err != nil {
		w.err = fmt.Errorf("close document: %w", err)
	}
	return w.err
}

// appendMeta appends notes, then props sorted by type, one per line.
func appendMeta(b []byte, notes []string, props map[string]string) []byte {
	for _, n := range notes {
		b = append(b, "  <note>"...)
		b = xmltext.AppendEscaped(b, n)
		b = append(b, "</note>\n"...)
	}
	types := make([]string, 0, len(props))
	for t := range props {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		b = append(b, "  <prop"...)
		b = xmltext.AppendAttr(b, "type", t)
		b = append(b, '>')
		b = xmltext.AppendEscaped(b, props[t])
		b = append(b, "</prop>\n"...)
	}
	return b
}
