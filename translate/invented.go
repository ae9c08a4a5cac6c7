package translate

import (
	"context"
	"fmt"
	"unicode"

	"tafsiri/translate/align"
	"tafsiri/translate/tokenize"
)

// Invention counts the content words of some translations that say what
// their sources do not, and the content words of the sources that the
// translations leave out.
type Invention struct {
	Content  int // content words in the translations
	Invented int // content words aligned to no source word
	// SourceContent and Omitted count the same on the source side: its
	// content words, and those aligned to no word of the translation.
	SourceContent int
	Omitted       int
}

// Add returns the counts of v and w together.
func (v Invention) Add(w Invention) Invention {
	return Invention{Content: v.Content + w.Content, Invented: v.Invented + w.Invented,
		SourceContent: v.SourceContent + w.SourceContent, Omitted: v.Omitted + w.Omitted}
}

// Rate returns the invented share of the content words, in percent.
func (v Invention) Rate() float64 { return percent(v.Invented, v.Content) }

// OmittedRate returns the share of the sources' content words left out, in percent.
func (v Invention) OmittedRate() float64 { return percent(v.Omitted, v.SourceContent) }

func percent(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return 100 * float64(n) / float64(total)
}

// MeasureInvention aligns each translation hyps[i] with its source srcs[i]
// and counts its content words that align to no source word, and the
// source's content words that align to no word of the translation. The alignment
// is learned on the training corpus train together with the pairs measured,
// the way training aligns, so a translation is judged by the same evidence
// its model was built from.
//
// A content word is a word with a letter that the training alignment links to
// a source word in most of its occurrences ("carne", "fever"), unlike the
// function words a language adds around them ("la", "de"), which are
// unaligned most of the time; the source's content words are found the same
// way. A word copied from the source (a name, an unknown word left as it is)
// is neither invented nor left out.
func MeasureInvention(ctx context.Context, train *Corpus, srcs, hyps []string) (Invention, error) {
	if len(srcs) != len(hyps) {
		return Invention{}, fmt.Errorf("measure invention: %d sources for %d translations", len(srcs), len(hyps))
	}
	var pairs []align.Pair
	for _, p := range train.Pairs {
		src, tgt := prepare(train.Src, p.Src).keys, prepare(train.Tgt, p.Tgt).keys
		if trainable(len(src), len(tgt), TrainOptions{}.withDefaults().MaxTokens) {
			pairs = append(pairs, align.Pair{Src: src, Tgt: tgt})
		}
	}
	nTrain := len(pairs)
	for i := range srcs {
		pairs = append(pairs, align.Pair{Src: prepare(train.Src, srcs[i]).keys, Tgt: prepare(train.Tgt, hyps[i]).keys})
	}
	links, err := align.Bidirectional(ctx, pairs, align.Options{})
	if err != nil {
		return Invention{}, fmt.Errorf("measure invention: %w", err)
	}
	tgtContent := contentWords(pairs[:nTrain], links[:nTrain], targetSide)
	srcContent := contentWords(pairs[:nTrain], links[:nTrain], sourceSide)
	var v Invention
	for i := nTrain; i < len(pairs); i++ {
		c, n := unalignedContent(pairs[i], links[i], targetSide, tgtContent)
		v.Content, v.Invented = v.Content+c, v.Invented+n
		c, n = unalignedContent(pairs[i], links[i], sourceSide, srcContent)
		v.SourceContent, v.Omitted = v.SourceContent+c, v.Omitted+n
	}
	return v, nil
}

// side picks one side of a sentence pair and of its links.
type side bool

const (
	sourceSide side = false
	targetSide side = true
)

func (sd side) words(p align.Pair) (these, others []string) {
	if sd == targetSide {
		return p.Tgt, p.Src
	}
	return p.Src, p.Tgt
}

func (sd side) index(l align.Link) int {
	if sd == targetSide {
		return l.Tgt
	}
	return l.Src
}

// unalignedContent counts the content words of one side of p, and those
// aligned to nothing on the other side; a word written on both sides (a
// name, an unknown word left as it is) is neither.
func unalignedContent(p align.Pair, links []align.Link, sd side, content map[string]bool) (words, unaligned int) {
	these, others := sd.words(p)
	onOtherSide := map[string]bool{}
	for _, w := range others {
		onOtherSide[w] = true
	}
	linked := make([]bool, len(these))
	for _, l := range links {
		linked[sd.index(l)] = true
	}
	for j, w := range these {
		if !content[w] || onOtherSide[w] {
			continue
		}
		words++
		if !linked[j] {
			unaligned++
		}
	}
	return words, unaligned
}

// contentWords returns the words of one side with a letter that the
// alignment links to the other side in more than half of their occurrences.
func contentWords(pairs []align.Pair, links [][]align.Link, sd side) map[string]bool {
	seen, aligned := map[string]int{}, map[string]int{}
	for i, p := range pairs {
		these, _ := sd.words(p)
		linked := make([]bool, len(these))
		for _, l := range links[i] {
			linked[sd.index(l)] = true
		}
		for j, w := range these {
			seen[w]++
			if linked[j] {
				aligned[w]++
			}
		}
	}
	content := map[string]bool{}
	for w, n := range seen {
		if 2*aligned[w] > n && hasLetter(w) {
			content[w] = true
		}
	}
	return content
}

// hasLetter reports whether a key is a word with a letter (not punctuation, a
// number or a placeholder class).
func hasLetter(key string) bool {
	if _, ok := tokenize.SymbolKind(key); ok {
		return false
	}
	for _, r := range key {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
