package lm

import (
	"context"
	"html"
	"math"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"tafsiri/internal/tico19"
)

var spanishSeg = regexp.MustCompile(`(?s)<tuv xml:lang="es-LA">\s*<seg>(.*?)</seg>`)

// ticoSpanish returns the Spanish segments of TICO-19's English–Spanish
// memory (read in place, never copied into the repository), lowercased and
// split at whitespace and punctuation: every tenth for testing, the rest for
// training.
func ticoSpanish(tb testing.TB) (training, held [][]string) {
	tb.Helper()
	data, err := os.ReadFile(tico19.Dir(tb, "train", "en-es-LA.tmx"))
	if err != nil {
		tb.Fatalf("read TICO-19: %v", err)
	}
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for i, match := range spanishSeg.FindAllSubmatch(data, -1) {
		words := strings.FieldsFunc(strings.ToLower(html.UnescapeString(string(match[1]))), notWord)
		if i%10 == 9 {
			held = append(held, words)
		} else {
			training = append(training, words)
		}
	}
	if len(training) < 1000 {
		tb.Fatalf("read TICO-19: only %d training sentences", len(training))
	}
	return training, held
}

// addOnePerplexity is the baseline: an add-one unigram model over the
// training words, </s> and <unk>.
func addOnePerplexity(training, held [][]string) float64 {
	counts := map[string]int{}
	tokens := 0
	for _, s := range training {
		for _, w := range append(s[:len(s):len(s)], eosWord) {
			counts[w]++
			tokens++
		}
	}
	size := float64(len(counts) + 1)
	var logProb float64
	n := 0
	for _, s := range held {
		for _, w := range append(s[:len(s):len(s)], eosWord) {
			logProb += math.Log((float64(counts[w]) + 1) / (float64(tokens) + size))
			n++
		}
	}
	return math.Exp(-logProb / float64(n))
}

func TestPerplexityOnTICO(t *testing.T) {
	training, held := ticoSpanish(t)
	baseline := addOnePerplexity(training, held)
	got := map[int]float64{}
	for order := MinOrder; order <= MaxOrder; order++ {
		m := train(t, training, order)
		got[order] = m.Perplexity(held)
		t.Logf("order %d: perplexity %.1f, %d n-grams", order, got[order], len(m.nodes)-1)
		for _, s := range []State{m.Begin(), stateAfter(m, []string{bosWord, "el", "virus"})} {
			assertNormalised(t, m, s)
		}
	}
	t.Logf("add-one unigram baseline: perplexity %.1f (%d training, %d held-out sentences)", baseline, len(training), len(held))
	if got[4] >= got[2] {
		t.Errorf("order 4 perplexity %.1f, want below order 2's %.1f", got[4], got[2])
	}
	if got[4] >= baseline {
		t.Errorf("order 4 perplexity %.1f, want below the add-one unigram's %.1f", got[4], baseline)
	}
}

func BenchmarkTrain(b *testing.B) {
	training, _ := ticoSpanish(b)
	for _, order := range []int{3, 5} {
		b.Run(map[int]string{3: "order3", 5: "order5"}[order], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Train(context.Background(), training, order); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScore scores the held-out sentences word by word, as a decoder
// would; ns/op is per Score call.
func BenchmarkScore(b *testing.B) {
	training, held := ticoSpanish(b)
	m := train(b, training, 5)
	var words []WordID
	for _, s := range held {
		for _, w := range s {
			words = append(words, m.WordID(w))
		}
		words = append(words, eos)
	}
	b.ReportAllocs()
	s, i := m.Begin(), 0
	var total float64
	for b.Loop() {
		var logProb float64
		logProb, s = m.Score(s, words[i])
		total += logProb
		if words[i] == eos {
			s = m.Begin()
		}
		if i++; i == len(words) {
			i = 0
		}
	}
	if math.IsNaN(total) {
		b.Fatal("NaN log probability")
	}
}
