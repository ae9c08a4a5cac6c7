package align_test

import (
	"context"
	"html"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"tafsiri/internal/tico19"
	"tafsiri/translate/align"
)

// ticoUnit matches one translation unit's English and Spanish segments.
var ticoUnit = regexp.MustCompile(`(?s)<tuv xml:lang="en">\s*<seg>(.*?)</seg>\s*</tuv>\s*<tuv xml:lang="es-LA">\s*<seg>(.*?)</seg>`)

// loadTICO reads TICO-19's English–Latin-American-Spanish training pairs,
// lowercased and split on anything but letters and digits.
func loadTICO(tb testing.TB) []align.Pair {
	tb.Helper()
	data, err := os.ReadFile(tico19.Dir(tb, "train", "en-es-LA.tmx"))
	if err != nil {
		tb.Fatalf("read TICO-19 data: %v", err)
	}
	var pairs []align.Pair
	for _, m := range ticoUnit.FindAllSubmatch(data, -1) {
		pairs = append(pairs, align.Pair{Src: words(string(m[1])), Tgt: words(string(m[2]))})
	}
	if len(pairs) < 2000 {
		tb.Fatalf("read %d TICO-19 pairs, want over 2000", len(pairs))
	}
	return pairs
}

// words lowercases s and splits it on everything but letters and digits.
func words(s string) []string {
	s = strings.ToLower(html.UnescapeString(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// dictionary lists unambiguous English–Spanish translations frequent in the
// health notices: whenever both words occur exactly once in a pair, a good
// alignment links them.
var dictionary = map[string]string{
	"hands": "manos", "water": "agua", "soap": "jabón", "fever": "fiebre",
	"cough": "tos", "virus": "virus", "disease": "enfermedad", "people": "personas",
	"health": "salud", "symptoms": "síntomas", "hospital": "hospital", "china": "china",
	"patients": "pacientes", "coronavirus": "coronavirus", "pain": "dolor",
	"vaccine": "vacuna", "infection": "infección", "world": "mundial", "cases": "casos",
	"treatment": "tratamiento", "blood": "sangre", "days": "días", "doctor": "médico",
}

// functionWords are Spanish articles, prepositions and contractions. Linking
// them to an English noun is no error: "people" is "las personas" and
// "health" often "de salud", and English has no word of its own for them.
var functionWords = map[string]bool{
	"el": true, "la": true, "los": true, "las": true, "un": true, "una": true,
	"de": true, "del": true, "al": true, "a": true, "por": true, "en": true,
	"con": true, "para": true, "y": true, "se": true, "lo": true,
}

// dictionaryScore returns, over the pairs where a dictionary entry's words
// each occur once, the share linked to each other (recall) and, over the
// links from those English words to Spanish content words, the share
// reaching the expected word (precision).
func dictionaryScore(pairs []align.Pair, links [][]align.Link) (recall, precision float64, n int) {
	var linked, fromWord, toWord int
	for s, p := range pairs {
		for en, es := range dictionary {
			i, j := onlyIndex(p.Src, en), onlyIndex(p.Tgt, es)
			if i < 0 || j < 0 {
				continue
			}
			n++
			for _, l := range links[s] {
				if l.Src != i || functionWords[p.Tgt[l.Tgt]] {
					continue
				}
				fromWord++
				if l.Tgt == j {
					toWord++
					linked++
				}
			}
		}
	}
	if n == 0 || fromWord == 0 {
		return 0, 0, n
	}
	return float64(linked) / float64(n), float64(toWord) / float64(fromWord), n
}

// onlyIndex returns the position of w in words if it occurs exactly once, else -1.
func onlyIndex(words []string, w string) int {
	at := -1
	for i, x := range words {
		if x == w {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// ticoBidirectional caches the symmetrised TICO-19 alignment shared by tests.
var ticoBidirectional struct {
	once  sync.Once
	links [][]align.Link
	err   error
}

// alignTICO returns the TICO-19 pairs and their symmetrised alignment, computed once.
func alignTICO(tb testing.TB) ([]align.Pair, [][]align.Link) {
	tb.Helper()
	pairs := loadTICO(tb)
	c := &ticoBidirectional
	c.once.Do(func() {
		start := time.Now()
		c.links, c.err = align.Bidirectional(context.Background(), pairs, align.Options{})
		tb.Logf("aligned %d pairs both ways in %v", len(pairs), time.Since(start))
	})
	if c.err != nil {
		tb.Fatalf("Bidirectional: %v", c.err)
	}
	return pairs, c.links
}

func TestTICOLinksObviousTranslations(t *testing.T) {
	pairs, links := alignTICO(t)
	for _, en := range []string{"hands", "soap", "water", "fever", "cough", "symptoms"} {
		es := dictionary[en]
		t.Run(en+"-"+es, func(t *testing.T) {
			var both, linked int
			for s, p := range pairs {
				i, j := onlyIndex(p.Src, en), onlyIndex(p.Tgt, es)
				if i < 0 || j < 0 {
					continue
				}
				both++
				if slices.Contains(links[s], align.Link{Src: i, Tgt: j}) {
					linked++
				} else {
					t.Logf("unlinked in %q / %q", strings.Join(p.Src, " "), strings.Join(p.Tgt, " "))
				}
			}
			if both == 0 || linked != both {
				t.Errorf("linked %d of the %d pairs holding both once, want all", linked, both)
			}
		})
	}
}

func TestTICOAlignsDictionaryWords(t *testing.T) {
	tests := map[string]struct {
		align        func(testing.TB) ([]align.Pair, [][]align.Link)
		minRecall    float64
		minPrecision float64
	}{
		// One link per Spanish token: a determiner may attach to its noun too.
		"directional": {alignTICODirectional, 0.97, 0.90},
		// grow-diag-final-and keeps mostly links both directions agree on.
		"bidirectional": {alignTICO, 0.97, 0.93},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pairs, links := tc.align(t)
			recall, precision, n := dictionaryScore(pairs, links)
			t.Logf("dictionary recall %.3f, precision %.3f over %d occurrences", recall, precision, n)
			if recall < tc.minRecall || precision < tc.minPrecision {
				t.Errorf("got recall %.3f precision %.3f, want at least %.2f and %.2f", recall, precision, tc.minRecall, tc.minPrecision)
			}
		})
	}
}

// alignTICODirectional returns the TICO-19 pairs and their English→Spanish
// alignment, in which every Spanish token links to at most one English one.
func alignTICODirectional(tb testing.TB) ([]align.Pair, [][]align.Link) {
	tb.Helper()
	pairs := loadTICO(tb)
	start := time.Now()
	links, err := align.Directional(context.Background(), pairs, align.Options{})
	if err != nil {
		tb.Fatalf("Directional: %v", err)
	}
	tb.Logf("aligned %d pairs one way in %v", len(pairs), time.Since(start))
	return pairs, links
}
