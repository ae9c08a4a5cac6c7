package phrases

import "strings"

// ngrams numbers every n-gram of up to width tokens on one side of the corpus.
// Sorting the corpus positions by the tokens that follow them, cut at width
// tokens and at the sentence end, puts equal n-grams next to each other, so
// IDs are dealt out without hashing; they come out in lexicographic token
// order, a prefix before its extensions.
type ngrams struct {
	width  int
	ids    []int32 // ids[p*width+k-1] is the ID of the k-gram at corpus position p
	first  []int32 // a corpus position where the n-gram occurs, per ID
	length []int32 // tokens in the n-gram, per ID
}

// newNgrams numbers the n-grams of toks, a side of the corpus whose sentence
// i spans toks[off[i]:off[i+1]], ordering words by rank.
func newNgrams(toks []int32, off []int, rank []int32, width int) *ngrams {
	end := make([]int32, len(toks)) // end of the sentence holding each position
	for i := 0; i+1 < len(off); i++ {
		for p := off[i]; p < off[i+1]; p++ {
			end[p] = int32(off[i+1])
		}
	}
	// digit is 0 past the sentence end, so that a prefix sorts first.
	digit := func(p int32, k int) int {
		if q := p + int32(k); q < end[p] {
			return int(rank[toks[q]]) + 1
		}
		return 0
	}
	var order []int32
	for k := width - 1; k >= 0; k-- {
		order, _ = countingSort(order, len(toks), len(rank)+1, func(p int32) int { return digit(p, k) })
	}
	g := &ngrams{width: width, ids: make([]int32, len(toks)*width)}
	prev := int32(-1)
	for _, p := range order {
		avail := min(width, int(end[p]-p))
		same := 0 // leading tokens shared with the previous position
		if prev >= 0 {
			for same < avail && digit(prev, same) == digit(p, same) {
				same++
			}
		}
		row := g.ids[int(p)*width:]
		if same > 0 {
			copy(row[:same], g.ids[int(prev)*width:][:same])
		}
		for k := same; k < avail; k++ {
			row[k] = int32(len(g.first))
			g.first = append(g.first, p)
			g.length = append(g.length, int32(k+1))
		}
		prev = p
	}
	return g
}

// len returns the number of distinct n-grams.
func (g *ngrams) len() int { return len(g.first) }

// id returns the ID of the n-gram of n tokens at corpus position p.
func (g *ngrams) id(p, n int) int32 { return g.ids[p*g.width+n-1] }

// texts holds the spelling of the n-grams that reach a table, all in one
// string, so that each phrase is a slice of it rather than an allocation of
// its own.
type texts struct {
	all        string
	start, end []int // n-gram ID → its bytes in all; empty when not spelled
}

// spell writes out the n-grams of g marked in need, tokens joined by single
// spaces; toks and v are the corpus side g was built from and its vocabulary.
func spell(g *ngrams, toks []int32, v *vocab, need []bool) *texts {
	t := &texts{start: make([]int, g.len()), end: make([]int, g.len())}
	size := 0
	for id, p := range g.first {
		if need[id] {
			for _, w := range toks[p : p+g.length[id]] {
				size += len(v.words[w]) + 1
			}
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	for id, p := range g.first {
		if !need[id] {
			continue
		}
		t.start[id] = sb.Len()
		for k, w := range toks[p : p+g.length[id]] {
			if k > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(v.words[w])
		}
		t.end[id] = sb.Len()
	}
	t.all = sb.String()
	return t
}

// text returns the phrase's tokens joined by single spaces, if spelled.
func (t *texts) text(id int32) string { return t.all[t.start[id]:t.end[id]] }
