package decoder

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// derivation is one complete translation found by exhaustive search.
type derivation struct {
	target string
	score  float64
}

// exhaustive enumerates every derivation the decoder's rules allow: options
// in any order that cover each token once, jumps within limit, and never a
// first uncovered token beyond the limit from the last end.
func exhaustive(n int, options []Option, lm LM, w Weights, limit int) []derivation {
	var out []derivation
	covered := make([]bool, n)
	var target []string
	var walk func(done, end int, state int32, score float64)
	walk = func(done, end int, state int32, score float64) {
		if done == n {
			out = append(out, derivation{strings.Join(target, " "), score + w.LM*lm.End(state)})
			return
		}
		for _, o := range options {
			jump := max(o.Start-end, end-o.Start)
			if slices.Contains(covered[o.Start:o.End], true) || limit >= 0 && jump > limit {
				continue
			}
			for p := o.Start; p < o.End; p++ {
				covered[p] = true
			}
			first := slices.Index(covered, false)
			if limit < 0 || first < 0 || first > o.End || o.End-first <= limit {
				s, next := score-w.Distortion*float64(jump), state
				s -= w.WordPenalty*float64(len(o.Target)) + w.PhrasePenalty
				for j, f := range o.Scores {
					s += w.Phrase[j] * f
				}
				for _, word := range o.Target {
					var lp float64
					lp, next = lm.Score(next, lm.WordID(word))
					s += w.LM * lp
				}
				target = append(target, o.Target...)
				walk(done+o.End-o.Start, o.End, next, s)
				target = target[:len(target)-len(o.Target)]
			}
			for p := o.Start; p < o.End; p++ {
				covered[p] = false
			}
		}
	}
	walk(0, 0, lm.Begin(), 0)
	return out
}

// bestDistinct returns the best score of each distinct target, best first.
func bestDistinct(ds []derivation) []derivation {
	best := make(map[string]float64)
	for _, d := range ds {
		if s, ok := best[d.target]; !ok || d.score > s {
			best[d.target] = d.score
		}
	}
	var out []derivation
	for target, score := range best {
		out = append(out, derivation{target, score})
	}
	slices.SortFunc(out, func(a, b derivation) int { return cmp.Compare(b.score, a.score) })
	return out
}

// searches are the two search strategies, keyed by name, as pop limits
// large enough never to prune.
var searches = map[string]int{"stack decoding": -1, "cube pruning": 1 << 30}

// limits are the distortion limits the exhaustive comparisons try.
var limits = map[string]int{"monotone": 0, "limit 1": 1, "limit 2": 2, "unlimited": -1}

func TestDecodeMatchesExhaustiveSearch(t *testing.T) {
	for search, pops := range searches {
		for name, limit := range limits {
			t.Run(search+"/"+name, func(t *testing.T) {
				testDecodeMatchesExhaustiveSearch(t, Config{BeamSize: 1 << 20, DistortionLimit: limit, PopLimit: pops})
			})
		}
	}
}

// testDecodeMatchesExhaustiveSearch compares Decode with exhaustive search on random sentences.
func testDecodeMatchesExhaustiveSearch(t *testing.T, cfg Config) {
	t.Helper()
	limit := cfg.DistortionLimit
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 7))
		c := newRandomCase(rng, 1+rng.IntN(5), 6, 2, 3)
		got, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
		if err != nil {
			t.Fatalf("seed %d: Decode: %v", seed, err)
		}
		want := bestDistinct(exhaustive(c.n, c.options, c.lm, c.w, limit))[0]
		if !near(got.Score, want.score) {
			t.Errorf("seed %d: Score = %v (%q), want %v (%q)",
				seed, got.Score, strings.Join(got.Target, " "), want.score, want.target)
		}
		checkResult(t, c.n, c.options, c.w, limit, got)
	}
}

func TestNBestMatchesExhaustiveSearch(t *testing.T) {
	for search, pops := range searches {
		for name, limit := range limits {
			t.Run(search+"/"+name, func(t *testing.T) {
				testNBestMatchesExhaustiveSearch(t, Config{BeamSize: 1 << 20, DistortionLimit: limit, PopLimit: pops})
			})
		}
	}
}

// testNBestMatchesExhaustiveSearch compares NBest with exhaustive search on random sentences.
func testNBestMatchesExhaustiveSearch(t *testing.T, cfg Config) {
	t.Helper()
	const k = 6
	limit := cfg.DistortionLimit
	for seed := range uint64(25) {
		rng := rand.New(rand.NewPCG(seed, 11))
		c := newRandomCase(rng, 2+rng.IntN(4), 4, 2, 2)
		got, err := NBest(context.Background(), c.n, c.options, c.lm, c.w, cfg, k)
		if err != nil {
			t.Fatalf("seed %d: NBest: %v", seed, err)
		}
		want := bestDistinct(exhaustive(c.n, c.options, c.lm, c.w, limit))
		want = want[:min(k, len(want))]
		if len(got) != len(want) {
			t.Fatalf("seed %d: %d results, want %d", seed, len(got), len(want))
		}
		for i := range got {
			if !near(got[i].Score, want[i].score) {
				t.Errorf("seed %d: result %d Score = %v (%q), want %v (%q)", seed, i,
					got[i].Score, strings.Join(got[i].Target, " "), want[i].score, want[i].target)
			}
			checkResult(t, c.n, c.options, c.w, limit, got[i])
		}
	}
}

func TestCubePruningWithoutPopLimitMatchesStackDecoding(t *testing.T) {
	for name, limit := range limits {
		t.Run(name, func(t *testing.T) {
			for seed := range uint64(20) {
				rng := rand.New(rand.NewPCG(seed, 13))
				c := newRandomCase(rng, 15, 30, 3, 3)
				cfg := Config{BeamSize: 10, DistortionLimit: limit, PopLimit: -1}
				want, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
				if err != nil {
					t.Fatalf("seed %d: Decode: %v", seed, err)
				}
				cfg.PopLimit = 1 << 30
				got, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
				if err != nil {
					t.Fatalf("seed %d: Decode with cube pruning: %v", seed, err)
				}
				if !near(got.Score, want.Score) {
					t.Errorf("seed %d: Score = %v, want %v", seed, got.Score, want.Score)
				}
			}
		})
	}
}
