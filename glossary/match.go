package glossary

import (
	"sort"
	"strings"

	"tafsiri/translate/tokenize"
)

// Match is one occurrence of a term in a text.
type Match struct {
	Start, End         int // the term covers tokens Start to End-1 of the tokenized text
	ByteStart, ByteEnd int // and bytes ByteStart to ByteEnd-1 of the normalized text
	Term               Entry
}

// Match finds the terms in text, leftmost-longest and without overlap, in
// order. Offsets are in tokenize.Normalize(text), token indices in
// tokenize.Tokenize(lang, text). Where several terms have the same form,
// each has a Match with the same span.
func (m *Matcher) Match(text string) []Match {
	if m == nil {
		return nil
	}
	return m.MatchTokens(tokenize.Tokenize(m.form.lang, text))
}

// MatchTokens is Match for a text already cut by tokenize.Tokenize in the
// matcher's language, as the decoder holds it.
func (m *Matcher) MatchTokens(toks []tokenize.Token) []Match {
	if m == nil || len(toks) == 0 || len(m.root.next) == 0 {
		return nil
	}
	forms, wholes := m.form.textForms(toks)
	var out []Match
	for i := 0; i < len(forms); {
		end, n := m.longest(forms, wholes, i)
		if n == nil {
			i++
			continue
		}
		first := len(out)
		for _, k := range n.terms {
			out = append(out, Match{Start: i, End: end, Term: m.entries[k]})
		}
		if len(n.terms) > 1 {
			m.exactFirst(out[first:], toks[i:end])
		}
		i = end
	}
	setOffsets(out, toks)
	return out
}

// setOffsets fills the byte offsets of matches from the tokens, which
// rebuild the normalized text with one space wherever SpaceBefore says.
func setOffsets(ms []Match, toks []tokenize.Token) {
	if len(ms) == 0 {
		return
	}
	starts := make([]int, len(toks))
	pos := 0
	for k, t := range toks {
		if k > 0 && t.SpaceBefore {
			pos++
		}
		starts[k] = pos
		pos += len(t.Text)
	}
	for k := range ms {
		last := ms[k].End - 1
		ms[k].ByteStart = starts[ms[k].Start]
		ms[k].ByteEnd = starts[last] + len(toks[last].Text)
	}
}

// exactFirst orders the terms matched on one span so that those written as
// the text is (up to case) come before those that only share its stems:
// in "respiratory infections", the term "infections" before "infection",
// and both before "infectivity".
func (m *Matcher) exactFirst(ms []Match, span []tokenize.Token) {
	words := make([]string, len(span))
	for k, t := range span {
		words[k] = t.Text
	}
	key := LookupKey(m.form.lang, strings.Join(words, " "))
	rank := func(e Entry) int {
		switch k := LookupKey(m.form.lang, e.Text); {
		case k == key:
			return 0
		case strings.HasPrefix(key, k) || strings.HasPrefix(k, key):
			return 1
		}
		return 2
	}
	sort.SliceStable(ms, func(a, b int) bool { return rank(ms[a].Term) < rank(ms[b].Term) })
}
