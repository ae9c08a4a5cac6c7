package detect

import "math"

// minScriptShare is the share of a language's sample letters a script
// needs before the language counts as written in it. Samples quote names
// and terms in other scripts (COVID-19 in Urdu, WHO in Chinese); below
// this share such a quote does not make a script the language's own.
const minScriptShare = 0.005

// evaluate scores text under every language of the model: s.scores gets
// log-likelihoods, -Inf for the languages whose scripts cannot write the
// text. It returns the number of features read and of letters seen.
func (m *Model) evaluate(s *scratch, text string) (feats, letters int) {
	s.feats = m.features.appendText(s.feats[:0], &s.scanner, text, s.scripts)
	for _, n := range s.scripts {
		letters += n
	}
	if letters == 0 {
		return len(s.feats), 0
	}
	m.logLikelihoods(s)
	m.applyScripts(s, letters)
	return len(s.feats), letters
}

// applyScripts rules out the languages that do not write most of the
// text's letters in scripts of their own: Ethiopic text is Amharic or
// Tigrinya, whatever the n-grams say. When no language writes most of them,
// those that write the largest part stay; when none writes any, all stay.
func (m *Model) applyScripts(s *scratch, letters int) {
	best := 0.0
	coverage := make([]float64, len(m.tags)) // few languages: cheap
	for l := range m.tags {
		covered := 0
		for _, sh := range m.scripts[l] {
			if sh.share >= minScriptShare && sh.script < len(s.scripts) {
				covered += s.scripts[sh.script]
			}
		}
		coverage[l] = float64(covered) / float64(letters)
		best = max(best, coverage[l])
	}
	if best == 0 {
		return
	}
	floor := min(best, 0.5)
	for l, c := range coverage {
		if c < floor {
			s.scores[l] = math.Inf(-1)
		}
	}
}
