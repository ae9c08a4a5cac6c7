package lm

import (
	"errors"
	"math"
)

// State is a language-model context: the longest suffix of the history the
// model keeps (KenLM-style state minimisation), as a small integer, so equal
// states mean equal futures and hypotheses can be recombined by comparing States.
type State = int32

// MinOrder and MaxOrder bound the order of a model.
const (
	MinOrder = 2
	MaxOrder = 5
)

// impossible is the log probability of predicting <s>, which never follows
// anything; it is finite so that it can be saved anywhere a float can.
const impossible = -100.0

// ErrOrder means a model order outside MinOrder..MaxOrder was asked for.
var ErrOrder = errors.New("order out of range")

// ErrEmptyCorpus means Train was given no sentences.
var ErrEmptyCorpus = errors.New("no sentences")

// ErrMalformed means entries do not describe a model (a missing unigram,
// prefix or suffix, a duplicate, or a bad number), or that data given to Load
// is not an intact binary model.
var ErrMalformed = errors.New("malformed model")

// Model is an n-gram language model in backoff form; it is safe for
// concurrent use once built.
type Model struct {
	order int
	vocab vocab
	index table  // (context node, word) -> n-gram node
	nodes []node // by node; node 0 is the empty context, node 1+w the unigram w
	begin State

	// Cold data, for Entries: the trie, numbered breadth first, and the
	// first node of each depth.
	parent []int32
	word   []WordID
	levels []int32
}

// node is what Score reads about one n-gram, packed into 24 bytes.
type node struct {
	logProb float64 // log P(last word | the others)
	backoff float64 // log γ of the n-gram as a context; 0 if it is none
	suffix  int32   // the n-gram without its first word
	next    int32   // the State after this n-gram
}

// Order returns the longest n-gram length the model was built for.
func (m *Model) Order() int { return m.order }

// WordID returns the ID of w, or Unknown when w is out of vocabulary.
func (m *Model) WordID(w string) WordID {
	if id, ok := m.vocab.ids[w]; ok {
		return id
	}
	return Unknown
}

// Begin returns the State at the start of a sentence, after <s>.
func (m *Model) Begin() State { return m.begin }

// Score returns the natural log of P(w | s) and the State after w; an invalid
// WordID scores as Unknown, an invalid State as the empty context (State 0),
// and <s>, which is never predicted, about -100.
func (m *Model) Score(s State, w WordID) (logProb float64, next State) {
	if uint32(w) >= uint32(len(m.vocab.words)) {
		w = Unknown
	}
	if uint32(s) >= uint32(len(m.nodes)) {
		s = 0
	}
	var backoff float64
	for s != 0 {
		if c := m.index.get(s, w); c != 0 {
			n := &m.nodes[c]
			return backoff + n.logProb, n.next
		}
		n := &m.nodes[s]
		backoff += n.backoff
		s = n.suffix
	}
	n := &m.nodes[1+w]
	return backoff + n.logProb, n.next
}

// End returns the natural log of P(</s> | s), the cost of ending the sentence.
func (m *Model) End(s State) float64 {
	logProb, _ := m.Score(s, eos)
	return logProb
}

// SentenceLogProb returns the natural log probability of words as a whole
// sentence, </s> included.
func (m *Model) SentenceLogProb(words []string) float64 {
	s := m.Begin()
	var total float64
	for _, w := range words {
		var logProb float64
		logProb, s = m.Score(s, m.WordID(w))
		total += logProb
	}
	return total + m.End(s)
}

// Perplexity returns exp of the negative mean log probability per predicted
// token (words and </s>) over sentences, or 0 when there are none.
func (m *Model) Perplexity(sentences [][]string) float64 {
	var total float64
	tokens := 0
	for _, words := range sentences {
		total += m.SentenceLogProb(words)
		tokens += len(words) + 1
	}
	if tokens == 0 {
		return 0
	}
	return math.Exp(-total / float64(tokens))
}
