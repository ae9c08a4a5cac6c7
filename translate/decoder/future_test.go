package decoder

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
)

func TestFutureCosts(t *testing.T) {
	// Three tokens; [1,3) has no option of its own, [0,2) has a phrase.
	options := []Option{
		word(0, "a", -1), word(1, "b", -2), word(2, "c", -1),
		phrase(0, 2, "a b", -1),
	}
	lm := newBigramLM([]string{"a", "b", "c"}, -9)
	lm.set("", "a", -1)
	lm.set("", "b", -1)
	lm.set("", "c", -2)
	lm.set("a", "b", -0.5)
	lm.set("<s>", "a", -0.25)
	lm.set("<s>", "b", -3)
	lm.set("<s>", "c", -3)
	w := Weights{Phrase: []float64{1}, LM: 1}
	tests := map[string]struct {
		lm   LM
		want map[[2]int]float64
	}{
		"null context": {lm: lm, want: map[[2]int]float64{
			{0, 0}: 0,
			{0, 1}: -1 - 1, {1, 2}: -2 - 1, {2, 3}: -1 - 2,
			{0, 2}: -1 - 1 - 0.5, // the phrase beats a+b = -5
			{1, 3}: -3 - 3,       // only the split
			{0, 3}: -2.5 - 3,     // [0,2)+[2,3) beats [0,1)+[1,3) = -8
		}},
		"sentence start without a null context": {lm: beginOnly{lm}, want: map[[2]int]float64{
			{0, 1}: -1 - 0.25, {1, 2}: -2 - 3, {2, 3}: -1 - 3,
			{0, 2}: -1 - 0.25 - 0.5,
			{1, 3}: -5 - 4,
			{0, 3}: -1.75 - 4,
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			tab, err := newTable(3, options, tt.lm, w)
			if err != nil {
				t.Fatalf("newTable: %v", err)
			}
			fc := futureCosts(tab, nil)
			for span, want := range tt.want {
				if got := fc[span[0]*4+span[1]]; !near(got, want) {
					t.Errorf("future cost of [%d,%d) = %v, want %v", span[0], span[1], got, want)
				}
			}
		})
	}
}

func TestFutureCostOfUntileableSpan(t *testing.T) {
	options := []Option{phrase(0, 2, "a b", 0), phrase(1, 3, "b c", 0)}
	lm := newBigramLM([]string{"a", "b", "c"}, -1)
	tab, err := newTable(3, options, lm, Weights{Phrase: []float64{1}, LM: 1})
	if err != nil {
		t.Fatalf("newTable: %v", err)
	}
	fc := futureCosts(tab, nil)
	if got := fc[0*4+3]; !math.IsInf(got, -1) {
		t.Errorf("future cost of [0,3) = %v, want -Inf", got)
	}
}

// TestHypothesisFuture checks every hypothesis the search builds: its
// incrementally updated future cost and first gap equal those recomputed
// from its coverage set.
func TestHypothesisFuture(t *testing.T) {
	for name, pops := range map[string]int{"stack decoding": -1, "cube pruning": 300} {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(9, 9))
			c := newRandomCase(rng, 70, 20, 3, 3)
			tab, err := newTable(c.n, c.options, c.lm, c.w)
			if err != nil {
				t.Fatalf("newTable: %v", err)
			}
			s := newSearch(tab, c.lm, c.w, Config{BeamSize: 30, DistortionLimit: 5, PopLimit: pops}, true)
			if err := s.run(context.Background()); err != nil {
				t.Fatalf("run: %v", err)
			}
			checkHypotheses(t, s)
		})
	}
}

// checkHypotheses recomputes the future cost and first gap of every hypothesis.
func checkHypotheses(t *testing.T, s *search) {
	t.Helper()
	for i, h := range s.hyps {
		cov := s.covs[h.cov : int(h.cov)+s.words]
		want := 0.0
		for _, g := range appendGaps(nil, cov, s.n) {
			want += s.fc[int(g.start)*(s.n+1)+int(g.end)]
		}
		if math.Abs(h.future-want) > 1e-6 {
			t.Fatalf("hypothesis %d: future = %v, want %v", i, h.future, want)
		}
		if got, want := int(h.firstGap), nextZero(cov, 0, s.n); got != want {
			t.Fatalf("hypothesis %d: firstGap = %d, want %d", i, got, want)
		}
	}
}

func TestRecombinationBoundsExpansions(t *testing.T) {
	// Twelve tokens, three one-word options each, over three target words:
	// 3^12 monotone derivations, but a bigram LM has three states, so each
	// stack holds at most three classes per (coverage, last end).
	vocab := []string{"x", "y", "z"}
	var options []Option
	for p := range 12 {
		for i, v := range vocab {
			options = append(options, word(p, v, -float64(i)))
		}
	}
	lm := randomBigramLM(vocab, rand.New(rand.NewPCG(1, 2)))
	w := Weights{Phrase: []float64{1}, LM: 1, Distortion: 0.1}
	free := Weights{Phrase: []float64{1}, LM: 1}
	tests := map[string]struct {
		w    Weights
		cfg  Config
		most int
	}{
		"monotone, wide beam": {w, Config{BeamSize: 1 << 20, DistortionLimit: 0, PopLimit: -1}, 1 + 11*3},
		"limit 1, wide beam":  {w, Config{BeamSize: 1 << 20, DistortionLimit: 1, PopLimit: -1}, 1 + 11*3*6},
		"limit 3, beam 10":    {w, Config{BeamSize: 10, DistortionLimit: 3, PopLimit: -1}, 1 + 11*10},
		// Without distortion the last end is irrelevant: one class per
		// coverage set and state.
		"unlimited, no distortion": {free, Config{BeamSize: 1 << 20, DistortionLimit: -1, PopLimit: -1}, 1 + 4095*3},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			tab, err := newTable(12, options, lm, tt.w)
			if err != nil {
				t.Fatalf("newTable: %v", err)
			}
			s := newSearch(tab, lm, tt.w, tt.cfg, false)
			if err := s.run(context.Background()); err != nil {
				t.Fatalf("run: %v", err)
			}
			if got := s.expanded; got > tt.most {
				t.Errorf("expanded %d hypotheses, want at most %d", got, tt.most)
			}
		})
	}
}
