package metric

import "unicode/utf8"

// ChrFOrder is the longest character n-gram chrF counts.
const ChrFOrder = 6

// chrFBetaSquared weighs recall four times as much as precision (beta 2).
const chrFBetaSquared = 4

// ChrFStats holds chrF's sufficient statistics: per n-gram order (index 0 is
// unigrams), the hypothesis, reference and matching character n-gram counts.
type ChrFStats struct {
	Hyp, Ref, Match [ChrFOrder]int
}

// ChrFSentenceStats counts the character n-grams of one hypothesis against
// one reference, after removing all whitespace.
//
// As in sacreBLEU, when the reference has no n-grams of an order (it is
// shorter than n characters), the hypothesis n-grams of that order are not
// counted either.
func ChrFSentenceStats(hyp, ref string) ChrFStats {
	h := newCharSeq(hyp)
	r := newCharSeq(ref)
	var s ChrFStats
	for i := range ChrFOrder {
		n := i + 1
		refCount := r.count(n)
		if refCount == 0 {
			continue
		}
		pool := r.ngrams(n)
		hypCount := h.count(n)
		match := 0
		for j := range hypCount {
			g := h.ngram(j, n)
			if pool[g] > 0 {
				pool[g]--
				match++
			}
		}
		s.Hyp[i], s.Ref[i], s.Match[i] = hypCount, refCount, match
	}
	return s
}

// Add adds another sentence's (or corpus's) statistics to s.
func (s *ChrFStats) Add(o ChrFStats) {
	for i := range ChrFOrder {
		s.Hyp[i] += o.Hyp[i]
		s.Ref[i] += o.Ref[i]
		s.Match[i] += o.Match[i]
	}
}

// Sub removes statistics that were earlier added to s.
func (s *ChrFStats) Sub(o ChrFStats) {
	for i := range ChrFOrder {
		s.Hyp[i] -= o.Hyp[i]
		s.Ref[i] -= o.Ref[i]
		s.Match[i] -= o.Match[i]
	}
}

// Score returns the chrF of the statistics on a 0..100 scale.
//
// It follows sacreBLEU's default (eps_smoothing off): precision and recall are
// each averaged over the orders where both hypothesis and reference have
// n-grams, and one F-beta is computed from the two averages. It does not
// average per-order F scores.
func (s ChrFStats) Score() float64 {
	var avgPrec, avgRec float64
	effective := 0
	for i := range ChrFOrder {
		if s.Hyp[i] > 0 && s.Ref[i] > 0 {
			avgPrec += float64(s.Match[i]) / float64(s.Hyp[i])
			avgRec += float64(s.Match[i]) / float64(s.Ref[i])
			effective++
		}
	}
	if effective == 0 {
		return 0
	}
	avgPrec /= float64(effective)
	avgRec /= float64(effective)
	if avgPrec+avgRec == 0 {
		return 0
	}
	score := (1 + chrFBetaSquared) * avgPrec * avgRec
	score /= chrFBetaSquared*avgPrec + avgRec
	return 100 * score
}

// ChrF returns corpus chrF (character n-grams up to 6, beta 2, whitespace removed), sacreBLEU's default chrF.
//
// Statistics are summed over all sentence pairs and one F-score is computed
// from the sums. It fails if the slices differ in length or a reference is
// the empty string; an empty corpus scores 0.
func ChrF(hyps, refs []string) (float64, error) {
	if err := checkCorpus(hyps, refs); err != nil {
		return 0, err
	}
	var total ChrFStats
	for i := range hyps {
		total.Add(ChrFSentenceStats(hyps[i], refs[i]))
	}
	return total.Score(), nil
}

// ChrFSentence returns the chrF of one hypothesis against one reference, as sacreBLEU's sentence_chrf.
func ChrFSentence(hyp, ref string) float64 {
	return ChrFSentenceStats(hyp, ref).Score()
}

// charSeq is a whitespace-free string with the byte offset of every code
// point, so that n-grams are substrings and need no allocation.
type charSeq struct {
	text   string
	starts []int // starts[i] is where code point i begins; the last entry is len(text)
}

// newCharSeq removes whitespace from s and indexes its code points.
func newCharSeq(s string) charSeq {
	text := removeSpace(s)
	starts := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		starts = append(starts, i)
	}
	return charSeq{text: text, starts: append(starts, len(text))}
}

// count returns how many n-grams of order n the sequence has.
func (c charSeq) count(n int) int {
	return max(0, len(c.starts)-n)
}

// ngram returns the n-gram of order n that starts at code point i.
func (c charSeq) ngram(i, n int) string {
	return c.text[c.starts[i]:c.starts[i+n]]
}

// ngrams counts the sequence's n-grams of order n.
func (c charSeq) ngrams(n int) map[string]int {
	m := make(map[string]int, c.count(n))
	for i := range c.count(n) {
		m[c.ngram(i, n)]++
	}
	return m
}
