package lm

import (
	"context"
	"math"
	"strings"
	"testing"
)

// toy is the corpus of the hand-computed cases.
var toy = [][]string{{"a", "b"}, {"a", "b"}, {"b"}}

func train(tb testing.TB, sentences [][]string, order int) *Model {
	tb.Helper()
	m, err := Train(context.Background(), sentences, order)
	if err != nil {
		tb.Fatalf("Train(order %d): %v", order, err)
	}
	return m
}

// stateAfter feeds history to m, from the empty context, or from Begin when
// history starts with <s>.
func stateAfter(m *Model, history []string) State {
	s := State(0)
	if len(history) > 0 && history[0] == bosWord {
		s, history = m.Begin(), history[1:]
	}
	for _, w := range history {
		_, s = m.Score(s, m.WordID(w))
	}
	return s
}

func TestEstimateDiscount(t *testing.T) {
	tests := map[string]struct {
		n    [5]int
		want discount
	}{
		// Y = 10/18 = 5/9; D1 = 1 - 2Y·4/10 = 5/9; D2 = 2 - 3Y·2/4 = 7/6;
		// D3+ = 3 - 4Y·1/2 = 17/9.
		"chen goodman": {n: [5]int{0, 10, 4, 2, 1}, want: discount{0, 5.0 / 9, 7.0 / 6, 17.0 / 9}},
		"no twos":      {n: [5]int{0, 3, 0, 2, 1}, want: fallbackDiscount},
		"no fours":     {n: [5]int{0, 3, 1, 2, 0}, want: fallbackDiscount},
		// D2 = 2 - 3·(1/3)·100/1 < 0.
		"negative D2": {n: [5]int{0, 1, 1, 100, 1}, want: fallbackDiscount},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := estimateDiscount(tt.n)
			for i := range got {
				if math.Abs(got[i]-tt.want[i]) > 1e-12 {
					t.Fatalf("estimateDiscount(%v) = %v, want %v", tt.n, got, tt.want)
				}
			}
		})
	}
}

// TestHandComputed checks probabilities worked out by hand on toy, padded as
// "<s> a b </s>" twice and "<s> b </s>". Every count-of-counts has a zero, so
// D1, D2, D3+ fall back to 0.5, 1, 1.5 at every order. Predictable words U =
// {a, b, </s>, <unk>}.
//
// Unigrams (both orders) use continuation counts: a 1 (<s>·), b 2 (<s>·, a·),
// </s> 1 (b·); total 4, discounted mass 0.5+1+0.5 = 2, γ() = 1/2, so
// P(a) = 0.5/4 + 1/2·1/4 = 1/4, P(b) = 1/4 + 1/8 = 3/8, P(</s>) = 1/4,
// P(<unk>) = 1/8.
//
// Order 2, raw bigram counts: <s> a 2, <s> b 1, a b 2, b </s> 3.
// γ(<s>) = (1+0.5)/3 = 1/2: P(a|<s>) = 1/3 + 1/2·1/4 = 11/24,
// P(b|<s>) = 0.5/3 + 1/2·3/8 = 17/48, P(<unk>|<s>) = 1/2·1/8 = 1/16.
// γ(a) = 1/2: P(b|a) = 1/2 + 1/2·3/8 = 11/16.
// γ(b) = 1.5/3 = 1/2: P(</s>|b) = 1.5/3 + 1/2·1/4 = 5/8, P(a|b) = 1/2·1/4 = 1/8.
//
// Order 3: bigrams starting with <s> keep raw counts (<s> a 2, <s> b 1), the
// others take continuation counts: a b 1 (raw 2), b </s> 2 (raw 3). So
// P(a|<s>) = 11/24 as before, γ(a) = 0.5/1: P(b|a) = 0.5 + 1/2·3/8 = 11/16,
// γ(b) = 1/2: P(</s>|b) = 1/2 + 1/2·1/4 = 5/8.
// Trigrams, raw: <s> a b 2, a b </s> 2, <s> b </s> 1.
// P(b|<s> a) = 1/2 + 1/2·11/16 = 27/32, P(a|<s> a) = 1/2·(1/2·1/4) = 1/16,
// P(</s>|a b) = 1/2 + 1/2·5/8 = 13/16, P(</s>|<s> b) = 0.5 + 1/2·5/8 = 13/16.
func TestHandComputed(t *testing.T) {
	tests := map[string]struct {
		order   int
		history string
		word    string
		want    float64
	}{
		"2: unigram a":        {2, "", "a", 1.0 / 4},
		"2: unigram b":        {2, "", "b", 3.0 / 8},
		"2: unigram unk":      {2, "", "zebra", 1.0 / 8},
		"2: a after <s>":      {2, "<s>", "a", 11.0 / 24},
		"2: b after <s>":      {2, "<s>", "b", 17.0 / 48},
		"2: unk after <s>":    {2, "<s>", "<unk>", 1.0 / 16},
		"2: b after a":        {2, "<s> a", "b", 11.0 / 16},
		"2: </s> after b":     {2, "<s> a b", "</s>", 5.0 / 8},
		"2: unseen a after b": {2, "b", "a", 1.0 / 8},
		"3: a after <s>":      {3, "<s>", "a", 11.0 / 24},
		"3: b after a":        {3, "a", "b", 11.0 / 16},
		"3: </s> after b":     {3, "b", "</s>", 5.0 / 8},
		"3: b after <s> a":    {3, "<s> a", "b", 27.0 / 32},
		"3: a after <s> a":    {3, "<s> a", "a", 1.0 / 16},
		"3: </s> after a b":   {3, "<s> a b", "</s>", 13.0 / 16},
		"3: </s> after <s> b": {3, "<s> b", "</s>", 13.0 / 16},
	}
	models := map[int]*Model{2: train(t, toy, 2), 3: train(t, toy, 3)}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := models[tt.order]
			logProb, _ := m.Score(stateAfter(m, strings.Fields(tt.history)), m.WordID(tt.word))
			if got := math.Exp(logProb); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("P(%s | %s) = %v, want %v", tt.word, tt.history, got, tt.want)
			}
		})
	}
	t.Run("sentences", func(t *testing.T) {
		sentences := map[int]float64{2: 11.0 / 24 * 11 / 16 * 5 / 8, 3: 11.0 / 24 * 27 / 32 * 13 / 16}
		for order, want := range sentences {
			if got := math.Exp(models[order].SentenceLogProb([]string{"a", "b"})); math.Abs(got-want) > 1e-12 {
				t.Errorf("order %d: P(a b) = %v, want %v", order, got, want)
			}
		}
	})
}

// TestNormalised checks that every context's distribution over the
// predictable words sums to 1.
func TestNormalised(t *testing.T) {
	corpora := map[string][][]string{"toy": toy, "random": randomCorpus(300, 12), "empty sentence": {{}}}
	for name, corpus := range corpora {
		for order := MinOrder; order <= MaxOrder; order++ {
			m := train(t, corpus, order)
			for s := range m.nodes {
				if m.nodes[s].next != State(s) {
					continue // not a context, so never a State
				}
				assertNormalised(t, m, State(s))
			}
			if t.Failed() {
				t.Fatalf("%s, order %d: not normalised", name, order)
			}
		}
	}
}

func assertNormalised(tb testing.TB, m *Model, s State) {
	tb.Helper()
	var sum float64
	for w := range WordID(len(m.vocab.words)) {
		if w != bos {
			logProb, _ := m.Score(s, w)
			sum += math.Exp(logProb)
		}
	}
	if math.Abs(sum-1) > 1e-6 {
		tb.Errorf("Σ_w P(w | %q) = %v, want 1", m.ngram(s), sum)
	}
}

// TestBackoffFormIsInterpolation checks Score and its States against the
// directly computed interpolated model for every history of order-1 words.
func TestBackoffFormIsInterpolation(t *testing.T) {
	corpus := randomCorpus(300, 8)
	for order := MinOrder; order <= 4; order++ {
		m, ref := train(t, corpus, order), newReference(t, corpus, order)
		for _, n := range ref.discount[2:] { // too few unigrams to estimate theirs
			if n == fallbackDiscount {
				t.Fatalf("order %d: discounts fell back; the corpus should exercise them", order)
			}
		}
		for _, h := range histories(ref.words, order-1) {
			s := stateAfter(m, h)
			if got, want := strings.Join(m.ngram(s), " "), ref.context(h); got != want {
				t.Fatalf("state after %q = %q, want %q", h, got, want)
			}
			for _, w := range ref.words {
				got, _ := m.Score(s, m.WordID(w))
				if want := math.Log(ref.prob(h, w)); math.Abs(got-want) > 1e-9 {
					t.Fatalf("order %d: log P(%s | %q) = %v, want %v", order, w, h, got, want)
				}
			}
		}
	}
}
