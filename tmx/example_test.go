package tmx_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"tafsiri/tmx"
)

func ExampleReader() {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="demo" creationtoolversion="1" segtype="sentence"
        o-tmf="demo" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="fever">
  <tuv xml:lang="en"><seg>Call us if the <hi>fever</hi> lasts
    more than <ph>&lt;b&gt;</ph>two days.</seg></tuv>
  <tuv xml:lang="sw"><seg>Tupigie simu homa ikizidi siku mbili.</seg></tuv>
</tu>
<tu tuid="empty"><tuv xml:lang="en"><seg/></tuv></tu>
</body>
</tmx>`
	r, err := tmx.NewReader(strings.NewReader(doc), "notices.tmx")
	if err != nil {
		log.Fatal(err)
	}
	for {
		u, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		sw, _ := u.Text("sw")
		fmt.Printf("%s (line %d)\n  en: %s\n  sw: %s\n", u.ID, u.Line, u.Variants[0].Text, sw)
	}
	for _, s := range r.Skipped() {
		fmt.Printf("skipped %s (line %d): %s\n", s.ID, s.Line, s.Reason)
	}
	// Output:
	// fever (line 6)
	//   en: Call us if the fever lasts more than two days.
	//   sw: Tupigie simu homa ikizidi siku mbili.
	// skipped empty (line 11): no usable tuv: empty seg in tuv "en"
}

func ExampleWriter() {
	w, err := tmx.NewWriter(os.Stdout, tmx.Header{SrcLang: "en"})
	if err != nil {
		log.Fatal(err)
	}
	err = w.Write(tmx.Unit{
		ID:       "masks",
		Props:    map[string]string{"x-source": "clinic poster"},
		Variants: []tmx.Variant{{Lang: "en", Text: "Wear a mask & keep 2 m apart."}, {Lang: "fr", Text: "Portez un masque."}},
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <!DOCTYPE tmx SYSTEM "tmx14.dtd">
	// <tmx version="1.4">
	// <header creationtool="Tafsiri" creationtoolversion="unknown" segtype="sentence" o-tmf="Tafsiri" adminlang="en" srclang="en" datatype="plaintext"/>
	// <body>
	// <tu tuid="masks">
	//   <prop type="x-source">clinic poster</prop>
	//   <tuv xml:lang="en"><seg>Wear a mask &amp; keep 2 m apart.</seg></tuv>
	//   <tuv xml:lang="fr"><seg>Portez un masque.</seg></tuv>
	// </tu>
	// </body>
	// </tmx>
}
