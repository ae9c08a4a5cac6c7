package glossary

import "tafsiri/translate/tokenize"

// Entry is a term to match, with the concept it names.
type Entry struct {
	ConceptID int64
	TermID    int64
	Text      string
	Status    Status
}

// Options loosen how terms are compared with text.
type Options struct {
	Stem             bool // compare words by their Snowball stem, where the language has a stemmer
	IgnoreDiacritics bool // compare words without their accents ("medico" finds "médico")
}

// Matcher finds the terms of one language in texts; build it once with
// NewMatcher and use it from any number of goroutines.
type Matcher struct {
	form    former
	root    node
	entries []Entry
}

// node is a state of the trie over the comparison forms of term tokens.
type node struct {
	next  map[string]*node
	terms []int // indices in Matcher.entries of the terms that end here
}

// NewMatcher indexes terms of the language lang (a BCP 47 tag) for matching
// with opt. Terms whose text has no token are left out, as are repeats of
// the same entry; terms with the same form keep the order given.
func NewMatcher(lang string, terms []Entry, opt Options) *Matcher {
	m := &Matcher{form: newFormer(lang, opt), entries: make([]Entry, 0, len(terms))}
	for _, e := range terms {
		m.add(e)
	}
	return m
}

// add puts one term in the trie.
func (m *Matcher) add(e Entry) {
	toks := tokenize.Tokenize(m.form.lang, e.Text)
	if len(toks) == 0 {
		return
	}
	n := &m.root
	for _, f := range m.form.termForms(toks) {
		child := n.next[f]
		if child == nil {
			if n.next == nil {
				n.next = make(map[string]*node, 1)
			}
			child = &node{}
			n.next[f] = child
		}
		n = child
	}
	for _, k := range n.terms {
		if m.entries[k] == e {
			return
		}
	}
	n.terms = append(n.terms, len(m.entries))
	m.entries = append(m.entries, e)
}

// Len returns the number of terms the matcher holds.
func (m *Matcher) Len() int {
	if m == nil {
		return 0
	}
	return len(m.entries)
}

// longest returns the end of the longest term that starts at token i and
// the trie node where it ends, or nil when no term starts there. A token
// is looked up by its form, and by its whole form too where it has one.
func (m *Matcher) longest(forms, wholes []string, i int) (int, *node) {
	return walk(&m.root, forms, wholes, i)
}

// walk returns the longest term that continues from n at token j.
func walk(n *node, forms, wholes []string, j int) (end int, found *node) {
	if j >= len(forms) {
		return 0, nil
	}
	try := func(f string) {
		child := n.next[f]
		if child == nil {
			return
		}
		e, deeper := walk(child, forms, wholes, j+1)
		if deeper == nil && len(child.terms) > 0 {
			e, deeper = j+1, child
		}
		if deeper != nil && e > end {
			end, found = e, deeper
		}
	}
	try(forms[j])
	if wholes != nil && wholes[j] != "" {
		try(wholes[j])
	}
	return end, found
}
