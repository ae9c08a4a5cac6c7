package detect

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// langScore counts what a detector got right in one language.
type langScore struct {
	sentences, right, right3 int
}

// accuracy returns right/sentences.
func (s langScore) accuracy() float64 { return ratio(s.right, s.sentences) }

// accuracy3 returns right3/sentences.
func (s langScore) accuracy3() float64 { return ratio(s.right3, s.sentences) }

// ratio returns a/b, 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// evaluation of a detector on the dev side of TICO-19.
type ticoScores struct {
	perLang    map[string]*langScore
	all        langScore
	confusions map[string]int // "want→got"
	latency    []time.Duration
	calibrated calibration
}

// calibration bins answers by confidence, to compare confidence with
// accuracy.
type calibration struct {
	n, right [10]int
	conf     [10]float64
}

// add records an answer given with confidence conf.
func (c *calibration) add(conf float64, right bool) {
	b := min(int(conf*10), 9)
	c.n[b]++
	c.conf[b] += conf
	if right {
		c.right[b]++
	}
}

// ece returns the expected calibration error: the gap between confidence
// and accuracy, averaged over answers.
func (c *calibration) ece() float64 {
	total, gap := 0, 0.0
	for b := range c.n {
		if c.n[b] > 0 {
			total += c.n[b]
			gap += abs(c.conf[b] - float64(c.right[b])) // both summed over the bin
		}
	}
	return gap / float64(max(total, 1))
}

func abs(x float64) float64 { return max(x, -x) }

// scoreTICO detects every sentence of dev, and its first three words.
func scoreTICO(tb testing.TB, d *Detector, dev ticoCorpus) ticoScores {
	tb.Helper()
	ctx := context.Background()
	s := ticoScores{perLang: map[string]*langScore{}, confusions: map[string]int{}}
	for _, tag := range dev.tags() {
		ls := &langScore{}
		s.perLang[tag] = ls
		for _, sentence := range dev[tag] {
			start := time.Now()
			r, err := d.Detect(ctx, sentence)
			s.latency = append(s.latency, time.Since(start))
			if err != nil {
				tb.Fatal(err)
			}
			r3, err := d.Detect(ctx, firstWords(sentence, 3))
			if err != nil {
				tb.Fatal(err)
			}
			ls.sentences++
			if r.Lang == tag {
				ls.right++
			} else {
				s.confusions[tag+"→"+r.Lang]++
			}
			if r3.Lang == tag {
				ls.right3++
			}
			s.calibrated.add(r.Confidence, r.Lang == tag)
			s.calibrated.add(r3.Confidence, r3.Lang == tag)
		}
		s.all.sentences += ls.sentences
		s.all.right += ls.right
		s.all.right3 += ls.right3
	}
	return s
}

// percentile returns the p-th percentile (0..100) of durations.
func percentile(durations []time.Duration, p float64) time.Duration {
	if len(durations) == 0 {
		return 0
	}
	sorted := slices.Clone(durations)
	slices.Sort(sorted)
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p/100))]
}

// table formats the per-language accuracies, worst first.
func (s ticoScores) table() string {
	tags := make([]string, 0, len(s.perLang))
	for tag := range s.perLang {
		tags = append(tags, tag)
	}
	slices.SortFunc(tags, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.perLang[a].accuracy(), s.perLang[b].accuracy()), cmp.Compare(a, b))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "%-7s %5s %9s %9s %6s\n", "lang", "n", "sentence", "3 words", "lingua")
	for _, tag := range tags {
		ls := s.perLang[tag]
		fmt.Fprintf(&b, "%-7s %5d %8.1f%% %8.1f%% %6v\n", tag, ls.sentences, 100*ls.accuracy(), 100*ls.accuracy3(), LinguaKnows(tag))
	}
	return b.String()
}

// topConfusions formats the n most frequent confusions.
func (s ticoScores) topConfusions(n int) string {
	pairs := make([]string, 0, len(s.confusions))
	for p := range s.confusions {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b string) int {
		return cmp.Or(cmp.Compare(s.confusions[b], s.confusions[a]), cmp.Compare(a, b))
	})
	var out []string
	for _, p := range pairs[:min(n, len(pairs))] {
		out = append(out, fmt.Sprintf("%s ×%d", p, s.confusions[p]))
	}
	return strings.Join(out, ", ")
}
