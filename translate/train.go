package translate

import (
	"context"
	"fmt"
	"time"

	"tafsiri/translate/align"
	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
	"tafsiri/translate/tokenize"
)

// TrainOptions controls training; zero values mean the defaults.
type TrainOptions struct {
	LMOrder         int // order of the target n-gram models (default 4)
	MaxPhraseLength int // longest phrase in tokens (default 7)
	MaxPerSource    int // target phrases kept per source phrase (default 20)
	MaxTokens       int // longer sentence pairs are left out of alignment (default 100)
	// Monolingual adds sentences, by canonical tag, to the language models of
	// that language: the app's other text in the target language.
	Monolingual map[string][]string
	// Terms adds glossary term pairs (source and target term of one
	// concept) to the parallel text, so that alignment and the phrase tables
	// of both directions know them as units.
	Terms []Pair
	// Progress, when set, hears which stage training is in.
	Progress func(stage string)
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.LMOrder == 0 {
		o.LMOrder = 4
	}
	if o.MaxPhraseLength == 0 {
		o.MaxPhraseLength = 7
	}
	if o.MaxPerSource == 0 {
		o.MaxPerSource = 20
	}
	if o.MaxTokens == 0 {
		o.MaxTokens = 100
	}
	if o.Progress == nil {
		o.Progress = func(string) {}
	}
	return o
}

// TrainReport says what training used and how long each stage took.
type TrainReport struct {
	Pairs   int // sentence pairs trained on, glossary term pairs included
	Terms   int // glossary term pairs among them
	TooLong int // pairs left out for length or length ratio
	// DatesSpelt counts pairs aligned with their dates cut into words and
	// numbers, because a date was one placeholder on one side only.
	DatesSpelt int
	Tokenize   time.Duration
	Align      time.Duration
	Extract    time.Duration
	LM         time.Duration
	Total      time.Duration
}

// Train builds the phrase models of both directions of c: tokenization, word
// alignment both ways symmetrised, phrase extraction and scoring, and a
// Kneser-Ney language model for each target side.
func Train(ctx context.Context, c *Corpus, opt TrainOptions) (fwd, rev *Trained, err error) {
	opt = opt.withDefaults()
	var rep TrainReport
	start := time.Now()

	opt.Progress("tokenizing")
	sents := make([]phrases.Sentence, 0, len(c.Pairs))
	srcCase, tgtCase := casingCounter{}, casingCounter{}
	for k, p := range append(c.Pairs[:len(c.Pairs):len(c.Pairs)], opt.Terms...) {
		src, tgt := prepare(c.Src, p.Src), prepare(c.Tgt, p.Tgt)
		spelt := dates(src) != dates(tgt)
		if spelt {
			// "7 June 2027" is one date placeholder in English but words and
			// numbers in most languages: aligned whole, its month would
			// stick to other words. Spelt out, "June@date" learns "junio".
			src, tgt = spellDates(c.Src, src), spellDates(c.Tgt, tgt)
		}
		srcCase.observe(src)
		tgtCase.observe(tgt)
		if !trainable(len(src.keys), len(tgt.keys), opt.MaxTokens) {
			rep.TooLong++
			continue
		}
		if spelt {
			rep.DatesSpelt++
		}
		sents = append(sents, phrases.Sentence{Src: src.keys, Tgt: tgt.keys})
		if k >= len(c.Pairs) {
			rep.Terms++
		}
	}
	rep.Pairs = len(sents)
	if rep.Pairs == 0 {
		return nil, nil, fmt.Errorf("train %s–%s: no sentence pair is short enough to align", c.Src, c.Tgt)
	}
	rep.Tokenize = time.Since(start)

	opt.Progress("aligning words")
	if err := alignAll(ctx, sents); err != nil {
		return nil, nil, fmt.Errorf("train %s–%s: %w", c.Src, c.Tgt, err)
	}
	rep.Align = time.Since(start) - rep.Tokenize

	opt.Progress("extracting phrases")
	fwdTable, revTable, err := phrases.BuildBoth(ctx, sents, phrases.Options{
		MaxLength: opt.MaxPhraseLength, MaxPerSource: opt.MaxPerSource})
	if err != nil {
		return nil, nil, fmt.Errorf("train %s–%s: %w", c.Src, c.Tgt, err)
	}
	rep.Extract = time.Since(start) - rep.Tokenize - rep.Align

	opt.Progress("building language models")
	tgtLM, srcLM, err := trainLMs(ctx, c, sents, opt)
	if err != nil {
		return nil, nil, fmt.Errorf("train %s–%s: %w", c.Src, c.Tgt, err)
	}
	rep.LM = time.Since(start) - rep.Tokenize - rep.Align - rep.Extract
	rep.Total = time.Since(start)

	info := func(src, tgt string, t *phrases.Table, m *lm.Model) ModelInfo {
		return ModelInfo{Src: src, Tgt: tgt, Source: c.Source, Pairs: rep.Pairs, LMOrder: m.Order(),
			PhraseCount: int64(t.Len()), Weights: DefaultWeights()}
	}
	fwd = &Trained{Info: info(c.Src, c.Tgt, fwdTable, tgtLM), Table: fwdTable, LM: tgtLM, Casing: tgtCase.table(), Report: rep}
	rev = &Trained{Info: info(c.Tgt, c.Src, revTable, srcLM), Table: revTable, LM: srcLM, Casing: srcCase.table(), Report: rep}
	return fwd, rev, nil
}

// dates counts the date placeholders of a segment.
func dates(s segment) int {
	n := 0
	for _, t := range s.tokens {
		if t.Kind == tokenize.Date {
			n++
		}
	}
	return n
}

// spellDates cuts the written dates of a segment ("7 June 2027") into the
// tokens they are made of, as a language without month-name dates has them.
func spellDates(lang string, s segment) segment {
	if dates(s) == 0 {
		return s
	}
	var toks []tokenize.Token
	var spelt []int // the indexes in toks of the words of dates
	for _, t := range s.tokens {
		if t.Kind != tokenize.Date {
			toks = append(toks, t)
			continue
		}
		parts := tokenize.Tokenize("und", t.Text)
		if len(parts) > 0 {
			parts[0].SpaceBefore = t.SpaceBefore
		}
		for i, p := range parts {
			if p.Kind == tokenize.Word {
				spelt = append(spelt, len(toks)+i)
			}
		}
		toks = append(toks, parts...)
	}
	keys := tokenize.Keys(lang, toks)
	for _, i := range spelt {
		if tokenize.IsMonthKey(keys[i]) {
			keys[i] += dateMonthSuffix
		}
	}
	return segment{tokens: toks, keys: keys}
}

// dateMonthSuffix marks the key of the month of a date spelt out for
// training ("May@date"). Translating from English, a date is one value,
// written from CLDR, so what its month aligns to ("мая" in "7 мая", "日" in
// "5月7日") must not become a translation of the month alone ("in May").
// Translating into English, the phrase table writes the key, and the casing
// table spells it "May" (casingCounter.observe). No word's key holds an
// "@": the tokenizer keeps it for e-mail addresses.
const dateMonthSuffix = "@date"

// trainable leaves out pairs too long to align well or too unequal to be translations.
func trainable(srcLen, tgtLen, maxTokens int) bool {
	if srcLen == 0 || tgtLen == 0 || srcLen > maxTokens || tgtLen > maxTokens {
		return false
	}
	return srcLen <= 9*tgtLen && tgtLen <= 9*srcLen
}

// alignAll fills in the symmetrised word alignment of every sentence pair.
func alignAll(ctx context.Context, sents []phrases.Sentence) error {
	pairs := make([]align.Pair, len(sents))
	for i, s := range sents {
		pairs[i] = align.Pair{Src: s.Src, Tgt: s.Tgt}
	}
	links, err := align.Bidirectional(ctx, pairs, align.Options{})
	if err != nil {
		return err
	}
	for i, ls := range links {
		sents[i].Links = make([]phrases.Link, len(ls))
		for j, l := range ls {
			sents[i].Links[j] = phrases.Link{Src: l.Src, Tgt: l.Tgt}
		}
	}
	return nil
}

// trainLMs builds the two language models concurrently.
func trainLMs(ctx context.Context, c *Corpus, sents []phrases.Sentence, opt TrainOptions) (tgt, src *lm.Model, err error) {
	side := func(lang string, pick func(phrases.Sentence) []string) [][]string {
		out := make([][]string, 0, len(sents)+len(opt.Monolingual[lang]))
		for _, s := range sents {
			out = append(out, pick(s))
		}
		for _, text := range opt.Monolingual[lang] {
			out = append(out, prepare(lang, text).keys)
		}
		return out
	}
	var srcErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		src, srcErr = lm.Train(ctx, side(c.Src, func(s phrases.Sentence) []string { return s.Src }), opt.LMOrder)
	}()
	tgt, err = lm.Train(ctx, side(c.Tgt, func(s phrases.Sentence) []string { return s.Tgt }), opt.LMOrder)
	<-done
	if err != nil {
		return nil, nil, fmt.Errorf("language model of %s: %w", c.Tgt, err)
	}
	if srcErr != nil {
		return nil, nil, fmt.Errorf("language model of %s: %w", c.Src, srcErr)
	}
	return tgt, src, nil
}
