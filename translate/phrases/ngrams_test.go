package phrases

import (
	"cmp"
	"slices"
	"strings"
	"testing"
)

// N-gram IDs are equal exactly when the tokens are, and ordered as the
// joined strings are.
func TestNgramIDsFollowTokens(t *testing.T) {
	corpus := append(randomCorpus(30, 8, 12),
		sent(t, "a a-b ab á a", "x", ""), sent(t, "ab a a-b", "x", ""), sent(t, "a", "x", ""))
	enc, err := encode(corpus)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	const width = 4
	g := newNgrams(enc.src, enc.srcOff, enc.srcVocab.ranks(), width)
	text := func(p, n int) string {
		var words []string
		for _, w := range enc.src[p : p+n] {
			words = append(words, enc.srcVocab.words[w])
		}
		return strings.Join(words, " ")
	}
	type gram struct {
		id   int32
		text string
	}
	var grams []gram
	for i := range enc.len() {
		for p := enc.srcOff[i]; p < enc.srcOff[i+1]; p++ {
			for n := 1; n <= min(width, enc.srcOff[i+1]-p); n++ {
				grams = append(grams, gram{g.id(p, n), text(p, n)})
			}
		}
	}
	slices.SortFunc(grams, func(a, b gram) int { return cmp.Compare(a.id, b.id) })
	for i := 1; i < len(grams); i++ {
		a, b := grams[i-1], grams[i]
		if got, want := cmp.Compare(a.id, b.id), strings.Compare(a.text, b.text); got != want {
			t.Errorf("ids %d, %d compare %d; texts %q, %q compare %d", a.id, b.id, got, a.text, b.text, want)
		}
	}
	if got, want := g.len(), int(grams[len(grams)-1].id)+1; got != want {
		t.Errorf("len() = %d, want %d", got, want)
	}
}

func TestBuildEachIsSortedBestFirst(t *testing.T) {
	table := build(t, randomCorpus(200, 12, 25), Options{MaxLength: 3, MaxPerSource: 4})
	var sources []string
	var last []Entry
	for src, e := range table.Each {
		if len(sources) == 0 || sources[len(sources)-1] != src {
			sources = append(sources, src)
			last = last[:0]
		}
		if len(last) > 0 && compareEntries(last[len(last)-1], e) > 0 {
			t.Errorf("%q: %v listed before better %v", src, last[len(last)-1], e)
		}
		last = append(last, e)
		if len(last) > 4 {
			t.Errorf("%q has %d entries, want at most 4", src, len(last))
		}
	}
	if !slices.IsSorted(sources) || len(sources) != table.Sources() {
		t.Errorf("Each visits %d sources, sorted %v; want %d, sorted", len(sources), slices.IsSorted(sources), table.Sources())
	}
}
