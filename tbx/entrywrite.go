package tbx

import (
	"tafsiri/internal/textnorm"
	"tafsiri/internal/xmltext"
)

// appendEntry appends e as a termEntry or conceptEntry. Its descrip,
// admin and note elements come before the first langSet, as both dialects
// require.
func (w *Writer) appendEntry(b []byte, e Entry) []byte {
	n := w.names
	b = append(b, "<"+n.entry...)
	if e.ID != "" {
		b = xmltext.AppendAttr(b, "id", e.ID)
	}
	b = append(b, ">\n"...)
	b = appendLines(b, "  ", `descrip type="subjectField"`, "descrip", e.Subject)
	b = appendLines(b, "  ", `descrip type="definition"`, "descrip", e.Definition)
	b = appendLines(b, "  ", `admin type="source"`, "admin", e.Source)
	b = appendLines(b, "  ", "note", "note", e.Note)
	for start := 0; start < len(e.Terms); {
		end := start + 1
		for end < len(e.Terms) && e.Terms[end].Lang == e.Terms[start].Lang {
			end++
		}
		b = w.appendLangSection(b, e.Terms[start:end])
		start = end
	}
	return append(b, "</"+n.entry+">\n"...)
}

// appendLangSection appends terms, all of one language, as a langSet or
// langSec.
func (w *Writer) appendLangSection(b []byte, terms []Term) []byte {
	n := w.names
	b = append(b, "  <"+n.lang...)
	b = xmltext.AppendAttr(b, "xml:lang", terms[0].Lang)
	b = append(b, ">\n"...)
	def, sharedDef := shared(terms, func(t Term) string { return t.Definition })
	note, sharedNote := shared(terms, func(t Term) string { return t.Note })
	b = appendLines(b, "    ", `descrip type="definition"`, "descrip", def)
	b = appendLines(b, "    ", "note", "note", note)
	for _, t := range terms {
		if sharedDef {
			t.Definition = ""
		}
		if sharedNote {
			t.Note = ""
		}
		b = w.appendTerm(b, t)
	}
	return append(b, "  </"+n.lang+">\n"...)
}

// appendTerm appends t as a tig or termSec: the term, then its termNote
// elements, then descrip, admin and note, as both dialects require.
func (w *Writer) appendTerm(b []byte, t Term) []byte {
	n := w.names
	b = append(b, "    <"+n.term+">\n      <term>"...)
	b = xmltext.AppendEscaped(b, textnorm.OneLine(t.Text))
	b = append(b, "</term>\n"...)
	if pos := textnorm.OneLine(t.PartOfSpeech); pos != "" {
		b = append(b, `      <termNote type="partOfSpeech">`...)
		b = xmltext.AppendEscaped(b, pos)
		b = append(b, "</termNote>\n"...)
	}
	if status, ok := statusToTBX(t.Status); ok {
		b = append(b, `      <termNote type="administrativeStatus">`+status+"</termNote>\n"...)
	}
	b = appendLines(b, "      ", `descrip type="definition"`, "descrip", t.Definition)
	b = appendLines(b, "      ", `admin type="source"`, "admin", t.Source)
	b = appendLines(b, "      ", "note", "note", t.Note)
	return append(b, "    </"+n.term+">\n"...)
}

// shared returns the value field gives for every term and true when all
// terms give the same non-empty value.
func shared(terms []Term, field func(Term) string) (string, bool) {
	v := field(terms[0])
	if v == "" {
		return "", false
	}
	for _, t := range terms[1:] {
		if field(t) != v {
			return "", false
		}
	}
	return v, true
}

// appendLines appends one element per line of text, each on a line of its
// own after indent: <open>line</close>.
func appendLines(b []byte, indent, open, close, text string) []byte {
	for _, line := range textnorm.SplitLines(text) {
		b = append(b, indent+"<"+open+">"...)
		b = xmltext.AppendEscaped(b, line)
		b = append(b, "</"+close+">\n"...)
	}
	return b
}
