package memory_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"tafsiri/memory"
)

const (
	benchQuery = "Wash your hands with soap and water for at least 20 seconds, especially after you cough or sneeze."
	benchCand  = "wash your hands with water and soap for at least 40 seconds, above all after you have coughed or sneezed"
)

func BenchmarkKey(b *testing.B) {
	for b.Loop() {
		memory.Key("en", benchQuery)
	}
}

func BenchmarkGrams(b *testing.B) {
	for b.Loop() {
		memory.Grams("en", benchQuery)
	}
}

func BenchmarkScore(b *testing.B) {
	long, longCand := strings.Repeat(benchQuery+" ", 5), strings.Repeat(benchCand+" ", 5)
	b.Run("20 tokens", func(b *testing.B) {
		for b.Loop() {
			memory.Score("en", benchQuery, benchCand)
		}
	})
	b.Run("100 tokens", func(b *testing.B) {
		for b.Loop() {
			memory.Score("en", long, longCand)
		}
	})
}

func BenchmarkDiff(b *testing.B) {
	long, longCand := strings.Repeat(benchQuery+" ", 5), strings.Repeat(benchCand+" ", 5)
	b.Run("20 tokens", func(b *testing.B) {
		for b.Loop() {
			memory.Diff("en", benchQuery, benchCand)
		}
	})
	b.Run("100 tokens", func(b *testing.B) {
		for b.Loop() {
			memory.Diff("en", long, longCand)
		}
	})
}

// BenchmarkSearch searches 100,000 segments in memory, reading every
// gram's postings ("all") or skipping the grams of over 1% of the segments
// ("rare"). postings/op is how many inverted-index rows Similar read: what
// SQLite will have to read.
func BenchmarkSearch(b *testing.B) {
	for _, kind := range []string{"synthetic", "tico"} {
		for _, grams := range []string{"all", "rare"} {
			b.Run(kind+"/"+grams, func(b *testing.B) {
				c := benchCorpus(b, kind, 100_000)
				c.index.touched, c.index.maxDF = 0, 0
				if grams == "rare" {
					c.index.maxDF = len(c.index.segs) / 100
				}
				benchSearch(b, c)
			})
		}
	}
}

func benchSearch(b *testing.B, c *corpus) {
	ctx := context.Background()
	hits, n := 0, 0
	for b.Loop() {
		found, err := memory.Search(ctx, c.index, "en", "fr", c.queries[n%len(c.queries)], 0, 0)
		if err != nil {
			b.Fatal(err)
		}
		hits += len(found)
		n++
	}
	b.ReportMetric(float64(c.index.touched)/float64(n), "postings/op")
	b.ReportMetric(float64(hits)/float64(n), "hits/op")
}

// corpus is an index of segments with queries that are edited copies of
// its base sentences, not themselves stored.
type corpus struct {
	index   *memIndex
	queries []string
}

var corpora = struct {
	sync.Mutex
	m map[string]*corpus
}{m: map[string]*corpus{}}

// benchCorpus builds (once per run) an index of n segments from synthetic
// or TICO-19 sentences (found by tico19.Dir).
func benchCorpus(tb testing.TB, kind string, n int) *corpus {
	tb.Helper()
	corpora.Lock()
	defer corpora.Unlock()
	name := kind + strings.Repeat("+", n/1000)
	if c, ok := corpora.m[name]; ok {
		return c
	}
	rng := rand.New(rand.NewPCG(19, uint64(n)))
	var base []string
	if kind == "tico" {
		base = ticoEnglish(tb)
	} else {
		base = syntheticEnglish(n/2, rng)
	}
	c := &corpus{index: newMemIndex()}
	for _, s := range expand(base, n, rng) {
		c.index.add(memory.Segment{SrcLang: "en", TgtLang: "fr", Source: s, Target: "-"})
	}
	vocab := vocabulary(base)
	for range 1000 {
		c.queries = append(c.queries, mutate(base[rng.IntN(len(base))], vocab, rng))
	}
	corpora.m[name] = c
	return c
}

// TestSearchRecall compares Search through the gram index, with every gram
// or only the rarer ones, with Search through every segment: where the
// memory holds a match of 75 or more, the index must lead to the best score.
func TestSearchRecall(t *testing.T) {
	if testing.Short() {
		t.Skip("scores every segment for every query")
	}
	ctx := context.Background()
	for _, name := range []string{"synthetic/all", "synthetic/rare", "tico/all", "tico/rare"} {
		t.Run(name, func(t *testing.T) {
			kind, grams, _ := strings.Cut(name, "/")
			c := benchCorpus(t, kind, 1500)
			c.index.maxDF = 0
			if grams == "rare" {
				c.index.maxDF = len(c.index.segs) / 100
			}
			found, answerable := 0, 0
			for _, q := range c.queries[:25] {
				want, err := memory.Search(ctx, everything{c.index}, "en", "fr", q, 0, 1)
				if err != nil || len(want) == 0 {
					continue
				}
				answerable++
				got, err := memory.Search(ctx, c.index, "en", "fr", q, 0, 1)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) > 0 && got[0].Score == want[0].Score {
					found++
				} else {
					t.Logf("best match of %q scores %d, Search found %v", q, want[0].Score, got)
				}
			}
			if answerable < 10 || found < answerable*95/100 {
				t.Errorf("Search found the best match for %d of %d queries", found, answerable)
			}
		})
	}
}

// everything is a Candidates whose Similar returns every segment.
type everything struct{ *memIndex }

func (x everything) Similar(context.Context, string, string, []string, int) ([]memory.Segment, error) {
	return x.segs, nil
}
