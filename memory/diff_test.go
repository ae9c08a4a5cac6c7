package memory_test

import (
	"reflect"
	"testing"

	"tafsiri/memory"
)

func TestDiff(t *testing.T) {
	eq, ins, del, rep := memory.Equal, memory.Insert, memory.Delete, memory.Replace
	cases := map[string]struct {
		query, cand string
		want        []memory.DiffOp
	}{
		"identical": {"Wash your hands.", "Wash your hands.", []memory.DiffOp{
			{eq, "Wash your hands.", "Wash your hands.", 0, 4, 0, 4}}},
		"number replaced": {"Take 2 tablets a day.", "Take 3 tablets a day.", []memory.DiffOp{
			{eq, "Take", "Take", 0, 1, 0, 1},
			{rep, "2", "3", 1, 2, 1, 2},
			{eq, "tablets a day.", "tablets a day.", 2, 6, 2, 6}}},
		"word the candidate lacks": {"Wash your hands often.", "Wash your hands.", []memory.DiffOp{
			{eq, "Wash your hands", "Wash your hands", 0, 3, 0, 3},
			{ins, "often", "", 3, 4, 3, 3},
			{eq, ".", ".", 4, 5, 3, 4}}},
		"word the query lacks": {"Wash your hands.", "Wash your hands now.", []memory.DiffOp{
			{eq, "Wash your hands", "Wash your hands", 0, 3, 0, 3},
			{del, "", "now", 3, 3, 3, 4},
			{eq, ".", ".", 3, 4, 4, 5}}},
		"case and punctuation": {"Wash your hands.", "wash your hands", []memory.DiffOp{
			{rep, "Wash", "wash", 0, 1, 0, 1},
			{eq, "your hands", "your hands", 1, 3, 1, 3},
			{ins, ".", "", 3, 4, 3, 3}}},
		"neighbouring edits merge": {"Stay at home today.", "Stay indoors.", []memory.DiffOp{
			{eq, "Stay", "Stay", 0, 1, 0, 1},
			{rep, "at home today", "indoors", 1, 4, 1, 2},
			{eq, ".", ".", 4, 5, 2, 3}}},
		"nothing in common": {"Wash your hands.", "Stay home!", []memory.DiffOp{
			{rep, "Wash your hands.", "Stay home!", 0, 4, 0, 3}}},
		"empty query": {"", "Stay home!", []memory.DiffOp{
			{del, "", "Stay home!", 0, 0, 0, 3}}},
		"both empty": {"", "", nil},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := memory.Diff("en", c.query, c.cand); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Diff(%q, %q)\n got %+v\nwant %+v", c.query, c.cand, got, c.want)
			}
		})
	}
}

// The ops of a Diff cover both token sequences in order, without gaps.
func TestDiffCoversBothSides(t *testing.T) {
	pairs := [][2]string{
		{tenWords, "Please wash both hands with water and soap for 20 seconds!"},
		{"Masks are required in the clinic, the pharmacy and the ward.", "Masks in the ward."},
		{"请勤洗手。", "请您常常洗手！"},
	}
	for _, p := range pairs {
		ops := memory.Diff("en", p[0], p[1])
		q, c := 0, 0
		for _, op := range ops {
			if op.QueryStart != q || op.CandStart != c || op.QueryEnd < q || op.CandEnd < c {
				t.Fatalf("Diff(%q, %q): op %+v does not follow query %d, candidate %d", p[0], p[1], op, q, c)
			}
			q, c = op.QueryEnd, op.CandEnd
		}
		selfQ, selfC := memory.Diff("en", p[0], p[0]), memory.Diff("en", p[1], p[1])
		if len(selfQ) != 1 || len(selfC) != 1 {
			t.Fatalf("a text against itself gives %d and %d ops, want 1", len(selfQ), len(selfC))
		}
		if q != selfQ[0].QueryEnd || c != selfC[0].CandEnd {
			t.Errorf("Diff(%q, %q) ends at tokens %d, %d; want %d, %d", p[0], p[1], q, c, selfQ[0].QueryEnd, selfC[0].CandEnd)
		}
	}
}

func TestOpKindString(t *testing.T) {
	for k, want := range map[memory.OpKind]string{memory.Equal: "equal", memory.Insert: "insert",
		memory.Delete: "delete", memory.Replace: "replace", 9: "op(9)"} {
		if got := k.String(); got != want {
			t.Errorf("OpKind(%d).String() = %q, want %q", k, got, want)
		}
	}
}
