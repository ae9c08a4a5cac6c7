package metric

import (
	"errors"
	"testing"
)

// The sentence pair of sacreBLEU's test_sentence_bleu.py (its issue #98).
// The reference writes t with a cedilla (U+0163), the hypothesis with a comma
// below (U+021B), so "producţia" and "Producția" never match.
const (
	sacreRef = "produc\u0163ia de zah\u0103r brut se exprim\u0103 \u00een zah\u0103r alb;"
	sacreHyp = "Produc\u021bia de zah\u0103r prim\u0103 va fi exprimat\u0103 \u00een ceea ce prive\u0219te zah\u0103rul alb;"
)

func TestBLEU(t *testing.T) {
	tests := map[string]struct {
		hyps, refs []string
		opt        BLEUOptions
		want       float64
	}{
		"identical": {
			[]string{"Wash your hands with soap and water."},
			[]string{"Wash your hands with soap and water."}, BLEUOptions{}, 100,
		},
		"disjoint": {[]string{"this is a cat"}, []string{"okay thanks"}, BLEUOptions{}, 0},
		// Corpus BLEU has no effective order: with no 4-grams in the whole
		// corpus the 4-gram precision is missing and the score is 0.
		"identical but under four tokens": {
			[]string{"hello world"}, []string{"hello world"}, BLEUOptions{}, 0,
		},
		// Every n-gram matches (6/6, 5/5, 4/4, 3/3) but the hypothesis has
		// 6 tokens and the reference 7: BP = exp(1 - 7/6) = 0.8464817249.
		"brevity penalty": {
			[]string{"the cat sat on the mat"},
			[]string{"the cat sat on the mat today"}, BLEUOptions{}, 84.64817248906141,
		},
		// Matches: unigrams 5/6 (the ×2, cat, on, mat), bigrams 3/5 (the
		// cat, on the, the mat), trigrams 1/4 (on the mat), 4-grams 0/3.
		// sacreBLEU's corpus default is 'exp' smoothing, so p4 = 100/(2·3):
		// (83.33 · 60 · 25 · 16.67)^(1/4) = 2083333.3^(1/4) = 37.9918.
		"exp smoothing at corpus level": {
			[]string{"the cat is on the mat"},
			[]string{"the cat sat on the mat"}, BLEUOptions{}, 37.99178428257963,
		},
		// Tokens are 13a tokens: "mat." is "mat" and ".", 7 tokens each.
		"punctuation tokens": {
			[]string{"the cat sat on the mat."},
			[]string{"the cat sat on the mat."}, BLEUOptions{}, 100,
		},
		// 我 爱 北 京 against 我 爱 北 京 天 安 门: all 4+3+2+1 n-grams match;
		// BP = exp(1 - 7/4) = 0.4723665527.
		"chinese characters": {
			[]string{"我爱北京"}, []string{"我爱北京天安门"},
			BLEUOptions{CharLevel: true}, 47.236655274101466,
		},
		// Without CharLevel the unspaced sentences are single tokens.
		"chinese without char level": {
			[]string{"我爱北京"}, []string{"我爱北京天安门"}, BLEUOptions{}, 0,
		},
		"lowercase": {
			[]string{"WASH YOUR HANDS OFTEN"}, []string{"wash your hands often"},
			BLEUOptions{Lowercase: true}, 100,
		},
		"case sensitive by default": {
			[]string{"WASH YOUR HANDS OFTEN"}, []string{"wash your hands often"}, BLEUOptions{}, 0,
		},
		"empty corpus": {nil, nil, BLEUOptions{}, 0},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := BLEU(tt.hyps, tt.refs, tt.opt)
			if err != nil {
				t.Fatalf("BLEU: %v", err)
			}
			assertClose(t, got, tt.want, tolerance)
		})
	}
}

func TestBLEUSentence(t *testing.T) {
	tests := map[string]struct {
		hyp, ref string
		opt      BLEUOptions
		want     float64
		tol      float64
	}{
		// Published in sacreBLEU's test_sentence_bleu.py (to 3-4 decimals).
		// By hand for 13a: 14 hypothesis tokens, 10 reference tokens;
		// matches 5/14, 2/13, 0/12, 0/11; exp smoothing gives p3 =
		// 100/24, p4 = 100/44; exp(mean log) = 8.493.
		"sacrebleu 13a":             {sacreHyp, sacreRef, BLEUOptions{}, 8.493, 1e-3},
		"sacrebleu char":            {sacreHyp, sacreRef, BLEUOptions{CharLevel: true}, 40.8759, 1e-3},
		"sacrebleu char lowercase":  {sacreHyp, sacreRef, BLEUOptions{CharLevel: true, Lowercase: true}, 42.0267, 1e-3},
		"sacrebleu zero":            {"this is a cat", "okay thanks", BLEUOptions{}, 0, tolerance},
		"effective order two words": {"hello world", "hello world", BLEUOptions{}, 100, tolerance},
		// Effective order 3, no smoothing needed: 3/3, 2/2, 1/1 and
		// BP = exp(1 - 4/3) = 0.7165313106.
		"effective order with brevity": {"wash your hands", "wash your hands often", BLEUOptions{}, 71.65313105737893, tolerance},
		"empty hypothesis":             {"", "wash", BLEUOptions{}, 0, tolerance},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			assertClose(t, BLEUSentence(tt.hyp, tt.ref, tt.opt), tt.want, tt.tol)
		})
	}
}

func TestBLEUSentenceStats(t *testing.T) {
	tests := map[string]struct {
		hyp, ref string
		opt      BLEUOptions
		want     BLEUStats
	}{
		"hand counted": {"the cat is on the mat", "the cat sat on the mat", BLEUOptions{}, BLEUStats{
			HypLen: 6, RefLen: 6, Correct: [4]int{5, 3, 1, 0}, Total: [4]int{6, 5, 4, 3},
		}},
		// sacreBLEU's test_bleu.py statistics case (tokenize none; 13a
		// tokens are the same here).
		"sacrebleu statistics": {"am I am a character sequence", "I am a symbol string sequence a a", BLEUOptions{}, BLEUStats{
			HypLen: 6, RefLen: 8, Correct: [4]int{4, 2, 1, 0}, Total: [4]int{6, 5, 4, 3},
		}},
		// Trailing whitespace is stripped before tokenising, and spaces
		// are not tokens at character level.
		"chinese characters": {"洗手 。", "洗手。 ", BLEUOptions{CharLevel: true}, BLEUStats{
			HypLen: 3, RefLen: 3, Correct: [4]int{3, 2, 1, 0}, Total: [4]int{3, 2, 1, 0},
		}},
		"lowercase dotted I": {"İ", "i\u0307", BLEUOptions{CharLevel: true, Lowercase: true}, BLEUStats{
			HypLen: 2, RefLen: 2, Correct: [4]int{2, 1}, Total: [4]int{2, 1},
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := BLEUSentenceStats(tt.hyp, tt.ref, tt.opt)
			if got != tt.want {
				t.Errorf("BLEUSentenceStats(%q, %q) = %+v, want %+v", tt.hyp, tt.ref, got, tt.want)
			}
		})
	}
}

func TestBLEUStatsScore(t *testing.T) {
	tests := map[string]struct {
		stats BLEUStats
		want  float64
	}{
		// sacreBLEU's test_bleu.py scoring case: 0.8375922397 on a 0..1 scale.
		"sacrebleu scoring": {BLEUStats{HypLen: 11, RefLen: 11,
			Correct: [4]int{9, 7, 5, 3}, Total: [4]int{10, 8, 6, 4}}, 83.75922397},
		"no matches":       {BLEUStats{HypLen: 4, RefLen: 4, Total: [4]int{4, 3, 2, 1}}, 0},
		"empty hypothesis": {BLEUStats{RefLen: 3}, 0},
		// Two orders without matches: p3 = 100/(2·4), p4 = 100/(4·3).
		// (100 · 100 · 12.5 · 8.333)^(1/4) = 1041666.7^(1/4) = 31.9472.
		"exp smoothing doubles": {BLEUStats{HypLen: 6, RefLen: 6,
			Correct: [4]int{6, 5}, Total: [4]int{6, 5, 4, 3}}, 31.947155212313625},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			assertClose(t, tt.stats.Score(), tt.want, 1e-8)
		})
	}
}

func TestBLEUStatsAddSub(t *testing.T) {
	hyps := []string{"Drink clean water every day.", "Wash hands often", "See a nurse today"}
	refs := []string{"Drink safe water every day.", "Wash your hands often.", "Visit a nurse today"}
	var total BLEUStats
	for i := range hyps {
		total.Add(BLEUSentenceStats(hyps[i], refs[i], BLEUOptions{}))
	}
	corpus, err := BLEU(hyps, refs, BLEUOptions{})
	if err != nil {
		t.Fatalf("BLEU: %v", err)
	}
	assertClose(t, total.Score(), corpus, 0)

	total.Sub(BLEUSentenceStats(hyps[1], refs[1], BLEUOptions{}))
	total.Add(BLEUSentenceStats("Wash your hands often.", refs[1], BLEUOptions{}))
	hyps[1] = "Wash your hands often."
	want, err := BLEU(hyps, refs, BLEUOptions{})
	if err != nil {
		t.Fatalf("BLEU: %v", err)
	}
	assertClose(t, total.Score(), want, 0)
}

func TestBLEUErrors(t *testing.T) {
	tests := map[string]struct {
		hyps, refs []string
		want       error
	}{
		"length mismatch": {[]string{"a"}, []string{"a", "b"}, ErrLengthMismatch},
		"empty reference": {[]string{"a"}, []string{""}, ErrEmptyReference},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := BLEU(tt.hyps, tt.refs, BLEUOptions{})
			if !errors.Is(err, tt.want) {
				t.Errorf("BLEU error = %v, want %v", err, tt.want)
			}
		})
	}
}
