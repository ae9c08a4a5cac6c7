package phrases

import (
	"math"
	"testing"
)

// tinyCorpus is the three-sentence corpus whose scores are worked by hand below.
//
// Word counts c(f,e): la-the 1, la-house 1, casa-house 3, blanca-white 1 and
// NULL-the 1 (the unaligned "the" of sentence 2). Hence
// w(e|f): the|la 1/2, house|la 1/2, house|casa 1, white|blanca 1, the|NULL 1;
// w(f|e): la|the 1/2, la|house 1/4, casa|house 3/4, blanca|white 1.
func tinyCorpus(tb testing.TB) []Sentence {
	tb.Helper()
	return []Sentence{
		sent(tb, "la casa blanca", "the white house", "0-0 1-2 2-1"),
		sent(tb, "casa", "the house", "0-1"),
		sent(tb, "la casa", "house", "0-0 1-0"),
	}
}

func TestBuildScoresTinyCorpus(t *testing.T) {
	ln := math.Log
	tests := map[string]struct {
		src, tgt string
		count    float32
		want     [NumScores]float64 // φ(e|f), lex(e|f), φ(f|e), lex(f|e), not yet logs
	}{
		// count(casa)=3, count(house)=3; lex(e|f)=w(house|casa)=1 in both
		// instances, lex(f|e)=w(casa|house)=3/4.
		"casa house": {"casa", "house", 2, [NumScores]float64{2. / 3, 1, 2. / 3, 3. / 4}},
		// "the" is unaligned: w(the|NULL)·w(house|casa) = 1.
		"casa the house": {"casa", "the house", 1, [NumScores]float64{1. / 3, 1, 1, 3. / 4}},
		// "house" links to both: lex(e|f) = (w(house|la)+w(house|casa))/2 = 3/4;
		// lex(f|e) = w(la|house)·w(casa|house) = 1/4·3/4.
		"la casa house": {"la casa", "house", 1, [NumScores]float64{1, 3. / 4, 1. / 3, 3. / 16}},
		"la the":        {"la", "the", 1, [NumScores]float64{1, 1. / 2, 1, 1. / 2}},
		// lex(f|e) = w(la|the)·w(casa|house)·w(blanca|white) = 1/2·3/4·1.
		"whole sentence": {"la casa blanca", "the white house", 1, [NumScores]float64{1, 1. / 2, 1, 3. / 8}},
		"casa blanca":    {"casa blanca", "white house", 1, [NumScores]float64{1, 1, 1, 3. / 4}},
		"blanca white":   {"blanca", "white", 1, [NumScores]float64{1, 1, 1, 1}},
	}
	table := build(t, tinyCorpus(t), Options{})
	if got, want := table.Len(), len(tests); got != want {
		t.Errorf("Len() = %d, want %d: %q", got, want, pairs(t, table))
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			e, ok := find(table, tc.src, tc.tgt)
			if !ok {
				t.Fatalf("no entry %q → %q", tc.src, tc.tgt)
			}
			if e.Count != tc.count {
				t.Errorf("Count = %v, want %v", e.Count, tc.count)
			}
			for i, p := range tc.want {
				if got, want := float64(e.Scores[i]), ln(p); math.Abs(got-want) > 1e-6 {
					t.Errorf("Scores[%d] = %.7f, want %.7f", i, got, want)
				}
			}
		})
	}
}

// find returns the entry of target tgt under source src.
func find(t *Table, src, tgt string) (Entry, bool) {
	for _, e := range t.Lookup(src) {
		if e.Target == tgt {
			return e, true
		}
	}
	return Entry{}, false
}

// When one pair is seen with different internal alignments, the larger
// lexical weight wins, in each direction on its own.
func TestBuildKeepsMaximumLexicalWeight(t *testing.T) {
	corpus := []Sentence{
		sent(t, "a b", "x y", "0-0 0-1 1-1"),
		sent(t, "a b", "x y", "0-0 1-1"),
	}
	// c(a,x)=2, c(a,y)=1, c(b,y)=2: w(x|a)=2/3, w(y|a)=1/3, w(y|b)=1;
	// w(a|x)=1, w(a|y)=1/3, w(b|y)=2/3.
	// Sentence 1: lex(e|f)=2/3·(1/3+1)/2=4/9, lex(f|e)=(1+1/3)/2·2/3=4/9.
	// Sentence 2: lex(e|f)=2/3·1, lex(f|e)=1·2/3.
	e, ok := find(build(t, corpus, Options{}), "a b", "x y")
	if !ok {
		t.Fatal("no entry a b → x y")
	}
	for _, i := range []int{LexEF, LexFE} {
		if got, want := float64(e.Scores[i]), math.Log(2./3); math.Abs(got-want) > 1e-6 {
			t.Errorf("Scores[%d] = %.7f, want %.7f", i, got, want)
		}
	}
}
