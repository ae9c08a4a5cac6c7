package termcsv_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"tafsiri/termcsv"
)

func ExampleReadTable() {
	const sheet = "en,sw,Part of speech,Notes,Status\r\n" +
		"hand washing,kunawa mikono,noun,\"Posters, radio\",approved\r\n" +
		"cough,kikohozi\r\n" +
		"\"fever\nhigh\",homa kali,noun,,draft\r\n"
	fmt.Println(termcsv.Detect("glossary.csv", []byte(sheet)))
	entries, skipped, err := termcsv.ReadTable(strings.NewReader(sheet), "glossary.csv")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range entries {
		for _, t := range e.Terms {
			fmt.Printf("line %d %s: %s (%s, %s)\n", t.Line, t.Lang, t.Text, t.PartOfSpeech, t.Status)
		}
		if e.Note != "" {
			fmt.Println("  note:", e.Note)
		}
	}
	for _, s := range skipped {
		fmt.Printf("skipped line %d: %s\n", s.Line, s.Reason)
	}
	// Output:
	// term table
	// line 2 en: hand washing (noun, approved)
	// line 2 sw: kunawa mikono (noun, approved)
	//   note: Posters, radio
	// line 4 en: fever high (noun, draft)
	// line 4 sw: homa kali (noun, draft)
	// skipped line 3: row has 2 fields, header has 5
}

func ExampleWriteTable() {
	entries := []termcsv.Entry{{Definition: "Cleaning hands, with soap.", Terms: []termcsv.Term{
		{Lang: "en", Text: "hand washing", PartOfSpeech: "noun", Status: termcsv.StatusApproved},
		{Lang: "sw", Text: "kunawa mikono", PartOfSpeech: "noun", Status: termcsv.StatusApproved},
		{Lang: "sw", Text: "unawaji", PartOfSpeech: "noun", Status: termcsv.StatusForbidden},
	}}}
	var buf bytes.Buffer
	if _, err := termcsv.WriteTable(&buf, []string{"en", "sw"}, entries); err != nil {
		log.Fatal(err)
	}
	// The table starts with a byte order mark, for spreadsheets.
	fmt.Print(strings.TrimPrefix(buf.String(), "\uFEFF"))
	// Output:
	// en,sw,pos,definition,note,status
	// hand washing,kunawa mikono,noun,"Cleaning hands, with soap.",,approved
	// ,unawaji,noun,"Cleaning hands, with soap.",,forbidden
}

func ExampleReadOmegaT() {
	const glossary = "# Glossary in tab-separated format\n" +
		"vaccine\tchanjo\n" +
		"fever\thoma\tsymptom\n"
	entries, _, err := termcsv.ReadOmegaT(strings.NewReader(glossary), "health.utf8", "en", "sw")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range entries {
		fmt.Printf("%s = %s %q\n", e.Terms[0].Text, e.Terms[1].Text, e.Note)
	}
	// Output:
	// vaccine = chanjo ""
	// fever = homa "symptom"
}
