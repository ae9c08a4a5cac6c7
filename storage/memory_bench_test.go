package storage

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tafsiri/memory"
)

// BenchmarkMemorySearch measures a fuzzy lookup (exact, then similar, then
// rescoring) in a memory of 10,000 and 100,000 segments, and of 1,000,000
// when TAFSIRI_BENCH_1M=1 (building it takes minutes). It reports the
// median and 95th percentile of 200 lookups of edited stored sentences.
func BenchmarkMemorySearch(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if os.Getenv("TAFSIRI_BENCH_1M") == "1" {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			st, queries := syntheticMemory(b, n)
			ctx := context.Background()
			var took []time.Duration
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				if _, err := memory.Search(ctx, st, "en", "sw", queries[i%len(queries)], 0, 0); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95-ms")
		})
	}
}

// syntheticMemory fills a database with n sentence pairs drawn from a
// Zipf-distributed vocabulary, as a memory of notices would be, and returns
// queries that are stored sentences with one or two words changed.
func syntheticMemory(b *testing.B, n int) (*Store, []string) {
	b.Helper()
	st, err := Open(context.Background(), filepath.Join(b.TempDir(), "memory.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if err := st.Close(); err != nil {
			b.Error(err)
		}
	})
	rng := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(rng, 1.1, 2, 20_000)
	sentence := func() []string {
		words := make([]string, 8+rng.Intn(18))
		for i := range words {
			words[i] = fmt.Sprintf("w%d", zipf.Uint64())
		}
		return words
	}
	var queries []string
	const batch = 50_000
	for done := 0; done < n; done += batch {
		segs := make([]memory.Segment, 0, batch)
		for range min(batch, n-done) {
			words := sentence()
			segs = append(segs, memory.Segment{SrcLang: "en", TgtLang: "sw", Source: strings.Join(words, " "),
				Target: "t " + strings.Join(words, " "), Origin: "import"})
			if len(queries) < 200 && rng.Intn(n/200+1) == 0 {
				words[rng.Intn(len(words))] = "changed"
				queries = append(queries, strings.Join(words, " "))
			}
		}
		if _, err := st.ImportSegments(context.Background(), segs, nil); err != nil {
			b.Fatal(err)
		}
	}
	return st, queries
}
