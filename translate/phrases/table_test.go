package phrases

import (
	"slices"
	"testing"
)

func TestTableAddKeepsBestFirst(t *testing.T) {
	e := func(target string, score float32, count float32) Entry {
		return Entry{Target: target, Scores: [NumScores]float32{score, score, 0, 0}, Count: count}
	}
	tests := map[string]struct {
		add  []Entry
		want []string
	}{
		"already sorted":      {[]Entry{e("a", -1, 1), e("b", -2, 1), e("c", -3, 1)}, []string{"a", "b", "c"}},
		"reversed":            {[]Entry{e("c", -3, 1), e("b", -2, 1), e("a", -1, 1)}, []string{"a", "b", "c"}},
		"ties by count":       {[]Entry{e("b", -1, 1), e("a", -1, 5)}, []string{"a", "b"}},
		"ties by target text": {[]Entry{e("b", -1, 1), e("a", -1, 1)}, []string{"a", "b"}},
		"duplicates kept":     {[]Entry{e("a", -1, 1), e("a", -1, 1)}, []string{"a", "a"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var table Table
			for _, en := range tc.add {
				table.Add("src", en)
			}
			var got []string
			for _, en := range table.Lookup("src") {
				got = append(got, en.Target)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
			if table.Len() != len(tc.want) || table.Sources() != 1 {
				t.Errorf("Len() = %d, Sources() = %d, want %d, 1", table.Len(), table.Sources(), len(tc.want))
			}
		})
	}
}

func TestFromEntriesRebuildsTable(t *testing.T) {
	built := build(t, tinyCorpus(t), Options{})
	got := FromEntries(built.Each)
	if !slices.Equal(entries(got), entries(built)) {
		t.Errorf("rebuilt table differs:\ngot  %v\nwant %v", entries(got), entries(built))
	}
	if got.Len() != built.Len() || got.Sources() != built.Sources() {
		t.Errorf("Len, Sources = %d, %d, want %d, %d", got.Len(), got.Sources(), built.Len(), built.Sources())
	}
	// Adding to a built table must not spill into its neighbour source.
	before := slices.Clone(built.Lookup("casa blanca"))
	built.Add("casa", Entry{Target: "hogar", Scores: [NumScores]float32{-9, -9, -9, -9}})
	if after := built.Lookup("casa blanca"); !slices.Equal(after, before) {
		t.Errorf("Add to casa changed casa blanca: %v, was %v", after, before)
	}
	if n := len(built.Lookup("casa")); n != 3 {
		t.Errorf("casa has %d entries after Add, want 3", n)
	}
}

func TestEmptyTable(t *testing.T) {
	var nilTable *Table
	var zero Table
	for name, table := range map[string]*Table{"nil": nilTable, "zero": &zero} {
		t.Run(name, func(t *testing.T) {
			if table.Lookup("a") != nil || table.Len() != 0 || table.Sources() != 0 {
				t.Error("empty table is not empty")
			}
			for src := range table.Each {
				t.Errorf("Each visited %q", src)
			}
		})
	}
}
