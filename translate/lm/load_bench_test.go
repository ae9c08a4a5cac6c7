package lm

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
)

// zipfCorpus returns n sentences of length words drawn from a Zipf
// distribution over 10,000 words, like running text: at order 4, 5,000
// sentences of 30 words make about 260k n-grams.
func zipfCorpus(n, length int) [][]string {
	rng := rand.New(rand.NewPCG(5, 6))
	zipf := rand.NewZipf(rng, 1.27, 1, 9999)
	sentences := make([][]string, n)
	for i := range sentences {
		s := make([]string, length)
		for j := range s {
			s[j] = fmt.Sprintf("w%d", zipf.Uint64())
		}
		sentences[i] = s
	}
	return sentences
}

// benchModels caches the order-4 models the load benchmarks read, by corpus:
// "zipf" (synthetic, always there) and "tico" (TICO-19 Spanish, when present).
var benchModels = map[string]*Model{}

func benchModel(b *testing.B, corpus string) *Model {
	b.Helper()
	if m, ok := benchModels[corpus]; ok {
		return m
	}
	sentences := zipfCorpus(5000, 30)
	if corpus == "tico" {
		sentences, _ = ticoSpanish(b)
	}
	m := train(b, sentences, 4)
	benchModels[corpus] = m
	return m
}

// measure runs op in the benchmark loop and reports megabytes allocated per
// call as MB/op, besides the usual allocation figures. Other metrics must be
// reported after it, since the loop's first iteration resets them.
func measure(b *testing.B, op func() error) {
	b.Helper()
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if err := op(); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/1e6, "MB/op")
}

// BenchmarkLoad decodes the binary form of an order-4 model.
func BenchmarkLoad(b *testing.B) {
	for _, corpus := range []string{"zipf", "tico"} {
		b.Run(corpus, func(b *testing.B) {
			m := benchModel(b, corpus)
			blob := marshal(b, m)
			measure(b, func() error { _, err := Load(blob); return err })
			b.ReportMetric(float64(len(m.nodes)-1), "n-grams")
			b.ReportMetric(float64(len(blob))/1e6, "blob-MB")
		})
	}
}

// BenchmarkFromEntries rebuilds the same models from their entries, as
// loading did before the binary form (string splitting not included).
func BenchmarkFromEntries(b *testing.B) {
	for _, corpus := range []string{"zipf", "tico"} {
		b.Run(corpus, func(b *testing.B) {
			m := benchModel(b, corpus)
			entries := collect(m)
			measure(b, func() error { _, err := FromEntries(m.Order(), entries); return err })
			b.ReportMetric(float64(len(entries)), "n-grams")
		})
	}
}
