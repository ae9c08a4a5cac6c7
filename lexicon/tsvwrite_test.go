package lexicon

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestWriteTSVIsReadBackAsTheSameEntries(t *testing.T) {
	entries := []Entry{
		{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"pie", "pies"}, Source: "team", Licence: "CC BY 4.0"},
		{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "fr", TgtForms: []string{"pied", "pieds"}, Source: "team", Licence: "CC BY 4.0"},
		{SrcLang: "en", SrcForms: []string{"bed"}, TgtLang: "es", TgtForms: []string{"cama"}, Source: "FreeDict eng-spa 0.3.1", Licence: "GPL"},
		{SrcLang: "en", SrcForms: []string{"bed"}, TgtLang: "es", TgtForms: []string{"lecho"}, Source: "FreeDict eng-spa 0.3.1", Licence: "GPL"},
		// stored the other way: written from English
		{SrcLang: "sw", SrcForms: []string{"maji"}, POS: "noun", TgtLang: "en", TgtForms: []string{"water"}, Source: "Kamusi"},
		// neither side English: left out
		{SrcLang: "fr", SrcForms: []string{"eau"}, TgtLang: "sw", TgtForms: []string{"maji"}},
	}
	var buf bytes.Buffer
	n, err := WriteTSV(&buf, "en", entries)
	if err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Errorf("wrote %d entries, want 5", n)
	}
	header := strings.Split(buf.String(), "\n")[1]
	if want := "en\tpos\tes-419\tfr\tsw\tes\tsource\tlicence"; header != want {
		t.Errorf("header %q, want %q (team languages first)", header, want)
	}
	d, err := ReadTSV(&buf, "export.tsv")
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	got := map[string]bool{}
	for _, e := range d.Entries {
		got[JoinForms(e.SrcForms)+">"+e.TgtLang+":"+JoinForms(e.TgtForms)+" "+e.POS+" ("+e.Source+", "+e.Licence+")"] = true
	}
	want := map[string]bool{
		"foot|feet>es-419:pie|pies noun (team, CC BY 4.0)": true,
		"foot|feet>fr:pied|pieds noun (team, CC BY 4.0)":   true,
		"bed>es:cama  (FreeDict eng-spa 0.3.1, GPL)":       true,
		"bed>es:lecho  (FreeDict eng-spa 0.3.1, GPL)":      true,
		"water>sw:maji noun (Kamusi, )":                    true,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back %v\nwant %v", got, want)
	}
}
