package translate

import (
	"context"
	"fmt"
	"unicode"

	"tafsiri/translate/align"
	"tafsiri/translate/tokenize"
)

// Invention counts the content words of some translations that say what
// their sources do not.
type Invention struct {
	Content  int // content words in the translations
	Invented int // content words aligned to no source word
}

// Add returns the counts of v and w together.
func (v Invention) Add(w Invention) Invention {
	return Invention{Content: v.Content + w.Content, Invented: v.Invented + w.Invented}
}

// Rate returns the invented share of the content words, in percent.
func (v Invention) Rate() float64 {
	if v.Content == 0 {
		return 0
	}
	return 100 * float64(v.Invented) / float64(v.Content)
}

// MeasureInvention aligns each translation hyps[i] with its source srcs[i]
// and counts its content words that align to no source word. The alignment
// is learned on the training corpus train together with the pairs measured,
// the way training aligns, so a translation is judged by the same evidence
// its model was built from.
//
// A content word is a word with a letter that the training alignment links to
// a source word in most of its occurrences ("carne", "fever"), unlike the
// function words a language adds around them ("la", "de"), which are
// unaligned most of the time. A word copied from the source (a name, an
// unknown word left as it is) is not content the translation invents.
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
	content := contentWords(pairs[:nTrain], links[:nTrain])
	var v Invention
	for i := nTrain; i < len(pairs); i++ {
		inSource := map[string]bool{}
		for _, w := range pairs[i].Src {
			inSource[w] = true
		}
		linked := make([]bool, len(pairs[i].Tgt))
		for _, l := range links[i] {
			linked[l.Tgt] = true
		}
		for j, w := range pairs[i].Tgt {
			if !content[w] || inSource[w] {
				continue
			}
			v.Content++
			if !linked[j] {
				v.Invented++
			}
		}
	}
	return v, nil
}

// contentWords returns the target words with a letter that the alignment
// links to the source in more than half of their occurrences.
func contentWords(pairs []align.Pair, links [][]align.Link) map[string]bool {
	seen, aligned := map[string]int{}, map[string]int{}
	for i, p := range pairs {
		linked := make([]bool, len(p.Tgt))
		for _, l := range links[i] {
			linked[l.Tgt] = true
		}
		for j, w := range p.Tgt {
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
