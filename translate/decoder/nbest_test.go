package decoder

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 21))
	c := newRandomCase(rng, 10, 20, 3, 3)
	for name, cfg := range map[string]Config{
		"stack decoding": {BeamSize: 50, DistortionLimit: 4, PopLimit: -1},
		"cube pruning":   {BeamSize: 50, DistortionLimit: 4, PopLimit: 500},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := NBest(context.Background(), c.n, c.options, c.lm, c.w, cfg, 20)
			if err != nil {
				t.Fatalf("NBest: %v", err)
			}
			if len(got) != 20 {
				t.Fatalf("NBest returned %d results, want 20", len(got))
			}
			best, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !near(got[0].Score, best.Score) {
				t.Errorf("first Score = %v, want Decode's %v", got[0].Score, best.Score)
			}
			seen := make(map[string]bool)
			for i, r := range got {
				target := strings.Join(r.Target, " ")
				if seen[target] {
					t.Errorf("result %d repeats %q", i, target)
				}
				seen[target] = true
				if i > 0 && r.Score > got[i-1].Score {
					t.Errorf("result %d scores %v, above result %d's %v", i, r.Score, i-1, got[i-1].Score)
				}
				checkResult(t, c.n, c.options, c.w, cfg.DistortionLimit, r)
			}
		})
	}
}

func TestNBestEdgeCases(t *testing.T) {
	w := Weights{Phrase: []float64{1}, LM: 1}
	options := []Option{word(0, "house", 0), word(0, "home", -1)}
	tests := map[string]struct {
		n, k    int
		options []Option
		want    int
		err     error
	}{
		"k zero":             {n: 1, k: 0, options: options, err: ErrInvalidArgument},
		"empty sentence":     {n: 0, k: 5, want: 1},
		"fewer targets":      {n: 1, k: 5, options: options, want: 2},
		"uncovered sentence": {n: 2, k: 5, options: options, err: ErrUncovered},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := NBest(context.Background(), tt.n, tt.options, blueHouseLM(), w, DefaultConfig(), tt.k)
			if !errors.Is(err, tt.err) {
				t.Fatalf("NBest error = %v, want %v", err, tt.err)
			}
			if len(got) != tt.want {
				t.Errorf("NBest returned %d results, want %d", len(got), tt.want)
			}
		})
	}
}
