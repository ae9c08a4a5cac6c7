package memory

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// plainDistance is the textbook full-table edit distance with Score's costs,
// without trimming, to check distance and align against.
func plainDistance(a, b []tok) int64 {
	d := make([][]int64, len(a)+1)
	for i := range d {
		d[i] = make([]int64, len(b)+1)
		if i > 0 {
			d[i][0] = d[i-1][0] + indel(a[i-1])
		}
	}
	for j := range b {
		d[0][j+1] = d[0][j] + indel(b[j])
	}
	for i := range a {
		for j := range b {
			d[i+1][j+1] = min(d[i][j]+sub(a[i], b[j]), d[i][j+1]+indel(a[i]), d[i+1][j]+indel(b[j]))
		}
	}
	return d[len(a)][len(b)]
}

// alignCost adds up the cost of an alignment from align.
func alignCost(a, b []tok, steps []step) int64 {
	var cost int64
	i, j := 0, 0
	for _, s := range steps {
		switch s {
		case stepQuery:
			cost += indel(a[i])
			i++
		case stepCand:
			cost += indel(b[j])
			j++
		default:
			cost += sub(a[i], b[j])
			i++
			j++
		}
	}
	return cost
}

func TestDistanceMatchesTextbook(t *testing.T) {
	words := strings.Fields("wash Wash your hands . , ! soap water 2 3 the")
	rng := rand.New(rand.NewPCG(1, 2))
	random := func() string {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(words[rng.IntN(len(words))] + " ")
		}
		return b.String()
	}
	for n := range 500 {
		qs, cs := random(), random()
		m := newMatcher(parse("en", qs))
		a := m.qt
		b := append([]tok(nil), m.side(parse("en", cs))...)
		want := plainDistance(a, b)
		if got, _ := distance(a, b, nil); got != want {
			t.Fatalf("case %d: distance(%q, %q) = %d, textbook %d", n, qs, cs, got, want)
		}
		if got := alignCost(a, b, align(a, b)); got != want {
			t.Fatalf("case %d: alignment of %q with %q costs %d, textbook %d", n, qs, cs, got, want)
		}
	}
}

// Past maxDiffCells, Diff reports the differing middle as one change.
func TestDiffBulk(t *testing.T) {
	long := strings.Repeat("wash your hands ", 1100)
	ops := Diff("en", "Please "+long+"now.", "Kindly "+strings.ReplaceAll(long, "your", "the")+"now.")
	if len(ops) != 2 || ops[0].Kind != Replace || ops[1].Kind != Equal || ops[1].Query != "hands now." {
		t.Errorf("got %d ops, first %v, want a Replace and the Equal \"hands now.\"", len(ops), ops[0].Kind)
	}
}

// BenchmarkDistance measures the edit distance alone, on about 110 tokens a side.
func BenchmarkDistance(b *testing.B) {
	q := strings.Repeat("Wash your hands with soap and water for at least 20 seconds, especially after you cough or sneeze. ", 5)
	c := strings.Repeat("wash your hands with water and soap for at least 40 seconds, above all after you have coughed or sneezed ", 5)
	m := newMatcher(parse("en", q))
	ct := append([]tok(nil), m.side(parse("en", c))...)
	var row []int64
	for b.Loop() {
		_, row = distance(m.qt, ct, row)
	}
	b.ReportMetric(float64(len(m.qt)*len(ct)), "cells")
}
