package detect

import (
	"cmp"
	"context"
	"math"
	"slices"
)

// Detect names the language of text among the candidates, reading at most
// the configured number of bytes from its start. Text without letters
// gives Undetermined and no candidates. It waits for the detector to be
// ready, and fails only when that fails or ctx ends.
func (d *Detector) Detect(ctx context.Context, text string) (Result, error) {
	if err := d.Wait(ctx); err != nil {
		return Result{}, err
	}
	return d.detect(ctx, prefix(text, d.sampleBytes))
}

// detect is Detect on a ready detector and a text already cut to size.
func (d *Detector) detect(ctx context.Context, text string) (Result, error) {
	own, foreign, letters := d.ownProbabilities(text)
	if letters == 0 {
		return Result{Lang: Undetermined}, nil
	}
	probs := own
	if d.lingua != nil {
		guesses, err := d.lingua.Detect(ctx, text)
		if err != nil {
			return Result{}, err
		}
		probs = d.blend(own, guesses)
	}
	return d.result(probs, foreign), nil
}

// ownProbabilities returns the learned model's probability of each
// candidate, -1 for those it lacks, and whether the text is foreign to
// every candidate; letters counts the text's letters.
func (d *Detector) ownProbabilities(text string) (probs []float64, foreign bool, letters int) {
	probs = make([]float64, len(d.tags))
	for i := range probs {
		probs[i] = -1
	}
	if d.model == nil {
		return probs, false, countLetters(text)
	}
	s := getScratch(len(d.model.tags))
	defer scratchPool.Put(s)
	ev := d.model.evaluate(s, text, d.active)
	if ev.letters == 0 {
		return probs, false, 0
	}
	s.probabilities(ev.feats)
	for i, l := range d.modelOf {
		if l >= 0 {
			probs[i] = s.scores[l]
		}
	}
	return probs, ev.foreign, ev.letters
}

// countLetters returns how many letters text has.
func countLetters(text string) int {
	var s wordScanner
	s.reset(text)
	n := 0
	for s.next() {
		n += s.letters
	}
	return n
}

// blend mixes lingua's guesses into the model's probabilities (-1 where
// the model lacks a candidate). Where both know a candidate, the model's
// share of the probability is divided among them by the geometric mean of
// the two opinions: lingua cannot outvote the model for a neighbour it
// does not know (it calls Dari "Persian"). Candidates only lingua knows
// get lingua's probability, scaled to agree with the model where both
// know a candidate.
func (d *Detector) blend(own []float64, guesses []Guess) []float64 {
	lin := make([]float64, len(d.tags))
	for i := range lin {
		lin[i] = -1
		if d.viaLingua[i] {
			lin[i] = 0
		}
	}
	for _, g := range guesses {
		if i := slices.Index(d.tags, g.Lang); i >= 0 {
			lin[i] = g.Confidence
		}
	}
	var ownBoth, linBoth, mixBoth float64
	mix := make([]float64, len(d.tags))
	for i := range d.tags {
		if own[i] >= 0 && lin[i] >= 0 {
			ownBoth += own[i]
			linBoth += lin[i]
			mix[i] = math.Sqrt(own[i] * lin[i])
			mixBoth += mix[i]
		}
	}
	out := make([]float64, len(d.tags))
	for i := range d.tags {
		switch {
		case own[i] >= 0 && lin[i] >= 0 && mixBoth > 0:
			out[i] = ownBoth * mix[i] / mixBoth
		case own[i] >= 0:
			out[i] = own[i]
		case lin[i] >= 0 && linBoth > 0:
			out[i] = lin[i] * ownBoth / linBoth
		case lin[i] >= 0:
			out[i] = lin[i]
		}
	}
	return normalise(out)
}

// normalise scales probs to sum to 1, in place, unless they are all 0.
func normalise(probs []float64) []float64 {
	sum := 0.0
	for _, p := range probs {
		sum += max(p, 0)
	}
	for i, p := range probs {
		if sum > 0 {
			probs[i] = max(p, 0) / sum
		}
	}
	return probs
}

// result ranks the candidates by probs.
func (d *Detector) result(probs []float64, foreign bool) Result {
	var r Result
	for i, p := range probs {
		if p > 0 {
			r.Candidates = append(r.Candidates, Guess{Lang: d.tags[i], Confidence: p})
		}
	}
	if len(r.Candidates) == 0 {
		return Result{Lang: Undetermined, Unsure: true}
	}
	slices.SortStableFunc(r.Candidates, func(a, b Guess) int { return cmp.Compare(b.Confidence, a.Confidence) })
	r.Lang, r.Confidence = r.Candidates[0].Lang, r.Candidates[0].Confidence
	r.Unsure = foreign || len(r.Candidates) > 1 && r.Confidence-r.Candidates[1].Confidence < unsureMargin
	return r
}
