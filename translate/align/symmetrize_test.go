package align_test

import (
	"testing"

	"tafsiri/translate/align"
)

func TestSymmetrize(t *testing.T) {
	tests := map[string]struct {
		srcLen, tgtLen    int
		forward, backward string
		want              string
	}{
		"no links": {2, 2, "", "", ""},
		"agreed links are kept": {
			3, 3, "0-0 1-2 2-1", "0-0 1-2 2-1", "0-0 1-2 2-1",
		},
		// Intersection 2-2; sweep 1 grows to 1-1, sweep 2 from 1-1 to 0-1
		// (src 0 free) and then 0-0 (tgt 0 free). final-and alone would
		// have refused 0-1, whose source word 0-0 already covers.
		"grow-diag sweeps until nothing changes": {
			3, 3, "0-0 1-1 2-2", "0-1 2-2", "0-0 0-1 1-1 2-2",
		},
		// Intersection 0-4 and 3-0. Sweep 1 grows 0-4 to 1-3 and 3-0 to
		// 2-1; in sweep 2, 1-1 neighbours 2-1 but source 1 (by 1-3) and
		// target 1 (by 2-1) are both aligned, so it stays out, and
		// final-and refuses it for the same reason.
		"grow-diag skips points whose words are both aligned": {
			4, 5, "3-0 1-1 1-3 0-4", "0-4 2-1 3-0", "0-4 1-3 2-1 3-0",
		},
		// Intersection 0-0 1-1; 3-2 and 2-3 touch no accepted point.
		"final-and adds isolated links of unaligned words": {
			4, 4, "0-0 1-1 3-2", "0-0 1-1 2-3", "0-0 1-1 2-3 3-2",
		},
		"final-and refuses a link of an aligned word": {
			3, 1, "0-0", "0-0 2-0", "0-0",
		},
		"final-and takes forward links before backward ones": {
			2, 2, "0-1", "0-0", "0-1",
		},
		"links outside the pair are ignored": {
			2, 2, "0-0 5-1 -1-0", "0-0 1-9", "0-0",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			fwd, bwd := parseLinks(t, tc.forward), parseLinks(t, tc.backward)
			got := formatLinks(align.Symmetrize(fwd, bwd, tc.srcLen, tc.tgtLen))
			if got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func BenchmarkSymmetrize(b *testing.B) {
	// A 30-token pair where the directions agree on every other link.
	var fwd, bwd []align.Link
	for i := range 30 {
		fwd = append(fwd, align.Link{Src: i, Tgt: i})
		if i%2 == 0 {
			bwd = append(bwd, align.Link{Src: i, Tgt: i})
		} else {
			bwd = append(bwd, align.Link{Src: i, Tgt: (i + 3) % 30})
		}
	}
	for b.Loop() {
		align.Symmetrize(fwd, bwd, 30, 30)
	}
}
