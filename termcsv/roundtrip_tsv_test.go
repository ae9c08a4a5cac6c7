package termcsv

import (
	"bytes"
	"testing"
)

func TestWriteTSVReadsBackThroughReadTable(t *testing.T) {
	in := []Entry{{Definition: "a gel that kills germs", Source: "Tafsiri team draft", Terms: []Term{
		{Lang: "en", Text: "hand sanitizer", Status: StatusApproved},
		{Lang: "es-419", Text: "desinfectante de manos", Status: StatusApproved},
	}}}
	var buf bytes.Buffer
	if _, err := WriteTSV(&buf, []string{"en", "es-419"}, in); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("en\tes-419\t")) {
		t.Fatalf("TSV header not tab-separated:\n%s", buf.String())
	}
	got, skips, err := ReadTable(&buf, "x.tsv")
	if err != nil || len(skips) != 0 || len(got) != 1 || len(got[0].Terms) != 2 ||
		got[0].Terms[1].Text != "desinfectante de manos" || got[0].Definition != "a gel that kills germs" ||
		got[0].Source != "Tafsiri team draft" {
		t.Errorf("ReadTable(WriteTSV) = %+v, %v, %v", got, skips, err)
	}
}
