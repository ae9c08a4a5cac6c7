package translate

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"tafsiri/translate/decoder"
	"tafsiri/translate/metric"
)

// devSet is a test set prepared once for repeated decoding with different
// weights: every sentence's decoder options are built up front.
type devSet struct {
	model *loadedModel
	lines [][]devSentence // per test pair, its sentences
	refs  []string
}

type devSentence struct {
	seg  segment
	opts []decoder.Option
}

// prepareDev looks up the phrase options of every sentence of c with m.
func prepareDev(ctx context.Context, store ModelStore, m *loadedModel, c *Corpus) (*devSet, error) {
	d := &devSet{model: m}
	for _, p := range c.Pairs {
		var line []devSentence
		for _, s := range prepare(m.info.Src, p.Src).sentences() {
			opts, err := m.sentenceOptions(ctx, store, s)
			if err != nil {
				return nil, err
			}
			line = append(line, devSentence{seg: s, opts: opts})
		}
		d.lines = append(d.lines, line)
		d.refs = append(d.refs, p.Tgt)
	}
	return d, nil
}

// score decodes the whole set with w and returns its chrF, using every core.
func (d *devSet) score(ctx context.Context, w Weights) (float64, error) {
	hyps := make([]string, len(d.lines))
	errs := make([]error, len(d.lines))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				hyps[i], errs[i] = d.decodeLine(ctx, d.lines[i], w)
			}
		})
	}
	for i := range d.lines {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return metric.ChrF(hyps, d.refs)
}

func (d *devSet) decodeLine(ctx context.Context, line []devSentence, w Weights) (string, error) {
	m := d.model
	model, err := m.languageModel(ctx)
	if err != nil {
		return "", err
	}
	var pieces []piece
	for _, s := range line {
		dw, cfg := m.searchSettings(w, s.seg)
		res, err := decoder.Decode(ctx, len(s.seg.keys), s.opts, model, dw, cfg)
		if err != nil {
			return "", fmt.Errorf("decode %q: %w", s.seg.keys, err)
		}
		pieces = append(pieces, m.pieces(s.seg, s.opts, res)...)
	}
	return m.assemble(pieces).Text, nil
}

// TuneOptions controls weight tuning; zero values mean the defaults.
type TuneOptions struct {
	Rounds int // passes over all weights (default 2)
	// Progress, when set, hears the best chrF after every evaluation.
	Progress func(evaluations int, best float64)
}

// TuneReport says what tuning found.
type TuneReport struct {
	From, To    string
	Before      float64 // chrF with the model's weights
	After       float64 // chrF with the tuned weights
	Weights     Weights
	Evaluations int
}

// tuneSteps are the changes tried for each weight: scaled, and nudged (so a
// weight can cross zero).
var tuneSteps = []func(float64) float64{
	func(v float64) float64 { return v * 0.5 },
	func(v float64) float64 { return v * 0.8 },
	func(v float64) float64 { return v * 1.25 },
	func(v float64) float64 { return v * 2 },
	func(v float64) float64 { return v - 0.25 },
	func(v float64) float64 { return v + 0.25 },
}

// minGain is the chrF a change must add to be kept: less is noise on a small test set.
const minGain = 0.05

// Tune searches feature weights that raise chrF on c by coordinate ascent
// (one weight at a time, each change kept if it helps) and stores them with
// the model. The test set must not be the one quality is then reported on.
func (e *Engine) Tune(ctx context.Context, c *Corpus, opt TuneOptions) (*TuneReport, error) {
	if opt.Rounds == 0 {
		opt.Rounds = 2
	}
	route, err := e.Route(ctx, c.Src, c.Tgt)
	if err != nil {
		return nil, err
	}
	if len(route) != 1 {
		return nil, fmt.Errorf("tune %s→%s: only a direct model can be tuned, this goes through %s", c.Src, c.Tgt, route[0].Tgt)
	}
	m, err := e.load(ctx, route[0])
	if err != nil {
		return nil, err
	}
	dev, err := prepareDev(ctx, e.store, m, c)
	if err != nil {
		return nil, err
	}
	rep := &TuneReport{From: m.info.Src, To: m.info.Tgt, Weights: m.info.Weights}
	if rep.Before, err = dev.score(ctx, rep.Weights); err != nil {
		return nil, err
	}
	rep.After = rep.Before
	for range opt.Rounds {
		improved, err := rep.round(ctx, dev, opt)
		if err != nil {
			return nil, err
		}
		if !improved {
			break
		}
	}
	if err := e.store.SetModelWeights(ctx, m.info.ID, rep.Weights); err != nil {
		return nil, err
	}
	e.Refresh()
	return rep, nil
}

// round tries every step on every weight once.
func (rep *TuneReport) round(ctx context.Context, dev *devSet, opt TuneOptions) (bool, error) {
	improved := false
	for i := range len(rep.Weights.Phrase) + 4 {
		for _, step := range tuneSteps {
			w := rep.Weights.with(i, step(rep.Weights.at(i)))
			got, err := dev.score(ctx, w)
			if err != nil {
				return false, err
			}
			rep.Evaluations++
			if got > rep.After+minGain {
				rep.Weights, rep.After, improved = w, got, true
			}
			if opt.Progress != nil {
				opt.Progress(rep.Evaluations, rep.After)
			}
		}
	}
	return improved, nil
}

// at returns weight i: the phrase weights, then LM, word penalty, phrase penalty, distortion.
func (w Weights) at(i int) float64 {
	p := len(w.Phrase)
	switch {
	case i < p:
		return w.Phrase[i]
	case i == p:
		return w.LM
	case i == p+1:
		return w.WordPenalty
	case i == p+2:
		return w.PhrasePenalty
	default:
		return w.Distortion
	}
}

// with returns a copy of w with weight i set to v.
func (w Weights) with(i int, v float64) Weights {
	w.Phrase = append([]float64(nil), w.Phrase...)
	p := len(w.Phrase)
	switch {
	case i < p:
		w.Phrase[i] = v
	case i == p:
		w.LM = v
	case i == p+1:
		w.WordPenalty = v
	case i == p+2:
		w.PhrasePenalty = v
	default:
		w.Distortion = v
	}
	return w
}
