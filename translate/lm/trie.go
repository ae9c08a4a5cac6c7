package lm

import (
	"cmp"
	"fmt"
	"slices"
)

// builder collects n-grams as a trie, numbering nodes in arrival order; node
// 0 is the root, the empty n-gram.
type builder struct {
	index  table
	parent []int32
	word   []WordID
}

func newBuilder(hint int) *builder {
	b := &builder{
		index:  newTable(hint),
		parent: make([]int32, 1, hint+1),
		word:   make([]WordID, 1, hint+1),
	}
	b.parent[0], b.word[0] = -1, -1
	return b
}

// add returns the node of the n-gram p·w, creating it if absent; added
// reports whether it did.
func (b *builder) add(p int32, w WordID) (node int32, added bool) {
	node, added = b.index.getOrPut(p, w, int32(len(b.parent)))
	if added {
		b.parent = append(b.parent, p)
		b.word = append(b.word, w)
	}
	return node, added
}

// canonical renumbers the trie breadth first, siblings by word, so that the
// numbering (and so every State) depends only on the set of n-grams, never on
// the order they arrived in. It links every node to its suffix. perm maps new
// node numbers to the builder's.
func (b *builder) canonical(order int, v vocab) (m *Model, perm []int32, err error) {
	perm, levels := b.breadthFirst()
	n := len(perm)
	renumber := make([]int32, n)
	for i, old := range perm {
		renumber[old] = int32(i)
	}
	m = &Model{
		order:  order,
		vocab:  v,
		index:  newTable(n - 1),
		nodes:  make([]node, n),
		parent: make([]int32, n),
		word:   make([]WordID, n),
		levels: levels,
	}
	m.parent[0], m.word[0] = -1, -1
	for i := 1; i < n; i++ {
		old := perm[i]
		m.parent[i], m.word[i] = renumber[b.parent[old]], b.word[old]
		m.index.getOrPut(m.parent[i], m.word[i], int32(i))
	}
	if err := m.checkUnigrams(); err != nil {
		return nil, nil, err
	}
	if err := m.linkSuffixes(); err != nil {
		return nil, nil, err
	}
	return m, perm, nil
}

// breadthFirst orders the nodes level by level, children of earlier parents
// first and siblings by word. levels[k] is the first position of depth k and
// the last element is the node count.
func (b *builder) breadthFirst() (perm, levels []int32) {
	n := len(b.parent)
	start := make([]int32, n+1)
	for i := 1; i < n; i++ {
		start[b.parent[i]+1]++
	}
	for i := range n {
		start[i+1] += start[i]
	}
	kids := make([]int32, n)
	fill := slices.Clone(start[:n])
	for i := 1; i < n; i++ {
		p := b.parent[i]
		kids[fill[p]] = int32(i)
		fill[p]++
	}
	byWord := func(x, y int32) int { return cmp.Compare(b.word[x], b.word[y]) }
	for p := range n {
		if start[p+1]-start[p] > 1 {
			slices.SortFunc(kids[start[p]:start[p+1]], byWord)
		}
	}
	perm = make([]int32, 1, n)
	levels = []int32{0}
	for lo := 0; lo < len(perm); {
		hi := len(perm)
		levels = append(levels, int32(hi))
		for _, p := range perm[lo:hi] {
			perm = append(perm, kids[start[p]:start[p+1]]...)
		}
		lo = hi
	}
	return perm, levels
}

// checkUnigrams verifies that every vocabulary word has a unigram, so that the
// unigram of w is node 1+w and Score can reach it without hashing.
func (m *Model) checkUnigrams() error {
	if len(m.levels) < 3 || int(m.levels[2]-m.levels[1]) != len(m.vocab.words) {
		return fmt.Errorf("build model: %w: unigrams do not cover the vocabulary", ErrMalformed)
	}
	for w := range m.vocab.words {
		if m.word[1+w] != WordID(w) {
			return fmt.Errorf("build model: %w: no unigram for %q", ErrMalformed, m.vocab.words[w])
		}
	}
	return nil
}

// linkSuffixes points every n-gram w1..wk at the node of w2..wk.
func (m *Model) linkSuffixes() error {
	for i := int(m.levels[1]); i < len(m.nodes); i++ {
		p := m.parent[i]
		if p == 0 {
			continue // a unigram's suffix is the root
		}
		s := m.index.get(m.nodes[p].suffix, m.word[i])
		if s == 0 {
			return fmt.Errorf("build model: %w: n-gram %q has no suffix n-gram", ErrMalformed, m.ngram(int32(i)))
		}
		m.nodes[i].suffix = s
	}
	return nil
}

// linkStates gives every node the State a decoder is in after it: the node's
// longest suffix that is a context, that is, a prefix of a longer n-gram.
// Suffixes come before their n-grams in breadth-first order.
func (m *Model) linkStates() {
	isContext := make([]bool, len(m.nodes))
	for i := 1; i < len(m.nodes); i++ {
		isContext[m.parent[i]] = true
	}
	for i := 1; i < len(m.nodes); i++ {
		if isContext[i] {
			m.nodes[i].next = int32(i)
		} else {
			m.nodes[i].next = m.nodes[m.nodes[i].suffix].next
		}
	}
	m.begin = m.nodes[1+bos].next
}

// depth returns the length of the n-gram of node i.
func (m *Model) depth(i int32) int {
	k := 0
	for k+1 < len(m.levels) && m.levels[k+1] <= i {
		k++
	}
	return k
}

// ngram spells out the words of node i.
func (m *Model) ngram(i int32) []string {
	words := make([]string, m.depth(i))
	for k := len(words) - 1; k >= 0; k-- {
		words[k] = m.vocab.words[m.word[i]]
		i = m.parent[i]
	}
	return words
}

// permute reorders xs so that element i is xs[perm[i]].
func permute[T any](xs []T, perm []int32) []T {
	out := make([]T, len(perm))
	for i, old := range perm {
		out[i] = xs[old]
	}
	return out
}
