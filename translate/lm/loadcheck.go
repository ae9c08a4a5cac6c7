package lm

import (
	"fmt"
	"math"
)

// checkWords verifies that the vocabulary is canonical, as newVocab numbers
// it: the special words first, then distinct other words in byte order.
func checkWords(words []string) error {
	for i, w := range []string{unkWord, bosWord, eosWord} {
		if words[i] != w {
			return fmt.Errorf("%w: word %d is %q, want %q", ErrMalformed, i, words[i], w)
		}
	}
	for i := numSpecial; i < len(words); i++ {
		if isSpecial(words[i]) || i > numSpecial && words[i-1] >= words[i] {
			return fmt.Errorf("%w: word %d, %q, is special, repeated or out of order", ErrMalformed, i, words[i])
		}
	}
	return nil
}

// checkTrie verifies that the nodes are numbered as canonical numbers them:
// breadth first, each node's parent one level up, parents in order and
// siblings by increasing word, every word in the vocabulary. So every n-gram
// is distinct, and the unigram of word w is node 1+w.
func (m *Model) checkTrie() error {
	size := WordID(len(m.vocab.words))
	for k := 1; k+1 < len(m.levels); k++ {
		lo, hi := m.levels[k], m.levels[k+1]
		for i := lo; i < hi; i++ {
			p, w := m.parent[i], m.word[i]
			if p < m.levels[k-1] || p >= lo || w < 0 || w >= size {
				return fmt.Errorf("%w: node %d has parent %d and word %d, out of range", ErrMalformed, i, p, w)
			}
			if i > lo && (p < m.parent[i-1] || p == m.parent[i-1] && w <= m.word[i-1]) {
				return fmt.Errorf("%w: node %d is out of breadth-first order", ErrMalformed, i)
			}
		}
	}
	return nil
}

// checkSuffixes verifies that every n-gram's suffix is the n-gram without its
// first word: a unigram's is the root, and a longer n-gram's is one level up,
// ends in the same word and extends the suffix of the n-gram's parent. Since
// every suffix precedes its node, following suffixes always reaches the root.
func (m *Model) checkSuffixes() error {
	for k := 1; k+1 < len(m.levels); k++ {
		for i := m.levels[k]; i < m.levels[k+1]; i++ {
			s := m.nodes[i].suffix
			ok := s == 0
			if k > 1 {
				ok = s >= m.levels[k-1] && s < m.levels[k] && m.word[s] == m.word[i] &&
					m.parent[s] == m.nodes[m.parent[i]].suffix
			}
			if !ok {
				return fmt.Errorf("%w: node %d has suffix %d, not its n-gram without the first word", ErrMalformed, i, s)
			}
		}
	}
	return nil
}

// badNumber reports a log probability or backoff FromEntries would refuse:
// NaN or +Inf, the two values not at most the largest float.
func badNumber(x float64) bool {
	return !(x <= math.MaxFloat64)
}
