package phrases

import (
	"slices"
	"testing"
)

// The hand-worked pair: "ya" has no link on the source side, "does" none on
// the target side.
//
//	él ya no va
//	|      |  |
//	he does not go
func TestBuildExtractsConsistentPairs(t *testing.T) {
	corpus := []Sentence{sent(t, "él ya no va", "he does not go", "0-0 2-2 3-3")}
	tests := map[string]struct {
		maxLength int
		want      []string
	}{
		"all lengths": {
			maxLength: 7,
			want: []string{
				"él → he", "él → he does",
				"él ya → he", "él ya → he does",
				"él ya no → he does not",
				"él ya no va → he does not go",
				"ya no → not", "ya no → does not",
				"ya no va → not go", "ya no va → does not go",
				"no → not", "no → does not",
				"no va → not go", "no va → does not go",
				"va → go",
			},
		},
		"at most two tokens a side": {
			maxLength: 2,
			want: []string{
				"él → he", "él → he does",
				"él ya → he", "él ya → he does",
				"ya no → not", "ya no → does not",
				"no → not", "no → does not",
				"no va → not go",
				"va → go",
			},
		},
		"single tokens": {
			maxLength: 1,
			want:      []string{"él → he", "no → not", "va → go"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			table := build(t, corpus, Options{MaxLength: tc.maxLength, MaxPerSource: -1})
			got := pairs(t, table)
			want := slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("pairs\ngot  %q\nwant %q", got, want)
			}
			if table.Len() != len(want) {
				t.Errorf("Len() = %d, want %d", table.Len(), len(want))
			}
		})
	}
}

// An inconsistent box is skipped: "la" and "casa" both link to "house".
func TestBuildSkipsInconsistentAndUnalignedPairs(t *testing.T) {
	tests := map[string]struct {
		corpus []Sentence
		want   []string
	}{
		"many to one": {
			corpus: []Sentence{sent(t, "la casa", "house", "0-0 1-0")},
			want:   []string{"la casa → house"},
		},
		"crossing links": {
			corpus: []Sentence{sent(t, "a b c", "x y z", "0-0 1-2 2-1")},
			want: []string{
				"a → x", "a b c → x y z", "b → z", "b c → y z", "c → y",
			},
		},
		"unaligned words pair with nothing alone": {
			corpus: []Sentence{sent(t, "a b", "x y", "0-0")},
			want:   []string{"a → x", "a → x y", "a b → x", "a b → x y"},
		},
		"no links at all": {
			corpus: []Sentence{sent(t, "a b", "x y", "")},
			want:   nil,
		},
		"duplicate links count once": {
			corpus: []Sentence{sent(t, "a", "x", "0-0 0-0")},
			want:   []string{"a → x"},
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := pairs(t, build(t, tc.corpus, Options{MaxPerSource: -1}))
			want := slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("pairs\ngot  %q\nwant %q", got, want)
			}
		})
	}
}
