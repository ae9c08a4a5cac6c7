package detect

import "math"

// minScriptShare is the share of a language's sample letters a script
// needs before the language counts as written in it. Samples quote names
// and terms in other scripts (COVID-19 in Urdu, WHO in Chinese); below
// this share such a quote does not make a script the language's own.
const minScriptShare = 0.005

// Calibration of confidences: a language's probability is proportional to
// exp((score - best) / (temperature * features^lengthPower)), where score
// is its log-likelihood and features the number of features read. Naive
// Bayes adds up evidence as if features were independent, which they are
// not (every rune is in four n-grams), so raw scores are far too sure.
// These constants fit held-out TICO-19 sentences, whole and cut to their
// first words, best (see TestTICOCalibration); confidences then match
// accuracy within about one point (the report's calibration error).
const (
	temperature = 1.0
	lengthPower = 0.6
)

// evaluation is what the model says about a text.
type evaluation struct {
	feats   int  // features read
	letters int  // letters seen
	foreign bool // no candidate writes most of the text's letters
}

// evaluate scores text under the languages of the model that active marks
// (all when active is nil): s.scores gets log-likelihoods, -Inf for the
// other languages and those whose scripts cannot write the text.
func (m *Model) evaluate(s *scratch, text string, active []bool) evaluation {
	s.feats = m.features.appendText(s.feats[:0], &s.scanner, text, s.scripts)
	ev := evaluation{feats: len(s.feats)}
	for _, n := range s.scripts {
		ev.letters += n
	}
	if ev.letters == 0 {
		return ev
	}
	m.logLikelihoods(s)
	for l := range s.scores {
		if active != nil && !active[l] {
			s.scores[l] = math.Inf(-1)
		}
	}
	ev.foreign = m.applyScripts(s, ev.letters)
	return ev
}

// applyScripts rules out the languages that do not write most of the
// text's letters in scripts of their own: Ethiopic text is Amharic or
// Tigrinya, whatever the n-grams say. When no language writes most of them,
// those that write the largest part stay, and when none writes any, all
// stay; applyScripts then reports the text as foreign.
func (m *Model) applyScripts(s *scratch, letters int) (foreign bool) {
	best := 0.0
	coverage := s.coverage[:0]
	for l := range m.tags {
		covered := 0
		for _, sh := range m.scripts[l] {
			if sh.share >= minScriptShare && sh.script < len(s.scripts) {
				covered += s.scripts[sh.script]
			}
		}
		c := float64(covered) / float64(letters)
		coverage = append(coverage, c)
		if !math.IsInf(s.scores[l], -1) {
			best = max(best, c)
		}
	}
	s.coverage = coverage
	if best == 0 {
		return true
	}
	floor := min(best, 0.5)
	for l, c := range coverage {
		if c < floor {
			s.scores[l] = math.Inf(-1)
		}
	}
	return best < 0.5
}

// probabilities turns the scores in s into calibrated probabilities, in
// place; ruled-out languages get 0.
func (s *scratch) probabilities(feats int) {
	best := math.Inf(-1)
	for _, v := range s.scores {
		best = max(best, v)
	}
	if math.IsInf(best, -1) {
		clear(s.scores)
		return
	}
	scale := 1 / (temperature * math.Pow(float64(max(feats, 1)), lengthPower))
	sum := 0.0
	for l, v := range s.scores {
		p := math.Exp((v - best) * scale) // Exp(-Inf) is 0
		s.scores[l] = p
		sum += p
	}
	for l := range s.scores {
		s.scores[l] /= sum
	}
}
