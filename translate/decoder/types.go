package decoder

import "fmt"

// Option is one way to translate the source span [Start, End).
type Option struct {
	Start, End int
	// Target holds the target tokens, at least one.
	Target []string
	// Scores holds the phrase features (natural logs), one per Weights.Phrase.
	Scores []float64
	// Tag is opaque to the decoder; the caller uses it for provenance.
	Tag int
}

// Weights are the log-linear weights of the features described in the package comment.
type Weights struct {
	// Phrase weighs Option.Scores, one weight per feature.
	Phrase []float64
	// LM weighs the language-model log-probability.
	LM float64
	// WordPenalty weighs the feature -1 per target word.
	WordPenalty float64
	// PhrasePenalty weighs the feature -1 per option used.
	PhrasePenalty float64
	// Distortion weighs the feature -|start_i - end_{i-1}|, so a positive weight penalises jumps.
	Distortion float64
}

// fixedFeatures counts the features after the phrase features.
const fixedFeatures = 4

// Vector returns the weights in the order of Result.Features.
func (w Weights) Vector() []float64 {
	v := make([]float64, 0, len(w.Phrase)+fixedFeatures)
	v = append(v, w.Phrase...)
	return append(v, w.LM, w.WordPenalty, w.PhrasePenalty, w.Distortion)
}

// WeightsFromVector is the inverse of Weights.Vector.
func WeightsFromVector(v []float64) (Weights, error) {
	if len(v) < fixedFeatures {
		return Weights{}, fmt.Errorf("read weight vector of %d values: %w", len(v), ErrInvalidArgument)
	}
	p := len(v) - fixedFeatures
	return Weights{
		Phrase:        append([]float64(nil), v[:p]...),
		LM:            v[p],
		WordPenalty:   v[p+1],
		PhrasePenalty: v[p+2],
		Distortion:    v[p+3],
	}, nil
}

// Dot returns the weighted sum of a feature vector in the order of Result.Features.
func (w Weights) Dot(features []float64) float64 {
	sum := 0.0
	for i, f := range features {
		switch p := i - len(w.Phrase); {
		case p < 0:
			sum += w.Phrase[i] * f
		case p == 0:
			sum += w.LM * f
		case p == 1:
			sum += w.WordPenalty * f
		case p == 2:
			sum += w.PhrasePenalty * f
		case p == 3:
			sum += w.Distortion * f
		}
	}
	return sum
}

// Config bounds the search.
type Config struct {
	// BeamSize is the number of hypotheses kept per stack; 0 or less means 100.
	BeamSize int
	// DistortionLimit is the longest jump in source tokens: 0 decodes
	// monotonically and a negative limit allows any jump.
	DistortionLimit int
	// Threshold, when positive, also drops hypotheses whose score plus future
	// cost is more than Threshold below the best of their stack.
	Threshold float64
	// PopLimit caps the hypothesis-option pairs scored per stack by cube
	// pruning; 0 means 1000, and a negative value turns cube pruning off so
	// that every pair is considered (except those that provably cannot enter
	// the beam).
	PopLimit int
	// Forbidden lists target word sequences no translation may contain,
	// within one option or across options (a glossary's forbidden terms).
	Forbidden [][]string
	// Ordered lists source positions whose translations must come out in
	// source order: no option covering one of them is applied before every
	// earlier one is covered (the times of "between 8:30 and 12:30", which a
	// swap would turn around). Positions inside one option keep the order
	// that option gives them.
	Ordered []int
}

// defaultPopLimit is the pop limit of a zero Config.PopLimit.
const defaultPopLimit = 1000

// DefaultConfig returns a beam of 100, a distortion limit of 6 and a pop
// limit of 1000.
func DefaultConfig() Config {
	return Config{BeamSize: 100, DistortionLimit: 6, PopLimit: defaultPopLimit}
}

// Step is one applied option, in target order.
type Step struct {
	// Option indexes the options slice given to Decode.
	Option int
	// TgtStart and TgtEnd delimit the option's words in Result.Target.
	TgtStart, TgtEnd int
	// Score is this step's weighted contribution: phrase features, LM,
	// penalties and distortion; the last step also carries the
	// end-of-sentence LM term, so the steps sum to Result.Score.
	Score float64
}

// Result is a translation with its provenance and features.
type Result struct {
	Target []string
	Steps  []Step
	// Score is the model score, equal to Weights.Dot(Features).
	Score float64
	// Features holds the unweighted feature totals: phrase features, LM,
	// WordPenalty, PhrasePenalty, Distortion.
	Features []float64
}
