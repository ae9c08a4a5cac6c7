package phrases

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Link aligns source token Src with target token Tgt (0-based).
type Link struct{ Src, Tgt int }

// Sentence is one tokenized, word-aligned sentence pair.
type Sentence struct {
	Src, Tgt []string
	Links    []Link
}

// ErrLinkRange reports a link that points outside its sentence.
var ErrLinkRange = errors.New("link out of range")

// ErrToken reports a token that is empty or holds whitespace or control characters.
var ErrToken = errors.New("invalid token")

// SentenceError names the corpus sentence that could not be used.
type SentenceError struct {
	Index int   // position of the sentence in the corpus
	Err   error // what is wrong with it
}

// Error returns the message, led by the sentence index.
func (e *SentenceError) Error() string { return fmt.Sprintf("sentence %d: %v", e.Index, e.Err) }

// Unwrap returns the underlying error.
func (e *SentenceError) Unwrap() error { return e.Err }

// link is a Link inside one sentence, stored compactly.
type link struct{ s, t int32 }

// encoded is a corpus with its words interned and its links checked, sorted
// and freed of duplicates, all sentences concatenated into flat slices.
type encoded struct {
	srcVocab, tgtVocab *vocab
	src, tgt           []int32
	links              []link
	srcOff, tgtOff     []int // sentence i spans [off[i], off[i+1])
	linkOff            []int
}

// encode interns and checks every sentence of corpus.
func encode(corpus []Sentence) (*encoded, error) {
	e := &encoded{
		srcVocab: newVocab(), tgtVocab: newVocab(),
		srcOff: []int{0}, tgtOff: []int{0}, linkOff: []int{0},
	}
	for i, s := range corpus {
		if err := e.add(s); err != nil {
			return nil, &SentenceError{Index: i, Err: err}
		}
	}
	return e, nil
}

// add appends one sentence pair.
func (e *encoded) add(s Sentence) error {
	for k, l := range s.Links {
		if l.Src < 0 || l.Src >= len(s.Src) || l.Tgt < 0 || l.Tgt >= len(s.Tgt) {
			return fmt.Errorf("check link %d (%d-%d) of %d×%d tokens: %w",
				k, l.Src, l.Tgt, len(s.Src), len(s.Tgt), ErrLinkRange)
		}
	}
	for _, w := range s.Src {
		id, err := e.srcVocab.intern(w)
		if err != nil {
			return fmt.Errorf("read source: %w", err)
		}
		e.src = append(e.src, id)
	}
	for _, w := range s.Tgt {
		id, err := e.tgtVocab.intern(w)
		if err != nil {
			return fmt.Errorf("read target: %w", err)
		}
		e.tgt = append(e.tgt, id)
	}
	start := len(e.links)
	for _, l := range s.Links {
		e.links = append(e.links, link{int32(l.Src), int32(l.Tgt)})
	}
	mine := e.links[start:]
	slices.SortFunc(mine, func(a, b link) int {
		return cmp.Or(cmp.Compare(a.s, b.s), cmp.Compare(a.t, b.t))
	})
	e.links = e.links[:start+len(slices.Compact(mine))]
	e.srcOff = append(e.srcOff, len(e.src))
	e.tgtOff = append(e.tgtOff, len(e.tgt))
	e.linkOff = append(e.linkOff, len(e.links))
	return nil
}

// len returns the number of sentences.
func (e *encoded) len() int { return len(e.srcOff) - 1 }

// longest returns the most tokens in one sentence of the side with offsets off.
func (e *encoded) longest(off []int) int {
	n := 0
	for i := 0; i+1 < len(off); i++ {
		n = max(n, off[i+1]-off[i])
	}
	return n
}

// sentence returns sentence i's token IDs and links.
func (e *encoded) sentence(i int) (src, tgt []int32, links []link) {
	return e.src[e.srcOff[i]:e.srcOff[i+1]], e.tgt[e.tgtOff[i]:e.tgtOff[i+1]],
		e.links[e.linkOff[i]:e.linkOff[i+1]]
}
