package align_test

import (
	"context"
	"fmt"
	"strings"

	"tafsiri/translate/align"
)

func ExampleBidirectional() {
	var pairs []align.Pair
	for _, line := range []string{
		"das haus | the house",
		"das buch | the book",
		"ein buch | a book",
		"das haus ist klein | the house is small",
		"das buch ist gross | the book is big",
	} {
		src, tgt, _ := strings.Cut(line, "|")
		pairs = append(pairs, align.Pair{Src: strings.Fields(src), Tgt: strings.Fields(tgt)})
	}
	links, err := align.Bidirectional(context.Background(), pairs, align.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := pairs[3]
	for _, l := range links[3] {
		fmt.Println(p.Src[l.Src], "-", p.Tgt[l.Tgt])
	}
	// Output:
	// das - the
	// haus - house
	// ist - is
	// klein - small
}

func ExampleSymmetrize() {
	forward := []align.Link{{Src: 0, Tgt: 0}, {Src: 0, Tgt: 1}, {Src: 2, Tgt: 2}}
	backward := []align.Link{{Src: 0, Tgt: 0}, {Src: 1, Tgt: 2}}
	// The directions agree on 0-0; growing from it takes 0-1, then 1-2 from
	// 0-1, then 2-2 from 1-2: each covers a word not aligned before.
	fmt.Println(align.Symmetrize(forward, backward, 3, 3))
	// Output:
	// [{0 0} {0 1} {1 2} {2 2}]
}
