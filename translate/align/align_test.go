package align_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"tafsiri/translate/align"
)

// houses is Koehn's toy German–English corpus: every pair is word for word and monotone.
var houses = []string{
	"das haus | the house",
	"das buch | the book",
	"ein buch | a book",
	"ein haus | a house",
	"das haus ist klein | the house is small",
	"das buch ist klein | the book is small",
	"ein haus ist gross | a house is big",
	"das buch ist gross | the book is big",
	"klein | small",
}

// diagonal returns the links i-i for i < n.
func diagonal(n int) []align.Link {
	links := make([]align.Link, n)
	for i := range links {
		links[i] = align.Link{Src: i, Tgt: i}
	}
	return links
}

func TestDirectionalLearnsToyCorpus(t *testing.T) {
	pairs := parsePairs(t, houses...)
	tests := map[string]align.Options{
		"defaults":       {},
		"max likelihood": {MaxLikelihood: true},
		"fixed tension":  {FixedTension: true},
		"model 1 only":   {Iterations: -1, Model1Iterations: 10},
	}
	for name, opt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := align.Directional(context.Background(), pairs, opt)
			if err != nil {
				t.Fatalf("Directional: %v", err)
			}
			for i, p := range pairs {
				if g, w := formatLinks(got[i]), formatLinks(diagonal(len(p.Src))); g != w {
					t.Errorf("pair %q: got %s, want %s", houses[i], g, w)
				}
			}
		})
	}
}

func TestDirectionalPrefersNearerCopy(t *testing.T) {
	lines := append(slices.Clone(houses), "und | and", "das haus und das buch | the house and the book")
	repeated := "das haus und das haus | the house and the house"
	pairs := parsePairs(t, append(lines, repeated)...)
	tests := map[string]struct {
		opt  align.Options
		want string
	}{
		"diagonal model 2": {align.Options{}, "0-0 1-1 2-2 3-3 4-4"},
		// Model 1 has no notion of position: both copies of "the" and
		// "house" go to the first of equally likely source words.
		"model 1 only": {align.Options{Iterations: -1}, "0-0 0-3 1-1 1-4 2-2"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			links, err := align.Directional(context.Background(), pairs, tc.opt)
			if err != nil {
				t.Fatalf("Directional: %v", err)
			}
			if got := formatLinks(links[len(links)-1]); got != tc.want {
				t.Errorf("%q: got %s, want %s", repeated, got, tc.want)
			}
		})
	}
}

func TestBidirectionalLearnsToyCorpus(t *testing.T) {
	pairs := parsePairs(t, houses...)
	var calls []int
	opt := align.Options{Progress: func(done, total int) {
		calls = append(calls, done)
		if total != 20 {
			t.Errorf("progress total: got %d, want 20", total)
		}
	}}
	got, err := align.Bidirectional(context.Background(), pairs, opt)
	if err != nil {
		t.Fatalf("Bidirectional: %v", err)
	}
	for i, p := range pairs {
		if g, w := formatLinks(got[i]), formatLinks(diagonal(len(p.Src))); g != w {
			t.Errorf("pair %q: got %s, want %s", houses[i], g, w)
		}
	}
	if want := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}; !slices.Equal(calls, want) {
		t.Errorf("progress calls: got %v, want %v", calls, want)
	}
}

func TestAlignHandlesDegeneratePairs(t *testing.T) {
	long := make([]string, 300)
	for i := range long {
		long[i] = "w"
	}
	pairs := []align.Pair{
		{},
		{Src: []string{"a"}},
		{Tgt: []string{"a"}},
		{Src: []string{"a"}, Tgt: long},
		{Src: long, Tgt: []string{"a"}},
		{Src: []string{"x", "x", "x"}, Tgt: []string{"y"}},
	}
	for name, run := range map[string]func(context.Context, []align.Pair, align.Options) ([][]align.Link, error){
		"directional":   align.Directional,
		"bidirectional": align.Bidirectional,
	} {
		t.Run(name, func(t *testing.T) {
			links, err := run(context.Background(), pairs, align.Options{})
			if err != nil {
				t.Fatalf("align: %v", err)
			}
			if got, want := len(links), len(pairs); got != want {
				t.Fatalf("got %d alignments, want %d", got, want)
			}
			for i, p := range pairs {
				checkLinks(t, links[i], len(p.Src), len(p.Tgt))
				if (len(p.Src) == 0 || len(p.Tgt) == 0) && len(links[i]) > 0 {
					t.Errorf("pair %d has an empty side but links %s", i, formatLinks(links[i]))
				}
			}
		})
	}
	t.Run("empty corpus", func(t *testing.T) {
		links, err := align.Bidirectional(context.Background(), nil, align.Options{})
		if err != nil || len(links) != 0 {
			t.Errorf("got %v, %v; want no alignments and no error", links, err)
		}
	})
}

// checkLinks fails unless links are in range, sorted by (Src, Tgt) and distinct.
func checkLinks(tb testing.TB, links []align.Link, srcLen, tgtLen int) {
	tb.Helper()
	for i, l := range links {
		if l.Src < 0 || l.Src >= srcLen || l.Tgt < 0 || l.Tgt >= tgtLen {
			tb.Errorf("link %d-%d outside %d×%d", l.Src, l.Tgt, srcLen, tgtLen)
		}
		if i > 0 {
			if p := links[i-1]; p.Src > l.Src || p.Src == l.Src && p.Tgt >= l.Tgt {
				tb.Errorf("links not sorted and distinct: %s", formatLinks(links))
			}
		}
	}
}

func TestAlignStopsWhenCancelled(t *testing.T) {
	pairs := parsePairs(t, houses...)
	for name, run := range map[string]func(context.Context, []align.Pair, align.Options) ([][]align.Link, error){
		"directional":   align.Directional,
		"bidirectional": align.Bidirectional,
	} {
		t.Run(name+" before start", func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			if _, err := run(ctx, pairs, align.Options{}); !errors.Is(err, context.Canceled) {
				t.Errorf("got error %v, want context.Canceled", err)
			}
		})
		t.Run(name+" between iterations", func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			opt := align.Options{Progress: func(int, int) { calls++; cancel() }}
			_, err := run(ctx, pairs, opt)
			if !errors.Is(err, context.Canceled) {
				t.Errorf("got error %v, want context.Canceled", err)
			}
			// Each running direction may finish the iteration under way.
			if calls > 2 {
				t.Errorf("got %d iterations after cancelling, want at most 2", calls)
			}
		})
	}
}

func TestTrainExposesLexicalTable(t *testing.T) {
	m, err := align.Train(context.Background(), parsePairs(t, houses...), align.Options{})
	if err != nil {
		t.Fatalf("Train: %v", err)
	}
	tests := map[string]struct {
		got      float64
		min, max float64
	}{
		"haus makes house":        {m.Prob("haus", "house"), 0.5, 1},
		"haus rarely makes book":  {m.Prob("haus", "the"), 0, 0.1},
		"never together":          {m.Prob("haus", "book"), 0, 0},
		"unknown word":            {m.Prob("schloss", "castle"), 0, 0},
		"null rarely makes house": {m.NullProb("house"), 0, 0.1},
		"tension in bounds":       {m.Tension(), 0.1, 14},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if tc.got < tc.min || tc.got > tc.max {
				t.Errorf("got %g, want within [%g, %g]", tc.got, tc.min, tc.max)
			}
		})
	}
}
