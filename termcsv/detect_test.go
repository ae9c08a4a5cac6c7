package termcsv

import (
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestDetect(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("en\tsw\tnote\nmask\tbarakoa\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		name string
		head []byte
		want Format
	}{
		"TICO f_":                 {name: "f_en-sw_KE.csv", head: []byte("id,sourceLang,targetLang,sourceString,targetString\n1,en,sw_KE,a,b\n"), want: FormatTICO},
		"TICO g_ with BOM":        {name: "g_en_sw.csv", head: []byte("\uFEFFstringID,sourceLang,targetLang,pos,description,sourceString,targetString\n"), want: FormatTICO},
		"TICO whatever its name":  {name: "terms.txt", head: []byte("id,sourceLang,targetLang,sourceString,targetString\n"), want: FormatTICO},
		"table csv":               {name: "glossary.CSV", head: []byte("en,sw,Source\nmask,barakoa,poster\n"), want: FormatTable},
		"table tsv":               {name: "glossary.tsv", head: []byte("en\tfr\tpos\n"), want: FormatTable},
		"table in UTF-16":         {name: "export.txt", head: utf16[:len(utf16)-3], want: FormatTable},
		"table without extension": {name: "glossary", head: []byte("sw;en;status\n"), want: FormatTable},
		"csv without a language":  {name: "glossary.csv", head: []byte("English,Swahili\n"), want: FormatUnknown},
		"OmegaT comment":          {name: "glossary.txt", head: []byte("# Glossary in tab-separated format\nmask\tbarakoa\n"), want: FormatOmegaT},
		"OmegaT terms":            {name: "glossary.utf8", head: []byte("\n\nmask\tbarakoa\tcomment\n"), want: FormatOmegaT},
		"OmegaT one language tag": {name: "glossary.tab", head: []byte("en\tbarakoa\n"), want: FormatOmegaT},
		"plain text":              {name: "notes.txt", head: []byte("Wash your hands.\n"), want: FormatUnknown},
		"TBX":                     {name: "terms.tbx", head: []byte("<?xml version=\"1.0\"?>\n<martif>"), want: FormatUnknown},
		"empty":                   {name: "empty.csv", head: nil, want: FormatUnknown},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := Detect(tt.name, tt.head); got != tt.want {
				t.Errorf("Detect(%q, %q) = %v, want %v", tt.name, tt.head, got, tt.want)
			}
		})
	}
}
