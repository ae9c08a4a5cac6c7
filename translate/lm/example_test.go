package lm_test

import (
	"context"
	"fmt"
	"math"

	"tafsiri/translate/lm"
)

func Example() {
	sentences := [][]string{
		{"wash", "your", "hands"},
		{"wash", "your", "hands", "often"},
		{"cover", "your", "cough"},
	}
	m, err := lm.Train(context.Background(), sentences, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	// A decoder keeps only the State and adds up log probabilities.
	s := m.Begin()
	var total float64
	for _, w := range []string{"wash", "your", "hands"} {
		var logProb float64
		logProb, s = m.Score(s, m.WordID(w))
		total += logProb
	}
	total += m.End(s)
	fmt.Printf("P(wash your hands) = %.4f\n", math.Exp(total))
	fmt.Printf("same as SentenceLogProb: %t\n", total == m.SentenceLogProb([]string{"wash", "your", "hands"}))
	// An unseen word is <unk>: small but not zero.
	fmt.Printf("P(soap | <s>) = %.4f\n", math.Exp(first(m.Score(m.Begin(), m.WordID("soap")))))
	// Output:
	// P(wash your hands) = 0.0861
	// same as SentenceLogProb: true
	// P(soap | <s>) = 0.0312
}

func first(logProb float64, _ lm.State) float64 { return logProb }
