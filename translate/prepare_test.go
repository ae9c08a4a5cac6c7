package translate

import (
	"slices"
	"strings"
	"testing"
)

// texts returns the keys of each sentence of s, joined by spaces.
func texts(s []segment) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strings.Join(x.keys, " ")
	}
	return out
}

func TestSentencesSplitAfterSentenceEndsOnly(t *testing.T) {
	// 85 tokens with its commas and full stop: long, but under the bound.
	long := strings.Repeat("wash your hands with soap , ", 14) + "then dry them ."
	cases := map[string]struct {
		text string
		want []string
	}{
		"one sentence":          {"Wash your hands.", []string{"wash your hands ."}},
		"two sentences":         {"Wash your hands. Drink water!", []string{"wash your hands .", "drink water !"}},
		"a closing quote stays": {`He said "wash." Then he left`, []string{`he said " wash . "`, "then he left"}},
		"no end at all":         {"wash your hands", []string{"wash your hands"}},
		"a long sentence":       {long, []string{strings.TrimSpace(long)}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := texts(prepare("en", c.text).sentences()); !slices.Equal(got, c.want) {
				t.Errorf("sentences(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestALongSentenceIsCutIntoBoundedChunksAtTheBestBreak(t *testing.T) {
	words := func(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }
	cases := map[string]struct {
		lang, text string
		want       []int // the number of tokens of each chunk
	}{
		"no break: cut when full":                {"en", words(250, "soap"), []int{100, 100, 50}},
		"after the last comma of the half":       {"en", words(70, "soap") + " , " + words(20, "soap") + " , " + words(40, "soap"), []int{92, 40}},
		"a comma in the first half is too early": {"en", words(10, "soap") + " , " + words(120, "soap"), []int{100, 31}},
		"a semicolon before a later comma":       {"en", words(60, "soap") + " ; " + words(20, "soap") + " , " + words(40, "soap"), []int{61, 61}},
		"before a conjunction":                   {"en", words(80, "soap") + " and " + words(40, "soap"), []int{80, 41}},
		"a comma before a conjunction":           {"en", words(60, "soap") + " , " + words(20, "soap") + " and " + words(40, "soap"), []int{61, 61}},
		"no conjunctions of another language":    {"de", words(80, "soap") + " and " + words(40, "soap"), []int{100, 21}},
		"a quote closed after the comma stays":   {"en", words(60, "soap") + ` , " ` + words(60, "soap"), []int{62, 60}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			seg := prepare(c.lang, c.text)
			got := seg.sentences()
			var sizes []int
			var keys []string
			for _, s := range got {
				sizes = append(sizes, len(s.keys))
				keys = append(keys, s.keys...)
			}
			if !slices.Equal(sizes, c.want) {
				t.Errorf("chunk sizes = %v, want %v", sizes, c.want)
			}
			if !slices.Equal(keys, seg.keys) {
				t.Errorf("the chunks do not hold the sentence's tokens in order")
			}
		})
	}
}

func TestNoChunkIsLongerThanTheBound(t *testing.T) {
	// 64 KB of words without punctuation, as a pasted table or junk may be.
	seg := prepare("en", strings.Repeat("wash hands with soap and water ", 2200))
	for i, s := range seg.sentences() {
		if len(s.keys) > maxSentenceTokens {
			t.Fatalf("chunk %d has %d tokens, want at most %d", i, len(s.keys), maxSentenceTokens)
		}
	}
}
