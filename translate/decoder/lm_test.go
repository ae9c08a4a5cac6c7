package decoder

import (
	"math/rand/v2"
)

// Reserved ids of bigramLM.
const (
	bosID  = 0 // sentence start, the Begin state
	eosID  = 1 // sentence end
	nullID = 2 // no history, the Null state
	unkID  = 3 // unknown words
	firstWordID
)

// bigramLM is a test language model: the state is the previous word and
// logP(next | previous) is read from a dense table, so equal states have
// equal futures by construction.
type bigramLM struct {
	ids  map[string]int32
	size int32
	logp []float64 // logp[prev*size+next]
}

// newBigramLM returns a model over vocab where every bigram has log-probability floor.
func newBigramLM(vocab []string, floor float64) *bigramLM {
	m := &bigramLM{ids: make(map[string]int32), size: int32(len(vocab)) + firstWordID}
	for i, w := range vocab {
		m.ids[w] = int32(i) + firstWordID
	}
	m.logp = make([]float64, m.size*m.size)
	for i := range m.logp {
		m.logp[i] = floor
	}
	return m
}

// randomBigramLM returns a model over vocab with log-probabilities drawn from [-6, -0.1).
func randomBigramLM(vocab []string, rng *rand.Rand) *bigramLM {
	m := newBigramLM(vocab, 0)
	for i := range m.logp {
		m.logp[i] = -0.1 - 5.9*rng.Float64()
	}
	return m
}

// set gives the bigram prev→next the log-probability lp; "<s>", "</s>" and
// "" (the null context) name the reserved states.
func (m *bigramLM) set(prev, next string, lp float64) {
	m.logp[m.id(prev)*m.size+m.id(next)] = lp
}

// id maps reserved names and vocabulary words to ids.
func (m *bigramLM) id(w string) int32 {
	switch w {
	case "<s>":
		return bosID
	case "</s>":
		return eosID
	case "":
		return nullID
	}
	return m.WordID(w)
}

func (m *bigramLM) WordID(w string) int32 {
	if id, ok := m.ids[w]; ok {
		return id
	}
	return unkID
}

func (m *bigramLM) Begin() int32 { return bosID }

func (m *bigramLM) Null() int32 { return nullID }

func (m *bigramLM) Score(state, word int32) (float64, int32) {
	return m.logp[state*m.size+word], word
}

func (m *bigramLM) End(state int32) float64 { return m.logp[state*m.size+eosID] }

// beginOnly hides bigramLM's Null method.
type beginOnly struct{ LM }
