package decoder_test

import (
	"context"
	"fmt"
	"math"
	"strings"

	"tafsiri/translate/decoder"
)

// bigrams is a tiny language model: the state is the previous word's id.
type bigrams struct {
	words []string             // id → word; 0 is the sentence start
	logp  map[[2]int32]float64 // missing bigrams get log(0.01); next id -1 is the end
}

func (b bigrams) WordID(w string) int32 {
	for i, v := range b.words {
		if v == w {
			return int32(i)
		}
	}
	return -2
}

func (b bigrams) Begin() int32 { return 0 }

func (b bigrams) Score(state, word int32) (float64, int32) {
	if lp, ok := b.logp[[2]int32{state, word}]; ok {
		return lp, word
	}
	return math.Log(0.01), word
}

func (b bigrams) End(state int32) float64 {
	lp, _ := b.Score(state, -1)
	return lp
}

// Decode reorders "maison bleue" into "blue house" because the language
// model prefers it, and reports which option produced each target phrase.
func ExampleDecode() {
	lm := bigrams{
		words: []string{"<s>", "house", "blue"},
		logp: map[[2]int32]float64{
			{0, 2}:  math.Log(0.5), // <s> blue
			{2, 1}:  math.Log(0.5), // blue house
			{1, -1}: math.Log(0.5), // house </s>
		},
	}
	options := []decoder.Option{
		{Start: 0, End: 1, Target: []string{"house"}, Scores: []float64{-0.1}, Tag: 1},
		{Start: 1, End: 2, Target: []string{"blue"}, Scores: []float64{-0.1}, Tag: 1},
	}
	w := decoder.Weights{Phrase: []float64{1}, LM: 1, Distortion: 0.5}
	r, err := decoder.Decode(context.Background(), 2, options, lm, w, decoder.DefaultConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Join(r.Target, " "))
	for _, s := range r.Steps {
		o := options[s.Option]
		fmt.Printf("source [%d,%d) -> target [%d,%d) %.2f\n", o.Start, o.End, s.TgtStart, s.TgtEnd, s.Score)
	}
	fmt.Printf("score %.2f = weights · %.2f\n", r.Score, r.Features)
	// Output:
	// blue house
	// source [1,2) -> target [0,1) -1.29
	// source [0,1) -> target [1,2) -2.49
	// score -3.78 = weights · [-0.20 -2.08 -2.00 -2.00 -3.00]
}
