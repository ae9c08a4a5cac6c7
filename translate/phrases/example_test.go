package phrases_test

import (
	"context"
	"fmt"
	"math"
	"strings"

	"tafsiri/translate/phrases"
)

func Example() {
	pair := func(src, tgt string, links ...phrases.Link) phrases.Sentence {
		return phrases.Sentence{Src: strings.Fields(src), Tgt: strings.Fields(tgt), Links: links}
	}
	corpus := []phrases.Sentence{
		pair("wash your hands", "lávese las manos", phrases.Link{Src: 0, Tgt: 0}, phrases.Link{Src: 1, Tgt: 1}, phrases.Link{Src: 2, Tgt: 2}),
		pair("your hands", "sus manos", phrases.Link{Src: 0, Tgt: 0}, phrases.Link{Src: 1, Tgt: 1}),
	}
	fwd, rev, err := phrases.BuildBoth(context.Background(), corpus, phrases.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range fwd.Lookup("your hands") {
		fmt.Printf("%s: φ(e|f)=%.2f lex(e|f)=%.2f\n", e.Target,
			math.Exp(float64(e.Scores[phrases.PhiEF])), math.Exp(float64(e.Scores[phrases.LexEF])))
	}
	for _, e := range rev.Lookup("manos") {
		fmt.Printf("manos → %s: φ=%.2f\n", e.Target, math.Exp(float64(e.Scores[phrases.PhiEF])))
	}
	fmt.Println(fwd.Len(), "pairs")
	// Output:
	// las manos: φ(e|f)=0.50 lex(e|f)=0.50
	// sus manos: φ(e|f)=0.50 lex(e|f)=0.50
	// manos → hands: φ=1.00
	// 8 pairs
}
