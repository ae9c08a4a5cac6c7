package tmx

import "encoding/xml"

// Header holds the TMX header attributes.
type Header struct {
	CreationTool        string // creationtool: the tool that wrote the file
	CreationToolVersion string // creationtoolversion: that tool's version
	SegType             string // segtype: block, paragraph, sentence or phrase
	OTMF                string // o-tmf: the original translation memory format
	AdminLang           string // adminlang: the language of notes and props
	SrcLang             string // srclang: the source language, or "*all*"
	DataType            string // datatype: the type of the data, e.g. "plaintext"

	OEncoding    string // o-encoding: the original encoding (optional)
	CreationDate string // creationdate, e.g. "20250102T150405Z" (optional)
	CreationID   string // creationid: who created the file (optional)
	ChangeDate   string // changedate (optional)
	ChangeID     string // changeid: who last changed the file (optional)

	// Props maps the type of each header prop to its text.
	Props map[string]string
	// Notes holds the text of the header notes.
	Notes []string
}

// headerAttr pairs a header attribute name with the field holding it.
type headerAttr struct {
	name     string
	field    *string
	required bool
}

// attrs lists the header attributes in the order the Writer writes them.
func (h *Header) attrs() []headerAttr {
	return []headerAttr{
		{"creationtool", &h.CreationTool, true},
		{"creationtoolversion", &h.CreationToolVersion, true},
		{"segtype", &h.SegType, true},
		{"o-tmf", &h.OTMF, true},
		{"adminlang", &h.AdminLang, true},
		{"srclang", &h.SrcLang, true},
		{"datatype", &h.DataType, true},
		{"o-encoding", &h.OEncoding, false},
		{"creationdate", &h.CreationDate, false},
		{"creationid", &h.CreationID, false},
		{"changedate", &h.ChangeDate, false},
		{"changeid", &h.ChangeID, false},
	}
}

// setAttrs copies the known attributes of a header start tag into h.
func (h *Header) setAttrs(se xml.StartElement) {
	for _, a := range h.attrs() {
		*a.field = attr(se, a.name)
	}
}

// attr returns the value of the unprefixed attribute name, or "".
func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// xmlNamespace is the namespace encoding/xml gives to the xml: prefix.
const xmlNamespace = "http://www.w3.org/XML/1998/namespace"

// langAttr returns xml:lang, or the TMX 1.1 lang attribute when it is absent.
func langAttr(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == xmlNamespace || a.Name.Space == "xml") {
			return a.Value
		}
	}
	return attr(se, "lang")
}
