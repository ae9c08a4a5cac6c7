package detect

import (
	"math"
	"os"
	"testing"
)

// TestTICOCalibration fits the temperature and length power of
// classify.go on sentences held out of TICO-19's train split (every tenth
// one, whole and cut to its first 1, 3 and 6 words), and prints the fit
// next to the constants in use. It runs with the report:
//
//	TAFSIRI_DETECT_REPORT=1 go test -run TICOCalibration -v ./translate/detect/
func TestTICOCalibration(t *testing.T) {
	if os.Getenv("TAFSIRI_DETECT_REPORT") != "1" {
		t.Skip("set TAFSIRI_DETECT_REPORT=1 to fit the confidence calibration on TICO-19")
	}
	fit, held := map[string][]string{}, map[string][]string{}
	for tag, sentences := range loadTICO(t, "train") {
		for i, s := range sentences {
			if i%10 == 0 {
				held[tag] = append(held[tag], s)
			} else {
				fit[tag] = append(fit[tag], s)
			}
		}
	}
	m, err := Train(fit)
	if err != nil {
		t.Fatal(err)
	}
	cases := heldOutScores(m, held)
	best := math.Inf(1)
	var bestT, bestPower float64
	for _, power := range []float64{0, 0.25, 0.5, 0.6, 0.7, 0.8, 0.9, 1} {
		for _, temp := range []float64{0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10} {
			if nll := meanNegLogLikelihood(cases, temp, power); nll < best {
				best, bestT, bestPower = nll, temp, power
			}
		}
	}
	t.Logf("best fit: temperature %.2f, length power %.2f, mean -log p(truth) %.4f over %d texts",
		bestT, bestPower, best, len(cases))
	t.Logf("in use:   temperature %.2f, length power %.2f, mean -log p(truth) %.4f",
		temperature, lengthPower, meanNegLogLikelihood(cases, temperature, lengthPower))
}

// scored is a held-out text's log-likelihoods under each language.
type scored struct {
	scores []float64
	feats  int
	truth  int
}

// heldOutScores scores each held-out sentence, whole and cut short.
func heldOutScores(m *Model, held map[string][]string) []scored {
	var cases []scored
	for l, tag := range m.tags {
		for _, s := range held[tag] {
			for _, text := range []string{s, firstWords(s, 1), firstWords(s, 3), firstWords(s, 6)} {
				sc := getScratch(len(m.tags))
				if ev := m.evaluate(sc, text, nil); ev.letters > 0 {
					cases = append(cases, scored{append([]float64(nil), sc.scores...), ev.feats, l})
				}
				scratchPool.Put(sc)
			}
		}
	}
	return cases
}

// meanNegLogLikelihood returns the mean of -log p(truth) under the
// calibration (temp, power).
func meanNegLogLikelihood(cases []scored, temp, power float64) float64 {
	total := 0.0
	for _, c := range cases {
		scale := 1 / (temp * math.Pow(float64(c.feats), power))
		best := math.Inf(-1)
		for _, v := range c.scores {
			best = max(best, v)
		}
		sum := 0.0
		for _, v := range c.scores {
			sum += math.Exp((v - best) * scale)
		}
		p := math.Exp((c.scores[c.truth]-best)*scale) / sum
		total -= math.Log(max(p, 1e-12))
	}
	return total / float64(len(cases))
}
