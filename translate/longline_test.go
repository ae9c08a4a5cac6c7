package translate_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"tafsiri/translate"
)

// unpunctuated returns about n bytes of the clinic corpus's words in a
// random order, with no sentence end: a line that can be cut only when full.
func unpunctuated(n int) string {
	var vocab []string
	for _, p := range clinicEnEs {
		for _, w := range strings.Fields(p.Src) {
			vocab = append(vocab, strings.Trim(w, ".:"))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(vocab[r.IntN(len(vocab))])
		b.WriteByte(' ')
	}
	return b.String()[:n]
}

// BenchmarkTranslateLongLine translates one unpunctuated line of 1 to 64 KB;
// ns/byte stays about the same, since the line is decoded in chunks of a
// bounded length (issue 13, case 9). Run it with
//
//	go test -run '^$' -bench TranslateLongLine -benchtime 3x ./translate/
func BenchmarkTranslateLongLine(b *testing.B) {
	st := trainedStore(b, &translate.Corpus{Src: "en", Tgt: "es-419", Source: "test", Pairs: clinicEnEs})
	engine := translate.NewEngine(st)
	ctx := context.Background()
	if _, err := engine.Translate(ctx, "en", "es", "Wash your hands."); err != nil { // load the model first
		b.Fatal(err)
	}
	for _, kb := range []int{1, 4, 16, 64} {
		line := unpunctuated(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				if _, err := engine.Translate(ctx, "en", "es", line); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(line)), "ns/byte")
		})
	}
}
