package lexicon_test

import (
	"fmt"
	"strings"

	"tafsiri/lexicon"
)

func ExampleReadTSV() {
	const file = "# source: Tafsiri team lexicon 1\n" +
		"en\tpos\tes-419\tsw\n" +
		"foot|feet\tnoun\tpie|pies\tmguu|miguu\n"
	d, err := lexicon.ReadTSV(strings.NewReader(file), "lexicon.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range d.Entries {
		fmt.Printf("%s→%s: feet is %q (from %s)\n", e.SrcLang, e.TgtLang, e.Translation(1), e.Source)
	}
	// Output:
	// en→es-419: feet is "pies" (from Tafsiri team lexicon 1)
	// en→sw: feet is "miguu" (from Tafsiri team lexicon 1)
}

func ExampleEntry_Reverse() {
	e := lexicon.Entry{SrcLang: "en", SrcForms: []string{"sick"}, TgtLang: "es-419", TgtForms: []string{"enfermo", "enferma"}}
	back := e.Reverse()
	fmt.Println(back.SrcLang, "→", back.TgtLang, back.Translation(1))
	// Output: es-419 → en sick
}
