package memory_test

import (
	"context"
	"fmt"

	"tafsiri/memory"
)

func ExampleScore() {
	fmt.Println(memory.Score("en", "Wash your hands.", "Wash your hands."))
	fmt.Println(memory.Score("en", "Wash your hands.", "wash your hands"))
	fmt.Println(memory.Score("en", "Take 2 tablets a day.", "Take 3 tablets a day."))
	// Output:
	// 100
	// 98
	// 80
}

func ExampleDiff() {
	for _, op := range memory.Diff("en", "Stay at home today.", "Stay indoors.") {
		fmt.Printf("%-7s %q %q\n", op.Kind, op.Query, op.Candidate)
	}
	// Output:
	// equal   "Stay" "Stay"
	// replace "at home today" "indoors"
	// equal   "." "."
}

func ExampleKey() {
	fmt.Println(memory.Key("en", "Take  2 TABLETS ."))
	// Output: take 2 tablets .
}

func ExampleGrams() {
	fmt.Printf("%q\n", memory.Grams("en", "Take 2 tablets in the morning."))
	// Output: ["<num> tablets" "tablets in" "take <num>" "the morning"]
}

func ExampleSearch() {
	tm := newMemIndex() // an in-memory Candidates; storage keeps the real one in SQLite
	for _, src := range []string{"Wash your hands often.", "Wash your hands with soap.", "Stay at home."} {
		tm.add(memory.Segment{SrcLang: "en", TgtLang: "sw", Source: src, Target: "…"})
	}
	hits, err := memory.Search(context.Background(), tm, "en", "sw", "Wash your hands often!", 0, 5)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range hits {
		fmt.Println(h.Score, h.Segment.Source)
	}
	// Output:
	// 99 Wash your hands often.
}
