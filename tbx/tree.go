package tbx

import (
	"encoding/xml"

	"tafsiri/internal/textnorm"
)

// maxDepth bounds the nesting kept inside one entry; deeper elements, which
// no TBX dialect has, are skipped with their content.
const maxDepth = 32

// node is an element of an entry, held in memory while the entry is read.
type node struct {
	name     string     // the local name
	attrs    []xml.Attr // the attributes
	line     int        // the line of the start tag
	text     []byte     // the character data of the element and its descendants
	children []*node
}

// readTree reads the element whose start tag se was read at line into a tree.
// It keeps an explicit stack, so no input can exhaust the call stack.
func (r *Reader) readTree(se xml.StartElement, line int) (*node, error) {
	root := &node{name: se.Name.Local, attrs: se.Attr, line: line}
	stack := []*node{root}
	for len(stack) > 0 {
		tok, line, err := r.dec.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= maxDepth {
				if err := r.dec.Skip(); err != nil {
					return nil, err
				}
				continue
			}
			n := &node{name: t.Name.Local, attrs: t.Attr, line: line}
			parent := stack[len(stack)-1]
			parent.children = append(parent.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			for _, n := range stack {
				n.text = append(n.text, t...)
			}
		}
	}
	return root, nil
}

// attr returns the value of the unprefixed attribute name, or "".
func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// xmlNamespace is the namespace encoding/xml gives to the xml: prefix.
const xmlNamespace = "http://www.w3.org/XML/1998/namespace"

// xmlAttr returns the value of xml:name, or "".
func (n *node) xmlAttr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name && (a.Name.Space == xmlNamespace || a.Name.Space == "xml") {
			return a.Value
		}
	}
	return ""
}

// id returns the id attribute, or xml:id when there is none.
func (n *node) id() string {
	if id := n.attr("id"); id != "" {
		return id
	}
	return n.xmlAttr("id")
}

// lang returns xml:lang, or a bare lang attribute when it is absent.
func (n *node) lang() string {
	if lang := n.xmlAttr("lang"); lang != "" {
		return lang
	}
	return n.attr("lang")
}

// value returns the text of n made oneLine.
func (n *node) value() string { return textnorm.OneLine(string(n.text)) }
