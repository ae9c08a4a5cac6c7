package tbx_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"tafsiri/tbx"
)

func ExampleReader() {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>demo</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="fever">
  <descrip type="subjectField">symptoms</descrip>
  <langSet xml:lang="en">
    <tig><term>fever</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>pyrexia</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="sw"><tig><term>homa</term></tig></langSet>
</termEntry>
<termEntry id="empty"><langSet xml:lang="en"><tig><term/></tig></langSet></termEntry>
</body></text>
</martif>`
	r, err := tbx.NewReader(strings.NewReader(doc), "notices.tbx")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Dialect())
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (%s)\n", e.ID, e.Subject)
		for _, t := range e.Terms {
			fmt.Printf("  %s: %s [%s] line %d\n", t.Lang, t.Text, t.Status, t.Line)
		}
	}
	for _, s := range r.Skipped() {
		fmt.Printf("skipped %s (line %d): %s\n", s.ID, s.Line, s.Reason)
	}
	// Output:
	// TBX 2008
	// fever (symptoms)
	//   en: fever [approved] line 8
	//   en: pyrexia [forbidden] line 9
	//   sw: homa [] line 11
	// skipped empty (line 13): no usable term: empty term in "en"
}

func ExampleWriter() {
	w, err := tbx.NewWriter(os.Stdout, tbx.DialectV3, "en")
	if err != nil {
		log.Fatal(err)
	}
	err = w.Write(tbx.Entry{ID: "mask", Subject: "prevention", Source: "Tafsiri team draft", Terms: []tbx.Term{
		{Lang: "en", Text: "face mask", PartOfSpeech: "noun", Status: tbx.StatusApproved},
		{Lang: "sw", Text: "barakoa", Status: tbx.StatusDraft, Note: "Common in Kenya."},
	}})
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
	// <tbxHeader>
	//   <fileDesc><sourceDesc><p>Exported by Tafsiri</p></sourceDesc></fileDesc>
	// </tbxHeader>
	// <text>
	// <body>
	// <conceptEntry id="mask">
	//   <descrip type="subjectField">prevention</descrip>
	//   <admin type="source">Tafsiri team draft</admin>
	//   <langSec xml:lang="en">
	//     <termSec>
	//       <term>face mask</term>
	//       <termNote type="partOfSpeech">noun</termNote>
	//       <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
	//     </termSec>
	//   </langSec>
	//   <langSec xml:lang="sw">
	//     <note>Common in Kenya.</note>
	//     <termSec>
	//       <term>barakoa</term>
	//       <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
	//     </termSec>
	//   </langSec>
	// </conceptEntry>
	// </body>
	// </text>
	// </tbx>
}
