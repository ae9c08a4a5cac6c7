package tbx

import (
	"fmt"
	"strings"

	"tafsiri/internal/textnorm"
)

// isLangSection reports whether name is langSet (2008) or langSec (v3).
func isLangSection(name string) bool { return name == "langSet" || name == "langSec" }

// isTermSection reports whether name is tig, ntig (2008) or termSec (v3).
func isTermSection(name string) bool { return name == "tig" || name == "ntig" || name == "termSec" }

// isGroup reports whether the children of an element named name count as
// children of its parent: descripGrp wraps a descrip with its source,
// termNoteGrp a termNote, and termGrp the term of an ntig.
func isGroup(name string) bool {
	return name == "descripGrp" || name == "termNoteGrp" || name == "termGrp"
}

// category returns the data category n holds: the type attribute of
// descrip, termNote and admin (DCA style), "note" for note, and the element
// name itself otherwise (DCT style, such as basic:definition, and term).
func category(n *node) string {
	switch n.name {
	case "descrip", "termNote", "admin":
		return n.attr("type")
	}
	return n.name
}

// visit calls fn with each data category of n and the element holding it,
// reading through group elements.
func visit(n *node, fn func(cat string, n *node)) {
	if isGroup(n.name) {
		for _, c := range n.children {
			visit(c, fn)
		}
		return
	}
	fn(category(n), n)
}

// sourceOf returns the source n gives the entry, langSet or term it sits
// in, and whether it gives one: n is an admin of type source (DCA style), a
// source element (DCT style, such as basic:source) or an adminGrp holding
// one. A source inside descripGrp or termNoteGrp is that of the descrip or
// termNote, so callers pass only the direct children of a level.
func sourceOf(n *node) (string, bool) {
	if n.name == "adminGrp" {
		for _, c := range n.children {
			if v, ok := sourceOf(c); ok {
				return v, true
			}
		}
		return "", false
	}
	if (n.name == "admin" && n.attr("type") == "source") || n.name == "source" {
		return n.value(), true
	}
	return "", false
}

// readEntry reads a termEntry or conceptEntry. It returns the reasons why
// terms were dropped.
func readEntry(n *node) (Entry, []string) {
	e := Entry{ID: n.id()}
	var dropped []string
	for _, c := range n.children {
		if isLangSection(c.name) {
			terms, why := readLangSection(c)
			e.Terms = append(e.Terms, terms...)
			dropped = append(dropped, why...)
			continue
		}
		if v, ok := sourceOf(c); ok {
			e.Source = textnorm.JoinLine(e.Source, v)
			continue
		}
		visit(c, func(cat string, n *node) {
			switch cat {
			case "subjectField":
				e.Subject = textnorm.JoinLine(e.Subject, n.value())
			case "definition":
				e.Definition = textnorm.JoinLine(e.Definition, n.value())
			case "note":
				e.Note = textnorm.JoinLine(e.Note, n.value())
			}
		})
	}
	return e, dropped
}

// readLangSection reads the terms of a langSet or langSec, giving each the
// definitions, notes and sources of the section. It returns the reasons why
// terms were dropped.
func readLangSection(n *node) ([]Term, []string) {
	lang := n.lang()
	var def, note, source string
	var sections []*node
	for _, c := range n.children {
		if isTermSection(c.name) {
			sections = append(sections, c)
			continue
		}
		if v, ok := sourceOf(c); ok {
			source = textnorm.JoinLine(source, v)
			continue
		}
		visit(c, func(cat string, n *node) {
			switch cat {
			case "definition":
				def = textnorm.JoinLine(def, n.value())
			case "note":
				note = textnorm.JoinLine(note, n.value())
			}
		})
	}
	switch {
	case lang == "":
		return nil, []string{n.name + " without xml:lang"}
	case len(sections) == 0:
		return nil, []string{fmt.Sprintf("%s %q has no term", n.name, lang)}
	}
	var terms []Term
	var dropped []string
	for _, sec := range sections {
		t, why := readTerm(sec, lang)
		if why != "" {
			dropped = append(dropped, why)
			continue
		}
		t.Definition = textnorm.JoinLine(def, t.Definition)
		t.Note = textnorm.JoinLine(note, t.Note)
		t.Source = textnorm.JoinLine(source, t.Source)
		terms = append(terms, t)
	}
	return terms, dropped
}

// readTerm reads a tig, ntig or termSec. A non-empty reason says why the
// term must be dropped. Only the first term element counts, as only one is
// allowed.
func readTerm(sec *node, lang string) (Term, string) {
	t := Term{Lang: lang}
	found := false
	for _, c := range sec.children {
		if v, ok := sourceOf(c); ok {
			t.Source = textnorm.JoinLine(t.Source, v)
			continue
		}
		visit(c, func(cat string, n *node) {
			switch cat {
			case "term":
				if !found {
					found, t.Text, t.Line = true, n.value(), n.line
				}
			case "partOfSpeech":
				if t.PartOfSpeech == "" {
					t.PartOfSpeech = n.value()
				}
			case "administrativeStatus", "normativeAuthorization":
				if t.Status == "" {
					t.Status = statusFromTBX(n.value())
				}
			case "definition":
				t.Definition = textnorm.JoinLine(t.Definition, n.value())
			case "note":
				t.Note = textnorm.JoinLine(t.Note, n.value())
			}
		})
	}
	switch {
	case !found:
		return t, fmt.Sprintf("%s without term in %q", sec.name, lang)
	case t.Text == "":
		return t, fmt.Sprintf("empty term in %q", lang)
	}
	return t, ""
}

// joinReasons joins the reasons terms were dropped, saying how often each
// came up when it repeats.
func joinReasons(reasons []string) string {
	var out []string
	count := map[string]int{}
	for _, r := range reasons {
		if count[r] == 0 {
			out = append(out, r)
		}
		count[r]++
	}
	for i, r := range out {
		if count[r] > 1 {
			out[i] = fmt.Sprintf("%s (%d times)", r, count[r])
		}
	}
	return strings.Join(out, "; ")
}
