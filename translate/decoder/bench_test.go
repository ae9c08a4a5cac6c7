package decoder

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchCase is a 25-token sentence with perSpan options for every span of up
// to three tokens, targets of one to three words from a 200-word vocabulary,
// and a random bigram LM over that vocabulary.
func benchCase(perSpan int) randomCase {
	rng := rand.New(rand.NewPCG(42, 42))
	c := newRandomCase(rng, 25, 200, 1, 1) // for its LM and weights
	c.options = c.options[:0]
	for s := range 25 {
		for e := s + 1; e <= min(25, s+3); e++ {
			for range perSpan {
				target := make([]string, 1+rng.IntN(min(3, e-s+1)))
				for i := range target {
					target[i] = fmt.Sprintf("w%d", rng.IntN(200))
				}
				c.options = append(c.options, Option{
					Start: s, End: e, Target: target,
					Scores: []float64{-3 * rng.Float64(), -3 * rng.Float64()},
				})
			}
		}
	}
	return c
}

func BenchmarkDecode(b *testing.B) {
	for _, bc := range []struct{ perSpan, beam, limit, pops int }{
		{5, 100, 6, -1}, {5, 200, 6, -1}, {20, 100, 6, -1}, {20, 200, 6, -1}, {50, 100, 6, -1}, {20, 100, 0, -1},
		{5, 100, 6, 1000}, {5, 200, 6, 1000}, {20, 100, 6, 1000}, {20, 200, 6, 1000}, {50, 200, 6, 1000},
	} {
		c := benchCase(bc.perSpan)
		cfg := Config{BeamSize: bc.beam, DistortionLimit: bc.limit, PopLimit: bc.pops}
		name := fmt.Sprintf("options=%d/beam=%d/limit=%d/pops=%d", bc.perSpan, bc.beam, bc.limit, bc.pops)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNBest(b *testing.B) {
	c := benchCase(5)
	cfg := Config{BeamSize: 100, DistortionLimit: 6}
	for b.Loop() {
		if _, err := NBest(context.Background(), c.n, c.options, c.lm, c.w, cfg, 100); err != nil {
			b.Fatal(err)
		}
	}
}
