package phrases

import (
	"context"
	"html"
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"tafsiri/internal/tico19"
)

var (
	segRE   = regexp.MustCompile(`(?s)<seg>(.*?)</seg>`)
	tokenRE = regexp.MustCompile(`[\p{L}\p{N}\p{M}]+|[^\s\p{Z}\p{Cc}\p{L}\p{N}\p{M}]`)
)

// ticoCorpus reads up to n sentence pairs from TICO-19's English–Spanish
// training memory (read in place), lowercased and split at whitespace and
// punctuation, with a crude diagonal alignment that is only good enough to
// exercise extraction.
func ticoCorpus(tb testing.TB, n int) []Sentence {
	tb.Helper()
	data, err := os.ReadFile(tico19.Dir(tb, "train", "en-es-LA.tmx"))
	if err != nil {
		tb.Fatalf("read TICO-19: %v", err)
	}
	segs := segRE.FindAllStringSubmatch(string(data), -1)
	var corpus []Sentence
	for i := 0; i+1 < len(segs) && len(corpus) < n; i += 2 {
		src := tokenRE.FindAllString(strings.ToLower(html.UnescapeString(segs[i][1])), -1)
		tgt := tokenRE.FindAllString(strings.ToLower(html.UnescapeString(segs[i+1][1])), -1)
		s := Sentence{Src: src, Tgt: tgt}
		if len(tgt) > 0 {
			for j := range src {
				s.Links = append(s.Links, Link{Src: j, Tgt: j * len(tgt) / len(src)})
			}
		}
		corpus = append(corpus, s)
	}
	return corpus
}

func BenchmarkBuildBoth(b *testing.B) {
	corpora := map[string]func(testing.TB) []Sentence{
		"tico-2100":      func(tb testing.TB) []Sentence { return ticoCorpus(tb, 2100) },
		"synthetic-2100": func(testing.TB) []Sentence { return randomCorpus(2100, 40, 3000) },
	}
	for name, load := range corpora {
		b.Run(name, func(b *testing.B) {
			corpus := load(b)
			b.ReportAllocs()
			var fwd, rev *Table
			cpu := cpuTime(b)
			for b.Loop() {
				var err error
				fwd, rev, err = BuildBoth(context.Background(), corpus, Options{})
				if err != nil {
					b.Fatalf("BuildBoth: %v", err)
				}
			}
			// CPU time, unlike wall time, holds up on a busy machine.
			b.ReportMetric((cpuTime(b)-cpu).Seconds()*1000/float64(b.N), "cpu-ms/op")
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "MB-live")
			b.ReportMetric(float64(fwd.Len()), "fwd-pairs")
			b.ReportMetric(float64(rev.Len()), "rev-pairs")
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	table := build(b, randomCorpus(500, 25, 800), Options{})
	var keys []string
	for src := range table.Each {
		keys = append(keys, src)
	}
	table.Lookup(keys[0]) // builds the index, outside the timed loop
	for i := 0; b.Loop(); i++ {
		table.Lookup(keys[i%len(keys)])
	}
}
