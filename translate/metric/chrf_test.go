package metric

import (
	"errors"
	"testing"
)

func TestChrFSentenceStats(t *testing.T) {
	tests := map[string]struct {
		hyp, ref string
		want     ChrFStats
	}{
		// "thecatsat" (9 chars) is a prefix of "thecatsatdown" (13), so
		// every hypothesis n-gram matches: 10-n of them, against 14-n.
		"prefix hypothesis": {"the cat sat", "the cat sat down", ChrFStats{
			Hyp:   [6]int{9, 8, 7, 6, 5, 4},
			Ref:   [6]int{13, 12, 11, 10, 9, 8},
			Match: [6]int{9, 8, 7, 6, 5, 4},
		}},
		// Code points, not bytes (18) or grapheme clusters (3):
		// न म स ् त े is six code points.
		"devanagari code points": {"नमस्ते", "नमस्ते", ChrFStats{
			Hyp:   [6]int{6, 5, 4, 3, 2, 1},
			Ref:   [6]int{6, 5, 4, 3, 2, 1},
			Match: [6]int{6, 5, 4, 3, 2, 1},
		}},
		// "سلام" (4) against "سلامعليكم" (9): the hypothesis is a prefix.
		"arabic prefix": {"سلام", "سلام عليكم", ChrFStats{
			Hyp:   [6]int{4, 3, 2, 1, 0, 0},
			Ref:   [6]int{9, 8, 7, 6, 5, 4},
			Match: [6]int{4, 3, 2, 1, 0, 0},
		}},
		// The reference has no trigrams, so the hypothesis trigrams are
		// not counted either (sacreBLEU's "hyp_count if ref_ngrams else 0").
		"short reference": {"abcd", "ab", ChrFStats{
			Hyp:   [6]int{4, 3},
			Ref:   [6]int{2, 1},
			Match: [6]int{2, 1},
		}},
		// Clipping: "aaa" has three a's but the reference only two.
		"clipped counts": {"aaa", "aa", ChrFStats{
			Hyp:   [6]int{3, 2},
			Ref:   [6]int{2, 1},
			Match: [6]int{2, 1},
		}},
		// U+001C is whitespace to Python, so it is removed like a space.
		"python whitespace": {"a\x1cb", "a b", ChrFStats{
			Hyp:   [6]int{2, 1},
			Ref:   [6]int{2, 1},
			Match: [6]int{2, 1},
		}},
		"empty hypothesis": {"", "ab", ChrFStats{
			Ref: [6]int{2, 1},
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := ChrFSentenceStats(tt.hyp, tt.ref)
			if got != tt.want {
				t.Errorf("ChrFSentenceStats(%q, %q) = %+v, want %+v", tt.hyp, tt.ref, got, tt.want)
			}
		})
	}
}

func TestChrFSentence(t *testing.T) {
	tests := map[string]struct {
		hyp, ref string
		want     float64
	}{
		"identical":             {"Wash your hands with soap.", "Wash your hands with soap.", 100},
		"disjoint":              {"abc", "xyz", 0},
		"whitespace is ignored": {"a b c", "abc", 100},
		"empty hypothesis":      {"", "reference", 0},
		// Precision is 1 at every order; recall is 9/13, 8/12, 7/11, 6/10,
		// 5/9, 4/8, which average to R = 46987/77220 = 0.6084822585.
		// F2 = (1+4)·P·R / (4·P + R) = 5R / (4+R) = 0.6601764142.
		// (Averaging the six per-order F2 scores would give 65.929 instead.)
		"hand example": {"the cat sat", "the cat sat down", 66.01764142221673},
		// P = 1 at orders 1..4; R = 4/9, 3/8, 2/7, 1/6, averaging 641/2016.
		// 5R / (4+R) = 0.3681792074.
		"arabic": {"سلام", "سلام عليكم", 36.81792073520965},
		// sacreBLEU's own test: unigrams match 1 of 2, bigrams 0 of 1, so
		// P = R = 0.25 on average and F = 25 whatever beta is.
		"sacrebleu aa ab": {"aa", "ab", 25},
		// Only trigrams exist in both; orders 4..6 are skipped.
		"short identical": {"abc", "abc", 100},
		"devanagari":      {"नमस्ते", "नमस्ते", 100},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			assertClose(t, ChrFSentence(tt.hyp, tt.ref), tt.want, tolerance)
		})
	}
}

func TestChrF(t *testing.T) {
	tests := map[string]struct {
		hyps, refs []string
		want       float64
	}{
		"identical corpus": {
			[]string{"Boil water.", "Stay home if you are sick."},
			[]string{"Boil water.", "Stay home if you are sick."}, 100,
		},
		"disjoint corpus": {[]string{"abc", "def"}, []string{"xyz", "uvw"}, 0},
		// sacreBLEU's own test: unigrams 1 of 2 match over the corpus.
		"sacrebleu a b": {[]string{"a", "b"}, []string{"a", "c"}, 50},
		// Sentence scores are 100 and 0 (mean 50), but summed statistics
		// give unigrams 3/4 (hyp 4, ref 4), bigrams 2/2, trigrams 1/1:
		// P = R = (3/4 + 1 + 1)/3 = 11/12, so F = 91.666...
		"summed, not averaged": {[]string{"abc", "x"}, []string{"abc", "y"}, 100.0 * 11 / 12},
		// "q" has no bigrams or trigrams, so "xyz"'s are dropped:
		// unigrams 3/6 match (ref 4), bigrams 2/2, trigrams 1/1.
		// P = (1/2+1+1)/3 = 5/6, R = (3/4+1+1)/3 = 11/12,
		// F = 5·(5/6)·(11/12) / (4·5/6 + 11/12) = 275/306.
		"short reference drops hypothesis n-grams": {
			[]string{"abc", "xyz"}, []string{"abc", "q"}, 100.0 * 275 / 306,
		},
		"empty corpus": {nil, nil, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := ChrF(tt.hyps, tt.refs)
			if err != nil {
				t.Fatalf("ChrF: %v", err)
			}
			assertClose(t, got, tt.want, tolerance)
		})
	}
}

func TestChrFErrors(t *testing.T) {
	tests := map[string]struct {
		hyps, refs []string
		want       error
	}{
		"more hypotheses": {[]string{"a", "b"}, []string{"a"}, ErrLengthMismatch},
		"more references": {nil, []string{"a"}, ErrLengthMismatch},
		"empty reference": {[]string{"a", "b"}, []string{"a", ""}, ErrEmptyReference},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := ChrF(tt.hyps, tt.refs)
			if !errors.Is(err, tt.want) {
				t.Errorf("ChrF error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestChrFStatsAddSub(t *testing.T) {
	hyps := []string{"Drink clean water.", "Wash hands often", "See a nurse"}
	refs := []string{"Drink safe water.", "Wash your hands often.", "Visit a nurse"}
	var total ChrFStats
	for i := range hyps {
		total.Add(ChrFSentenceStats(hyps[i], refs[i]))
	}
	corpus, err := ChrF(hyps, refs)
	if err != nil {
		t.Fatalf("ChrF: %v", err)
	}
	assertClose(t, total.Score(), corpus, 0)

	// Swapping one hypothesis by subtract-then-add equals rescoring.
	total.Sub(ChrFSentenceStats(hyps[1], refs[1]))
	total.Add(ChrFSentenceStats("Wash your hands often.", refs[1]))
	hyps[1] = "Wash your hands often."
	want, err := ChrF(hyps, refs)
	if err != nil {
		t.Fatalf("ChrF: %v", err)
	}
	assertClose(t, total.Score(), want, 0)
}
