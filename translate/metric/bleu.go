package metric

import (
	"math"
	"strings"
)

// BLEUOrder is the longest word n-gram BLEU counts.
const BLEUOrder = 4

// logOfZero is sacreBLEU's floor for log(0), which drives a score to 0.
const logOfZero = -9999999999

// BLEUOptions chooses how BLEU splits text into tokens.
type BLEUOptions struct {
	// CharLevel makes every non-space character a token (sacreBLEU's "char"
	// tokenizer), for Chinese, Japanese, Burmese, Khmer, Thai and the like.
	// When false, text is split with Tokenize13a.
	CharLevel bool
	// Lowercase lowercases both sides first, as Python's str.lower does.
	Lowercase bool
}

// BLEUStats holds BLEU's sufficient statistics: token counts of hypothesis and
// reference, and per n-gram order (index 0 is unigrams) the clipped matches
// and the hypothesis n-grams.
type BLEUStats struct {
	HypLen, RefLen int
	Correct, Total [BLEUOrder]int
}

// BLEUSentenceStats counts the n-gram matches of one hypothesis against one reference.
func BLEUSentenceStats(hyp, ref string, opt BLEUOptions) BLEUStats {
	h := bleuTokens(hyp, opt)
	r := bleuTokens(ref, opt)
	s := BLEUStats{HypLen: len(h), RefLen: len(r)}
	for i := range BLEUOrder {
		n := i + 1
		pool := wordNgrams(r, n)
		for j := 0; j+n <= len(h); j++ {
			g := strings.Join(h[j:j+n], " ")
			s.Total[i]++
			if pool[g] > 0 {
				pool[g]--
				s.Correct[i]++
			}
		}
	}
	return s
}

// Add adds another sentence's (or corpus's) statistics to s.
func (s *BLEUStats) Add(o BLEUStats) {
	s.HypLen += o.HypLen
	s.RefLen += o.RefLen
	for i := range BLEUOrder {
		s.Correct[i] += o.Correct[i]
		s.Total[i] += o.Total[i]
	}
}

// Sub removes statistics that were earlier added to s.
func (s *BLEUStats) Sub(o BLEUStats) {
	s.HypLen -= o.HypLen
	s.RefLen -= o.RefLen
	for i := range BLEUOrder {
		s.Correct[i] -= o.Correct[i]
		s.Total[i] -= o.Total[i]
	}
}

// Score returns corpus BLEU from the statistics, as sacreBLEU's corpus_bleu with its defaults.
//
// Those defaults are 'exp' smoothing (an order with no match but some n-grams
// gets precision 1/(2^k * total), k counting such orders) and no effective
// order: a corpus with no 4-grams at all scores 0.
func (s BLEUStats) Score() float64 {
	return bleuScore(s, false)
}

// BLEU returns corpus BLEU-4 with sacreBLEU's 13a tokenisation; with CharLevel, every non-space character is a token (for Chinese, Burmese, Khmer, Thai...).
//
// Statistics are summed over all sentence pairs before scoring. It fails if
// the slices differ in length or a reference is the empty string; an empty
// corpus scores 0.
func BLEU(hyps, refs []string, opt BLEUOptions) (float64, error) {
	if err := checkCorpus(hyps, refs); err != nil {
		return 0, err
	}
	var total BLEUStats
	for i := range hyps {
		total.Add(BLEUSentenceStats(hyps[i], refs[i], opt))
	}
	return total.Score(), nil
}

// BLEUSentence returns sentence BLEU as sacreBLEU's sentence_bleu: 'exp' smoothing and effective order.
//
// Effective order averages only the orders for which the hypothesis has
// n-grams, so a two-word hypothesis equal to its reference scores 100.
func BLEUSentence(hyp, ref string, opt BLEUOptions) float64 {
	return bleuScore(BLEUSentenceStats(hyp, ref, opt), true)
}

// bleuScore mirrors sacreBLEU's compute_bleu with 'exp' smoothing.
func bleuScore(s BLEUStats, effectiveOrder bool) float64 {
	bp := 1.0
	if s.HypLen < s.RefLen {
		bp = 0
		if s.HypLen > 0 {
			bp = math.Exp(1 - float64(s.RefLen)/float64(s.HypLen))
		}
	}
	if s.Correct == [BLEUOrder]int{} {
		return 0
	}
	var prec [BLEUOrder]float64 // percentages; 0 stands for a missing order
	smooth := 1.0
	order := BLEUOrder
	for i := range BLEUOrder {
		if s.Total[i] <= 0 {
			break
		}
		if effectiveOrder {
			order = i + 1
		}
		if s.Correct[i] == 0 {
			smooth *= 2
			prec[i] = 100 / (smooth * float64(s.Total[i]))
		} else {
			prec[i] = 100 * float64(s.Correct[i]) / float64(s.Total[i])
		}
	}
	sum := 0.0
	for _, p := range prec[:order] {
		if p <= 0 {
			sum += logOfZero
		} else {
			sum += math.Log(p)
		}
	}
	return bp * math.Exp(sum/float64(order))
}

// bleuTokens lowercases if asked, strips trailing whitespace and tokenizes,
// in the order of sacreBLEU's BLEU preprocessing.
func bleuTokens(s string, opt BLEUOptions) []string {
	if opt.Lowercase {
		s = lower(s)
	}
	s = trimRightSpace(s)
	if opt.CharLevel {
		return charTokens(s)
	}
	return Tokenize13a(s)
}

// charTokens returns every non-whitespace code point as a token.
func charTokens(s string) []string {
	var out []string
	for _, r := range s {
		if !isSpace(r) {
			out = append(out, string(r))
		}
	}
	return out
}

// wordNgrams counts the n-grams of order n, joined by single spaces (tokens
// never contain whitespace, so the join is unambiguous).
func wordNgrams(tokens []string, n int) map[string]int {
	m := make(map[string]int)
	for j := 0; j+n <= len(tokens); j++ {
		m[strings.Join(tokens[j:j+n], " ")]++
	}
	return m
}
