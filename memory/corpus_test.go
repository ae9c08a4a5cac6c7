package memory_test

import (
	"bytes"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"tafsiri/internal/tico19"
)

// The benchmarks search 100,000 segments made from base sentences: the
// English sides of the TICO-19 translation memories beside the repository
// (found by tico19.Dir), or synthetic sentences. Each
// base sentence is kept, and edited copies (a word replaced, deleted or
// inserted, another case, another number or final mark) fill the rest, so
// that every query has near neighbours, as in a memory of notice versions.

// englishTuv opens an English variant; englishSeg reads its segment. The
// regexp runs only on the stretch after each opening, which is many times
// faster than running it over a whole file.
var (
	englishTuv = []byte(`<tuv xml:lang="en">`)
	englishSeg = regexp.MustCompile(`^(?s)\s*<seg>(.*)</seg>$`)
)

// ticoEnglish returns the distinct English segments of TICO-19's training
// TMX files, sorted. It reads them once.
func ticoEnglish(tb testing.TB) []string {
	tb.Helper()
	dir := tico19.Dir(tb, "train")
	ticoOnce.Do(func() {
		files, err := filepath.Glob(filepath.Join(dir, "en-*.tmx"))
		if err != nil {
			tb.Fatal(err)
		}
		ticoSegs = readSegs(tb, files)
	})
	if len(ticoSegs) == 0 {
		tb.Fatalf("no English segments in the TICO-19 memories (en-*.tmx) in %s", dir)
	}
	return ticoSegs
}

var (
	ticoOnce sync.Once
	ticoSegs []string
)

func readSegs(tb testing.TB, files []string) []string {
	tb.Helper()
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for at := bytes.Index(data, englishTuv); at >= 0; at = bytes.Index(data, englishTuv) {
			data = data[at+len(englishTuv):]
			end := bytes.Index(data, []byte("</seg>"))
			if end < 0 {
				break
			}
			m := englishSeg.FindSubmatch(data[:end+len("</seg>")])
			if m == nil {
				continue
			}
			if s := strings.TrimSpace(html.UnescapeString(string(m[1]))); s != "" {
				seen[s] = true
			}
		}
	}
	return slices.Sorted(func(yield func(string) bool) {
		for s := range seen {
			if !yield(s) {
				return
			}
		}
	})
}

// syntheticEnglish makes n sentences of 6 to 25 words drawn from a
// Zipf-distributed vocabulary of invented words, some with numbers.
func syntheticEnglish(n int, rng *rand.Rand) []string {
	syllables := strings.Fields("ka to mi na ser lu po de vi ra sho gen tal mor we fi an co bre ul")
	vocab := make([]string, 8000)
	for k := range vocab {
		var b strings.Builder
		for range 1 + rng.IntN(3) + k/2000 {
			b.WriteString(syllables[rng.IntN(len(syllables))])
		}
		vocab[k] = b.String()
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	out := make([]string, n)
	for k := range out {
		words := make([]string, 6+rng.IntN(20))
		for w := range words {
			words[w] = vocab[zipf.Uint64()]
			if rng.IntN(30) == 0 {
				words[w] = string(rune('1'+rng.IntN(9))) + "0"
			}
		}
		words[0] = capitalize(words[0])
		out[k] = strings.Join(words, " ") + "."
	}
	return out
}

// expand returns base followed by edited copies of its sentences, n in all.
func expand(base []string, n int, rng *rand.Rand) []string {
	vocab := vocabulary(base)
	out := slices.Clone(base)
	for len(out) < n {
		out = append(out, mutate(base[rng.IntN(len(base))], vocab, rng))
	}
	return out[:n]
}

func vocabulary(texts []string) []string {
	var vocab []string
	for _, t := range texts {
		vocab = append(vocab, strings.Fields(t)...)
	}
	return vocab
}

// mutate makes one to three edits to s.
func mutate(s string, vocab []string, rng *rand.Rand) string {
	words := strings.Fields(s)
	for range 1 + rng.IntN(3) {
		k := rng.IntN(len(words))
		switch rng.IntN(6) {
		case 0:
			words[k] = vocab[rng.IntN(len(vocab))]
		case 1:
			if len(words) > 1 {
				words = slices.Delete(words, k, k+1)
			}
		case 2:
			words = slices.Insert(words, k, vocab[rng.IntN(len(vocab))])
		case 3:
			words[k] = strings.ToUpper(words[k])
		case 4:
			words[k] = strings.Map(func(r rune) rune {
				if unicode.IsDigit(r) {
					return '0' + (r-'0'+1)%10
				}
				return r
			}, words[k])
		default:
			last := len(words) - 1
			words[last] = strings.TrimRight(words[last], ".!?") + []string{"", ".", "!"}[rng.IntN(3)]
		}
	}
	return strings.Join(words, " ")
}

func capitalize(w string) string {
	return strings.ToUpper(w[:1]) + w[1:]
}
