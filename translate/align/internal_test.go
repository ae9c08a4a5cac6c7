package align

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func TestDigamma(t *testing.T) {
	const eulerGamma = 0.57721566490153286
	tests := map[string]struct{ x, want float64 }{
		"one":          {1, -eulerGamma},
		"one half":     {0.5, -eulerGamma - 2*math.Ln2},
		"two":          {2, 1 - eulerGamma},
		"ten":          {10, 2.251752589066721},
		"large":        {1e6, math.Log(1e6) - 0.5e-6},
		"tiny (alpha)": {0.01, -100.56088545786867},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := digamma(tc.x); math.Abs(got-tc.want) > 1e-12*max(1, math.Abs(tc.want)) {
				t.Errorf("digamma(%g): got %.15g, want %.15g", tc.x, got, tc.want)
			}
		})
	}
}

func TestDiagonalWeightsMatchDefinition(t *testing.T) {
	tests := map[string]struct{ o, outer, inner int }{
		"first of short":        {0, 3, 5},
		"middle":                {4, 9, 9},
		"last of long":          {24, 25, 31},
		"one generating token":  {2, 7, 1},
		"between two positions": {1, 4, 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			const tension = 6.5
			weights, feats := make([]float64, tc.inner), make([]float64, tc.inner)
			z := diagonalWeights(weights, feats, tc.o, tc.outer, tension)
			var wantZ float64
			for k := range weights {
				h := -math.Abs((float64(tc.o)+0.5)/float64(tc.outer) - (float64(k)+0.5)/float64(tc.inner))
				want := math.Exp(tension * h)
				wantZ += want
				if math.Abs(weights[k]-want) > 1e-12 || feats[k] != h {
					t.Errorf("position %d: got weight %g feature %g, want %g and %g", k, weights[k], feats[k], want, h)
				}
			}
			if math.Abs(z-wantZ) > 1e-12 {
				t.Errorf("sum: got %g, want %g", z, wantZ)
			}
		})
	}
}

func TestFitTensionRecoversPriorTension(t *testing.T) {
	for name, want := range map[string]float64{"gentle": 1.5, "default": 4, "steep": 11} {
		t.Run(name, func(t *testing.T) {
			w := &workspace{
				scratch: newScratch(40),
				classes: []sizeClass{{outer: 12, inner: 15, count: 3}, {outer: 30, inner: 22, count: 1}},
			}
			// The mean feature of the prior itself is the fixed point at want.
			target, _ := diagonalMoments(w, want)
			m := &Model{tension: defaultTension}
			m.fitTension(w, target)
			if got := m.Tension(); math.Abs(got-want) > 1e-6 {
				t.Errorf("got tension %g, want %g", got, want)
			}
		})
	}
}

func TestEMNeverLowersLikelihood(t *testing.T) {
	var pairs []Pair
	for _, line := range []string{
		"das haus ist klein | the house is small", "das buch | the book",
		"ein buch ist gross | a book is big", "klein ist das haus | small is the house",
		"ein haus | a house", "das buch ist klein | the book is small",
	} {
		src, tgt, _ := strings.Cut(line, "|")
		pairs = append(pairs, Pair{Src: strings.Fields(src), Tgt: strings.Fields(tgt)})
	}
	c, err := newCorpus(pairs)
	if err != nil {
		t.Fatalf("newCorpus: %v", err)
	}
	for name, reverse := range map[string]bool{"forward": false, "reverse": true} {
		t.Run(name, func(t *testing.T) {
			opt := Options{MaxLikelihood: true, FixedTension: true}.resolved()
			m := newModel(c, reverse, opt)
			w := newWorkspace(m)
			var last float64
			for iter := range opt.total() {
				m.expect(w, iter >= opt.Model1Iterations)
				// The first E-step sees unnormalised constants, and switching
				// from Model 1 to Model 2 changes the model, not its parameters.
				if iter > 1 && iter != opt.Model1Iterations && w.logLik < last-1e-9 {
					t.Errorf("iteration %d: log-likelihood fell from %g to %g", iter, last, w.logLik)
				}
				last = w.logLik
				m.normalize(w)
			}
		})
	}
}

func TestOptionsResolved(t *testing.T) {
	tests := map[string]struct{ in, want Options }{
		"zero means defaults": {
			Options{},
			Options{Model1Iterations: 5, Iterations: 5, Tension: 4, NullProb: 0.08, Alpha: 0.01},
		},
		"negative iterations mean none": {
			Options{Model1Iterations: -1, Iterations: -3},
			Options{Tension: 4, NullProb: 0.08, Alpha: 0.01},
		},
		"out-of-range values are tamed": {
			Options{Iterations: 2, Tension: math.Inf(1), NullProb: 1.5, Alpha: math.NaN()},
			Options{Model1Iterations: 5, Iterations: 2, Tension: maxTension, NullProb: 0.08, Alpha: 0.01},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			// Options holds a func, so compare the printed fields.
			if got, want := fmt.Sprintf("%+v", tc.in.resolved()), fmt.Sprintf("%+v", tc.want); got != want {
				t.Errorf("got %s, want %s", got, want)
			}
		})
	}
}
