package lm

import (
	"context"
	"errors"
	"math"
	"testing"
)

func TestTrainRejects(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := map[string]struct {
		ctx       context.Context
		sentences [][]string
		order     int
		want      error
	}{
		"order 1":     {context.Background(), toy, 1, ErrOrder},
		"order 6":     {context.Background(), toy, 6, ErrOrder},
		"no sentence": {context.Background(), nil, 3, ErrEmptyCorpus},
		"cancelled":   {cancelled, toy, 3, context.Canceled},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := Train(tt.ctx, tt.sentences, tt.order); !errors.Is(err, tt.want) {
				t.Errorf("Train = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestScoreEdges(t *testing.T) {
	m := train(t, toy, 3)
	unk, _ := m.Score(m.Begin(), Unknown)
	tests := map[string]struct {
		state     State
		word      WordID
		wantLP    float64
		wantState State
	}{
		// An unknown word leaves only the empty context.
		"unknown word": {m.Begin(), m.WordID("zebra"), unk, 0},
		"bad word":     {m.Begin(), 1 << 20, unk, 0},
		"negative":     {m.Begin(), -7, unk, 0},
		// <s> is never predicted and leads back to the sentence start.
		"<s>":       {m.Begin(), m.WordID("<s>"), math.Log(0.5) + impossible, m.Begin()},
		"bad state": {-3, m.WordID("a"), math.Log(0.25), m.nodes[1+m.WordID("a")].next},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			gotLP, gotState := m.Score(tt.state, tt.word)
			if math.Abs(gotLP-tt.wantLP) > 1e-12 || gotState != tt.wantState {
				t.Errorf("Score(%d, %d) = %v, %d; want %v, %d", tt.state, tt.word, gotLP, gotState, tt.wantLP, tt.wantState)
			}
		})
	}
}

func TestEndIsScoreOfEOS(t *testing.T) {
	m := train(t, toy, 3)
	s := stateAfter(m, []string{"<s>", "a", "b"})
	want, _ := m.Score(s, m.WordID("</s>"))
	if got := m.End(s); got != want {
		t.Errorf("End = %v, want %v", got, want)
	}
}

func TestPerplexity(t *testing.T) {
	m := train(t, toy, 2)
	tests := map[string]struct {
		sentences [][]string
		want      float64
	}{
		"none": {nil, 0},
		// P(a b) = 11/24·11/16·5/8 over 3 predictions.
		"a b": {[][]string{{"a", "b"}}, math.Pow(11.0/24*11/16*5/8, -1.0/3)},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := m.Perplexity(tt.sentences); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("Perplexity = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScoreDoesNotAllocate(t *testing.T) {
	m := train(t, randomCorpus(300, 12), 4)
	words := []WordID{m.WordID("w1"), m.WordID("w0"), m.WordID("w3"), Unknown, m.WordID("w2")}
	allocs := testing.AllocsPerRun(100, func() {
		s := m.Begin()
		for _, w := range words {
			_, s = m.Score(s, w)
		}
		m.End(s)
	})
	if allocs != 0 {
		t.Errorf("Score allocates %v times per sentence, want 0", allocs)
	}
}
