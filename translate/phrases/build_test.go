package phrases

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Source "a" is seen with "x" three times, "y" twice and "z" once.
func skewedCorpus(tb testing.TB) []Sentence {
	tb.Helper()
	var corpus []Sentence
	for _, w := range strings.Fields("x x x y y z") {
		corpus = append(corpus, sent(tb, "a", w, "0-0"))
	}
	return corpus
}

func TestBuildPrunesAfterCounting(t *testing.T) {
	tests := map[string]struct {
		opt     Options
		targets []string
	}{
		"defaults keep all three":  {Options{}, []string{"x", "y", "z"}},
		"best two per source":      {Options{MaxPerSource: 2}, []string{"x", "y"}},
		"best one per source":      {Options{MaxPerSource: 1}, []string{"x"}},
		"seen at least twice":      {Options{MinCount: 2}, []string{"x", "y"}},
		"negative limit keeps all": {Options{MaxPerSource: -1}, []string{"x", "y", "z"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			entries := build(t, skewedCorpus(t), tc.opt).Lookup("a")
			var got []string
			for _, e := range entries {
				got = append(got, e.Target)
			}
			if !slices.Equal(got, tc.targets) {
				t.Fatalf("targets = %q, want %q", got, tc.targets)
			}
			// φ(x|a) is 3/6 whatever was pruned: counts come first.
			if got, want := float64(entries[0].Scores[PhiEF]), math.Log(0.5); math.Abs(got-want) > 1e-6 {
				t.Errorf("log φ(x|a) = %.7f, want %.7f", got, want)
			}
		})
	}
}

func TestBuildRespectsMaxLength(t *testing.T) {
	corpus := randomCorpus(40, 12, 30)
	for _, maxLen := range []int{1, 3, 7} {
		for src, e := range build(t, corpus, Options{MaxLength: maxLen, MaxPerSource: -1}).Each {
			if n, m := len(strings.Fields(src)), len(strings.Fields(e.Target)); n > maxLen || m > maxLen {
				t.Errorf("MaxLength %d: pair %q → %q has %d×%d tokens", maxLen, src, e.Target, n, m)
			}
		}
	}
}

func TestBuildBothReverseEqualsSwappedBuild(t *testing.T) {
	tests := map[string][]Sentence{
		"tiny":   tinyCorpus(t),
		"random": randomCorpus(60, 15, 40),
	}
	for name, corpus := range tests {
		t.Run(name, func(t *testing.T) {
			opt := Options{MaxLength: 4, MaxPerSource: 5}
			fwd, rev, err := BuildBoth(context.Background(), corpus, opt)
			if err != nil {
				t.Fatalf("BuildBoth: %v", err)
			}
			if got, want := entries(fwd), entries(build(t, corpus, opt)); !slices.Equal(got, want) {
				t.Errorf("forward table differs from Build: %d vs %d entries", len(got), len(want))
			}
			got, want := entries(rev), entries(build(t, swap(corpus), opt))
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("reverse table differs from Build on the swapped corpus: %d vs %d entries", len(got), len(want))
			}
		})
	}
}

type row struct {
	src string
	e   Entry
}

// entries lists a table's rows in Each order.
func entries(t *Table) []row {
	var rows []row
	for src, e := range t.Each {
		rows = append(rows, row{src, e})
	}
	return rows
}

func TestBuildRejectsBadInput(t *testing.T) {
	good := sent(t, "a b", "x y", "0-0 1-1")
	tests := map[string]struct {
		corpus []Sentence
		opt    Options
		index  int // -1: no SentenceError expected
		want   error
	}{
		"source link past the end": {[]Sentence{good, sent(t, "a b", "x y", "2-0")}, Options{}, 1, ErrLinkRange},
		"target link past the end": {[]Sentence{good, good, sent(t, "a", "x", "0-1")}, Options{}, 2, ErrLinkRange},
		"negative link":            {[]Sentence{{Src: []string{"a"}, Tgt: []string{"x"}, Links: []Link{{-1, 0}}}}, Options{}, 0, ErrLinkRange},
		"link in empty sentence":   {[]Sentence{{Links: []Link{{0, 0}}}}, Options{}, 0, ErrLinkRange},
		"token with a space":       {[]Sentence{good, {Src: []string{"a b"}, Tgt: []string{"x"}}}, Options{}, 1, ErrToken},
		"empty token":              {[]Sentence{{Src: []string{"a"}, Tgt: []string{""}}}, Options{}, 0, ErrToken},
		"control character":        {[]Sentence{good, good, good, {Src: []string{"a\x01"}}}, Options{}, 3, ErrToken},
		"thin space":               {[]Sentence{{Src: []string{"a"}, Tgt: []string{"x\u2009y"}}}, Options{}, 0, ErrToken},
		"negative MaxLength":       {[]Sentence{good}, Options{MaxLength: -1}, -1, ErrOption},
		"negative MinCount":        {[]Sentence{good}, Options{MinCount: -2}, -1, ErrOption},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Build(context.Background(), tc.corpus, tc.opt)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Build error = %v, want %v", err, tc.want)
			}
			var se *SentenceError
			got := -1
			if errors.As(err, &se) {
				got = se.Index
			}
			if got != tc.index {
				t.Errorf("sentence index = %d, want %d (error %q)", got, tc.index, err)
			}
		})
	}
}

func TestBuildEmptyInputGivesEmptyTable(t *testing.T) {
	tests := map[string][]Sentence{
		"nil corpus":      nil,
		"empty sentences": {{}, {Src: []string{"a"}}, {Tgt: []string{"x"}}},
	}
	for name, corpus := range tests {
		t.Run(name, func(t *testing.T) {
			fwd, rev, err := BuildBoth(context.Background(), corpus, Options{})
			if err != nil {
				t.Fatalf("BuildBoth: %v", err)
			}
			if fwd.Len() != 0 || rev.Len() != 0 || fwd.Lookup("a") != nil {
				t.Errorf("Len() = %d, %d, want empty tables", fwd.Len(), rev.Len())
			}
		})
	}
}

func TestBuildStopsWhenCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, tinyCorpus(t), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Build error = %v, want context.Canceled", err)
	}
}

func TestBuildReportsProgress(t *testing.T) {
	corpus := randomCorpus(150, 5, 20)
	var got [][2]int
	opt := Options{Progress: func(done, total int) { got = append(got, [2]int{done, total}) }}
	build(t, corpus, opt)
	want := [][2]int{{64, 150}, {128, 150}, {150, 150}}
	if !slices.Equal(got, want) {
		t.Errorf("progress = %v, want %v", got, want)
	}
}

// randomCorpus makes n reproducible sentence pairs of up to maxLen tokens over
// a vocabulary of vocabSize words, with near-diagonal links and some unaligned
// and many-to-many words.
func randomCorpus(n, maxLen, vocabSize int) []Sentence {
	r := rand.New(rand.NewPCG(1, 2))
	word := func(prefix string) string { return prefix + strconv.Itoa(r.IntN(vocabSize)) }
	corpus := make([]Sentence, n)
	for i := range corpus {
		ls, lt := 1+r.IntN(maxLen), 1+r.IntN(maxLen)
		s := &corpus[i]
		for range ls {
			s.Src = append(s.Src, word("s"))
		}
		for range lt {
			s.Tgt = append(s.Tgt, word("t"))
		}
		for j := range ls {
			if r.IntN(5) == 0 {
				continue
			}
			k := min(lt-1, max(0, j*lt/ls+r.IntN(3)-1))
			s.Links = append(s.Links, Link{Src: j, Tgt: k})
		}
	}
	return corpus
}
