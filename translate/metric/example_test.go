package metric_test

import (
	"fmt"

	"tafsiri/translate/metric"
)

func ExampleChrF() {
	hyps := []string{"the cat sat"}
	refs := []string{"the cat sat down"}
	score, err := metric.ChrF(hyps, refs)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("chrF2 = %.2f\n", score)
	// Output: chrF2 = 66.02
}

func ExampleBLEU() {
	hyps := []string{"the cat sat on the mat"}
	refs := []string{"the cat sat on the mat today"}
	words, err := metric.BLEU(hyps, refs, metric.BLEUOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	chars, err := metric.BLEU([]string{"我爱北京"}, []string{"我爱北京天安门"}, metric.BLEUOptions{CharLevel: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("BLEU = %.2f, character BLEU = %.2f\n", words, chars)
	// Output: BLEU = 84.65, character BLEU = 47.24
}

func ExampleTokenize13a() {
	fmt.Printf("%q\n", metric.Tokenize13a("Take 2-3 tablets, &quot;after&quot; meals."))
	// Output: ["Take" "2" "-" "3" "tablets" "," "\"" "after" "\"" "meals" "."]
}

func ExampleChrFStats() {
	hyps := []string{"Boil the water.", "Wash hands often"}
	refs := []string{"Boil the water.", "Wash your hands often."}

	// A tuner keeps corpus statistics and swaps one sentence at a time.
	var total metric.ChrFStats
	for i := range hyps {
		total.Add(metric.ChrFSentenceStats(hyps[i], refs[i]))
	}
	fmt.Printf("before: %.2f\n", total.Score())

	total.Sub(metric.ChrFSentenceStats(hyps[1], refs[1]))
	total.Add(metric.ChrFSentenceStats("Wash your hands often.", refs[1]))
	fmt.Printf("after: %.2f\n", total.Score())
	// Output:
	// before: 74.47
	// after: 100.00
}
