package exchange

import (
	"slices"
	"testing"

	"tafsiri/memory"
)

func TestMemoryUnitsGroupTheTranslationsOfOneSentence(t *testing.T) {
	seg := func(id int64, tgt, target, origin string) memory.Segment {
		return memory.Segment{ID: id, SrcLang: "en", TgtLang: tgt, Source: "Wash your hands.", Target: target, Origin: origin}
	}
	segs := []memory.Segment{
		seg(1, "fr", "Lavez-vous les mains.", "default"),
		seg(2, "sw", "Nawa mikono.", "default"),
		seg(3, "fr", "Lave tes mains.", "default"), // a second French translation
		seg(4, "sw", "Osha mikono.", "user"),       // another origin
	}
	units := memoryUnits(segs)
	want := [][]string{{"en", "fr", "sw"}, {"en", "fr"}, {"en", "sw"}}
	if len(units) != len(want) {
		t.Fatalf("%d units, want %d: %+v", len(units), len(want), units)
	}
	for i, u := range units {
		var langs []string
		for _, v := range u.Variants {
			langs = append(langs, v.Lang)
		}
		if !slices.Equal(langs, want[i]) {
			t.Errorf("unit %d has %q, want %q", i, langs, want[i])
		}
	}
}
