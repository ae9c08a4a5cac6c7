package detect

import (
	"context"
	"math"
)

// maxSplitBytes caps how much of a text Split analyses word by word; the
// rest becomes one last span.
const maxSplitBytes = 64 << 10

// switchCost is what changing language between two words costs, in the
// log-probabilities the words' evidence is counted in. One word in another
// language is more often a name or a borrowed term than a switch, so a
// switch must be backed by a few words, or by one in another script. On
// pairs of TICO-19 sentences in different languages, 24 labels the most
// bytes right (99.2%) and leaves 99% of single sentences whole.
const switchCost = 24.0

// minWordLogProb floors a word's log-probability in a language, so that a
// language the word's script rules out stays reachable for the words
// around it (a quoted Latin name in an Arabic sentence).
const minWordLogProb = -30.0

// Split cuts text into spans of one language each, such as an English
// sentence followed by an Arabic one on the same line. The spans cover the
// text from start to end without gaps: each span ends where the next
// begins, punctuation and spaces going with the span before them. Empty
// text gives no span; text without letters gives one Undetermined span.
func (d *Detector) Split(ctx context.Context, text string) ([]Span, error) {
	if err := d.Wait(ctx); err != nil {
		return nil, err
	}
	if text == "" {
		return nil, nil
	}
	head := prefix(text, maxSplitBytes)
	starts := d.switches(head)
	var spans []Span
	for i, start := range starts {
		end := len(head)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		var err error
		if spans, err = d.addSpan(ctx, spans, text, start, end); err != nil {
			return nil, err
		}
	}
	if len(head) < len(text) {
		return d.addSpan(ctx, spans, text, len(head), len(text))
	}
	return spans, nil
}

// addSpan labels text[start:end] and appends it to spans, merged into the
// last span when the language is the same or the new part has no letters.
func (d *Detector) addSpan(ctx context.Context, spans []Span, text string, start, end int) ([]Span, error) {
	r, err := d.detect(ctx, prefix(text[start:end], d.sampleBytes))
	if err != nil {
		return nil, err
	}
	if n := len(spans); n > 0 && (r.Lang == spans[n-1].Lang || r.Lang == Undetermined) {
		last := &spans[n-1]
		if r, err = d.detect(ctx, prefix(text[last.Start:end], d.sampleBytes)); err != nil {
			return nil, err
		}
		last.End, last.Lang, last.Confidence = end, r.Lang, r.Confidence
		return spans, nil
	}
	return append(spans, Span{Start: start, End: end, Lang: r.Lang, Confidence: r.Confidence}), nil
}

// switches returns the byte offsets in text where a language begins, 0
// first: the most likely sequence of languages of its words, one word at a
// time, with a cost for every change (Viterbi).
func (d *Detector) switches(text string) []int {
	if d.model == nil {
		return []int{0}
	}
	starts, evidence := d.wordEvidence(text)
	n := len(d.model.tags)
	if len(starts) < 2 {
		return []int{0}
	}
	best := make([]float64, n)
	copy(best, evidence[:n])
	from := make([]uint16, len(starts)*n) // from[w*n+l]: language of word w-1 on the best path to l
	next := make([]float64, n)
	for w := 1; w < len(starts); w++ {
		stay := argmax(best)
		for l := range n {
			prev, score := l, best[l]
			if s := best[stay] - switchCost; s > score {
				prev, score = stay, s
			}
			next[l] = score + evidence[w*n+l]
			from[w*n+l] = uint16(prev)
		}
		best, next = next, best
	}
	l := argmax(best)
	var out []int
	for w := len(starts) - 1; w > 0; w-- {
		if p := int(from[w*n+l]); p != l {
			out = append(out, starts[w])
			l = p
		}
	}
	out = append(out, 0)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// wordEvidence returns the start of each word of text that has letters,
// and for each such word w and language l, at evidence[w*n+l], the log of
// the language's calibrated probability given the word alone.
func (d *Detector) wordEvidence(text string) (starts []int, evidence []float64) {
	m := d.model
	s := getScratch(len(m.tags))
	defer scratchPool.Put(s)
	var words wordScanner
	words.reset(text)
	for words.next() {
		if words.letters == 0 {
			continue
		}
		clear(s.scripts)
		s.feats, _ = m.features.appendWord(s.feats[:0], words.padded)
		s.scripts[min(words.script, len(s.scripts)-1)] = words.letters
		clear(s.scores)
		m.logLikelihoods(s)
		for l := range s.scores {
			if !d.active[l] {
				s.scores[l] = math.Inf(-1)
			}
		}
		m.applyScripts(s, words.letters)
		s.probabilities(len(s.feats))
		starts = append(starts, words.start)
		for _, p := range s.scores {
			evidence = append(evidence, max(math.Log(p), minWordLogProb))
		}
	}
	return starts, evidence
}

// argmax returns the index of the largest value.
func argmax(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}
