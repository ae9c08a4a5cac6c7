package memory

import "tafsiri/translate/tokenize"

// Score returns the fuzzy match percentage of a stored source segment
// (candidate) for query, as CAT tools show it. The edit distance between
// the two token sequences counts words and placeholders: replacing,
// inserting or deleting one is a word edit, and a different number is a
// different word (in a health notice "2 tablets" for "3 tablets" is no
// detail). The base score is 100 × (1 − word edits ÷ words of the longer
// segment), rounded down, where punctuation does not count as words. Then
// each light difference takes off one point, five at most: a punctuation
// mark inserted, deleted or replaced, or a word spelled in another case
// ("Wash your hands." for "wash your hands" scores 98). So only identical
// token sequences score 100, a case-only or punctuation-only difference
// never costs more than 5, and one word in ten costs 10. Two empty texts
// score 100, an empty one against a non-empty one 0.
func Score(lang, query, candidate string) int {
	m := newMatcher(parse(lang, query))
	return m.score(parse(lang, candidate))
}

// The costs of the edit distance. A word edit outweighs every light
// difference a segment can hold, so the distance counts word edits first and
// light differences second: cost = words × wordCost + light.
const (
	wordCost  int64 = 1 << 32 // insert, delete or replace a word or placeholder
	lightCost int64 = 1       // punctuation, or a word in another case
	maxLight        = 5       // the most points light differences take off
)

// tok is a token as the edit distance sees it.
type tok struct {
	id    int32 // the query's number for its key; -1 for a key the query lacks
	surf  int32 // the query's number for its surface, to tell case differences
	punct uint8 // 1 for punctuation, which costs lightCost to insert or delete
}

// matcher compares one query with many candidates. The query's keys and
// surfaces are interned as ints once (in one map: most surfaces are their
// key): candidate tokens are only ever compared with query tokens, so one
// the query lacks needs no number of its own.
type matcher struct {
	q   segment
	ids map[string]int32
	qt  []tok
	ct  []tok   // the last candidate's tokens, reused
	row []int64 // the distance row, reused
}

func newMatcher(q segment) *matcher {
	m := &matcher{q: q, ids: make(map[string]int32, len(q.keys)), qt: make([]tok, len(q.keys))}
	for k, key := range q.keys {
		t := tok{id: m.intern(key), punct: punctBit(q.toks[k])}
		t.surf = t.id
		if text := q.toks[k].Text; text != key {
			t.surf = m.intern(text)
		}
		m.qt[k] = t
	}
	return m
}

// intern returns the number of s, adding it when new.
func (m *matcher) intern(s string) int32 {
	id, ok := m.ids[s]
	if !ok {
		id = int32(len(m.ids))
		m.ids[s] = id
	}
	return id
}

// side numbers the tokens of candidate c with the query's numbers.
func (m *matcher) side(c segment) []tok {
	ct := m.ct[:0]
	for k, key := range c.keys {
		t := tok{id: -1, surf: -1, punct: punctBit(c.toks[k])}
		if id, ok := m.ids[key]; ok {
			t.id, t.surf = id, id
			if text := c.toks[k].Text; text != key {
				if surf, ok := m.ids[text]; ok {
					t.surf = surf
				} else {
					t.surf = -1
				}
			}
		}
		ct = append(ct, t)
	}
	m.ct = ct
	return ct
}

// score is Score of candidate c against the matcher's query.
func (m *matcher) score(c segment) int {
	switch {
	case len(m.qt) == 0 && len(c.toks) == 0:
		return 100
	case len(m.qt) == 0 || len(c.toks) == 0:
		return 0
	}
	var cost int64
	cost, m.row = distance(m.qt, m.side(c), m.row)
	return percent(cost, max(m.q.words, c.words))
}

// percent turns a distance into a score for segments of at most words words.
func percent(cost int64, words int) int {
	edits, light := int(cost/wordCost), int(cost%wordCost)
	base := 100
	if words > 0 {
		base = 100 * (words - edits) / words
	}
	return max(base-min(light, maxLight), 0)
}

// indel is the cost of inserting or deleting t.
func indel(t tok) int64 {
	if t.punct == 1 {
		return lightCost
	}
	return wordCost
}

// sub is the cost of replacing query token a with candidate token b.
func sub(a, b tok) int64 {
	switch {
	case a.id != b.id:
		return mismatch[a.punct][b.punct]
	case a.surf != b.surf:
		return lightCost
	}
	return 0
}

// mismatch is the cost of replacing a token by one with another key, by
// whether each is punctuation. A word for a mark is never cheaper than a
// deletion and an insertion.
var mismatch = [2][2]int64{{wordCost, wordCost + lightCost}, {wordCost + lightCost, lightCost}}

// punctBit is 1 for punctuation tokens, else 0.
func punctBit(t tokenize.Token) uint8 {
	if isPunct(t) {
		return 1
	}
	return 0
}

// same reports identical tokens, which cost nothing.
func same(a, b tok) bool { return a.id == b.id && a.surf == b.surf }

// trim returns how many tokens a and b share at the start and, after those,
// at the end. Matching them costs nothing and never makes the distance
// longer, because no insertion costs more than a replacement and a deletion.
func trim(a, b []tok) (head, tail int) {
	for head < len(a) && head < len(b) && same(a[head], b[head]) {
		head++
	}
	for tail < len(a)-head && tail < len(b)-head && same(a[len(a)-1-tail], b[len(b)-1-tail]) {
		tail++
	}
	return head, tail
}

// distance is the weighted edit distance from query tokens a to candidate
// tokens b, in one row of memory; buf is reused when large enough.
func distance(a, b []tok, buf []int64) (int64, []int64) {
	head, tail := trim(a, b)
	a, b = a[head:len(a)-tail], b[head:len(b)-tail]
	w := len(b) + 1
	if cap(buf) < 2*w {
		buf = make([]int64, 2*w, 4*w)
	}
	row, ins := buf[:w], buf[w:2*w] // ins[j] is the cost of inserting b[j]
	row[0] = 0
	for j, t := range b {
		ins[j] = indel(t)
		row[j+1] = row[j] + ins[j]
	}
	cells := row[1:]                          // cells[j]: the distance to b[:j+1]
	ins, b = ins[:len(cells)], b[:len(cells)] // equal lengths spare the loop its bounds checks
	for _, x := range a {
		del := indel(x)
		diag, left := row[0], row[0]+del
		row[0] = left
		for j := range cells {
			up := cells[j]
			left = min(diag+sub(x, b[j]), left+ins[j], up+del)
			diag, cells[j] = up, left
		}
	}
	return row[len(b)], buf
}
