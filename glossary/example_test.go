package glossary_test

import (
	"fmt"

	"tafsiri/glossary"
	"tafsiri/translate/tokenize"
)

func ExampleMatcher_Match() {
	terms := []glossary.Entry{
		{ConceptID: 1, TermID: 11, Text: "vaccine", Status: glossary.Approved},
		{ConceptID: 2, TermID: 21, Text: "COVID-19", Status: glossary.Approved},
		{ConceptID: 3, TermID: 31, Text: "COVID-19 vaccine", Status: glossary.Approved},
		{ConceptID: 4, TermID: 41, Text: "flu", Status: glossary.Approved},
	}
	m := glossary.NewMatcher("en", terms, glossary.Options{Stem: true})
	text := "COVID-19 vaccines  are free; influenza shots too, and vaccines for the flu."
	norm := tokenize.Normalize(text)
	for _, x := range m.Match(text) {
		fmt.Printf("%d-%d %q concept %d\n", x.Start, x.End, norm[x.ByteStart:x.ByteEnd], x.Term.ConceptID)
	}
	// Output:
	// 0-2 "COVID-19 vaccines" concept 3
	// 10-11 "vaccines" concept 1
	// 13-14 "flu" concept 4
}

func ExampleContains() {
	translation := "Use mascarillas y póngase la vacuna."
	fmt.Println(glossary.Contains("es", translation, "mascarilla", glossary.Options{}))
	fmt.Println(glossary.Contains("es", translation, "mascarilla", glossary.Options{Stem: true}))
	fmt.Println(glossary.Contains("es", translation, "VACUNA", glossary.Options{}))
	// Output:
	// false
	// true
	// true
}

func ExampleConcept_Validate() {
	c := glossary.Concept{ID: 12, Terms: []glossary.Term{
		{Lang: "en", Text: "vaccine", Status: glossary.Approved},
		{Lang: "es-419", Text: "vacuna", Status: glossary.Approved},
		{Lang: "es-419", Text: "inmunizante", Status: glossary.Approved},
	}}
	fmt.Println(c.Validate())
	// Output:
	// validate concept 12: es-419: terms 2 "vacuna" and 3 "inmunizante" are both approved: more than one approved term in a language
}
