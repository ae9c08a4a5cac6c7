package phrases

import "context"

// instance is one extracted occurrence of a phrase pair.
type instance struct {
	src, tgt     int32   // n-gram IDs
	lexEF, lexFE float32 // log lex(e|f) and log lex(f|e) under its own alignment
}

// pairStat gathers the extracted instances of one (source, target) phrase pair.
type pairStat struct {
	src, tgt     int32   // n-gram IDs
	count        int32   // instances extracted
	lexEF, lexFE float32 // maximum log lex(e|f) and log lex(f|e) over the instances
}

// counter extracts phrase pairs from an encoded corpus and counts them.
type counter struct {
	enc                *encoded
	lex                *lexicon
	srcGrams, tgtGrams *ngrams
	found              []instance
	pairs              []pairStat // sorted by source, then target
	srcTotal           []int32    // count(f) per source n-gram
	tgtTotal           []int32    // count(e) per target n-gram
	srcTexts, tgtTexts *texts     // phrase strings, shared by both tables

	box        box
	logS, logT []float64
	nS, nT     []int32

	// contentS and contentT mark the content words of each side; nil when
	// pairs stretched over unaligned content words are kept.
	contentS, contentT []bool
	strayS, strayT     []int32 // prefix counts of unaligned content words in the sentence
	// wordS and wordT mark the words of each side with a letter or digit;
	// a pair with such a word on one side only ("of" → "-") is dropped.
	wordS, wordT []bool
}

// progressEvery is how many sentences pass between checks of the context.
const progressEvery = 64

// count extracts and counts the phrase pairs of corpus.
func count(ctx context.Context, corpus []Sentence, opt Options) (*counter, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	enc, err := encode(corpus)
	if err != nil {
		return nil, err
	}
	c := &counter{enc: enc, lex: newLexicon(enc), wordS: wordsWithLetters(enc.srcVocab.words), wordT: wordsWithLetters(enc.tgtVocab.words)}
	if !opt.KeepUnalignedContent {
		c.contentS = contentWords(enc.srcVocab.words, func(f int32) int32 { return c.lex.joint[pairKey(f, 0)] }, c.lex.srcTotal)
		c.contentT = contentWords(enc.tgtVocab.words, func(e int32) int32 { return c.lex.joint[pairKey(0, e)] }, c.lex.tgtTotal)
	}
	c.srcGrams = newNgrams(enc.src, enc.srcOff, enc.srcVocab.ranks(), min(opt.MaxLength, enc.longest(enc.srcOff)))
	c.tgtGrams = newNgrams(enc.tgt, enc.tgtOff, enc.tgtVocab.ranks(), min(opt.MaxLength, enc.longest(enc.tgtOff)))
	total := enc.len()
	for i := range total {
		if i%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if opt.Progress != nil && i > 0 {
				opt.Progress(i, total)
			}
		}
		c.sentence(i, opt.MaxLength)
	}
	if opt.Progress != nil {
		opt.Progress(total, total)
	}
	c.aggregate()
	c.spell(opt.MinCount)
	return c, nil
}

// sentence extracts the pairs of sentence i.
func (c *counter) sentence(i, maxLen int) {
	src, tgt, links := c.enc.sentence(i)
	if len(links) == 0 {
		return
	}
	n, m := len(src), len(tgt)
	c.box.reset(n, m, links)
	c.logS, c.nS = growFloats(c.logS, n), resetInts(c.nS, n, 0)
	c.logT, c.nT = growFloats(c.logT, m), resetInts(c.nT, m, 0)
	c.lex.factors(src, tgt, links, c.logS, c.logT, c.nS, c.nT)
	srcAt, tgtAt := c.enc.srcOff[i], c.enc.tgtOff[i]
	strays := c.contentS != nil
	if strays {
		c.strayS = strayContent(c.strayS, src, c.nS, c.contentS)
		c.strayT = strayContent(c.strayT, tgt, c.nT, c.contentT)
	}
	c.box.extract(maxLen, func(s0, s1, t0, t1 int) {
		if strays && (stretchedOverContent(c.strayS, c.nS, s0, s1) || stretchedOverContent(c.strayT, c.nT, t0, t1)) {
			return
		}
		if anyMarked(c.wordS, src[s0:s1+1]) != anyMarked(c.wordT, tgt[t0:t1+1]) {
			return // words on one side, only punctuation on the other
		}
		c.found = append(c.found, instance{
			src:   c.srcGrams.id(srcAt+s0, s1-s0+1),
			tgt:   c.tgtGrams.id(tgtAt+t0, t1-t0+1),
			lexEF: float32(sum(c.logT[t0 : t1+1])),
			lexFE: float32(sum(c.logS[s0 : s1+1])),
		})
	})
}

// aggregate merges the instances of each pair into a pairStat, keeping the
// larger lexical weight (rounding to float32 is monotone, so the maximum
// survives it), and sums count(f) and count(e).
func (c *counter) aggregate() {
	found := c.found
	byTgt, _ := countingSort(nil, len(found), c.tgtGrams.len(), func(i int32) int { return int(found[i].tgt) })
	order, _ := countingSort(byTgt, 0, c.srcGrams.len(), func(i int32) int { return int(found[i].src) })
	c.pairs = make([]pairStat, 0, len(found))
	for _, i := range order {
		f := &found[i]
		if n := len(c.pairs); n > 0 && c.pairs[n-1].src == f.src && c.pairs[n-1].tgt == f.tgt {
			p := &c.pairs[n-1]
			p.count++
			p.lexEF, p.lexFE = max(p.lexEF, f.lexEF), max(p.lexFE, f.lexFE)
			continue
		}
		c.pairs = append(c.pairs, pairStat{src: f.src, tgt: f.tgt, count: 1, lexEF: f.lexEF, lexFE: f.lexFE})
	}
	c.found = nil
	c.srcTotal = make([]int32, c.srcGrams.len())
	c.tgtTotal = make([]int32, c.tgtGrams.len())
	for _, p := range c.pairs {
		c.srcTotal[p.src] += p.count
		c.tgtTotal[p.tgt] += p.count
	}
}

// spell writes out the phrases of the pairs counted at least minCount times.
func (c *counter) spell(minCount int) {
	needSrc, needTgt := make([]bool, c.srcGrams.len()), make([]bool, c.tgtGrams.len())
	for _, p := range c.pairs {
		if int(p.count) >= minCount {
			needSrc[p.src], needTgt[p.tgt] = true, true
		}
	}
	c.srcTexts = spell(c.srcGrams, c.enc.src, c.enc.srcVocab, needSrc)
	c.tgtTexts = spell(c.tgtGrams, c.enc.tgt, c.enc.tgtVocab, needTgt)
}

func sum(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

// growFloats returns s resized to n; the contents are left to the caller.
func growFloats(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}
