package termcsv

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

// record is a record a scanner returned.
type record struct {
	Line   int
	Fields []string
}

// scanAll returns every record of data split at comma, with quotes.
func scanAll(t *testing.T, data string, comma byte) ([]record, error) {
	t.Helper()
	s, err := newScanner(strings.NewReader(data), "scan.csv", comma, true)
	if err != nil {
		t.Fatal(err)
	}
	var recs []record
	for {
		fields, line, err := s.record()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return recs, err
		}
		recs = append(recs, record{line, fields})
	}
}

func TestScannerQuirks(t *testing.T) {
	tests := map[string]struct {
		data string
		want []record
	}{
		"plain":                 {data: "a,b\nc,d\n", want: []record{{1, []string{"a", "b"}}, {2, []string{"c", "d"}}}},
		"no final line ending":  {data: "a,b\nc,d", want: []record{{1, []string{"a", "b"}}, {2, []string{"c", "d"}}}},
		"CRLF":                  {data: "a,b\r\nc,d\r\n", want: []record{{1, []string{"a", "b"}}, {2, []string{"c", "d"}}}},
		"byte order mark":       {data: "\uFEFFa,b\n", want: []record{{1, []string{"a", "b"}}}},
		"empty cells":           {data: ",b,\n", want: []record{{1, []string{"", "b", ""}}}},
		"blank lines skipped":   {data: "\n \n,,\na\n", want: []record{{4, []string{"a"}}}},
		"quoted comma":          {data: `"a,b",c` + "\n", want: []record{{1, []string{"a,b", "c"}}}},
		"doubled quote":         {data: `"say ""hi""",x` + "\n", want: []record{{1, []string{`say "hi"`, "x"}}}},
		"line break in quotes":  {data: "\"one\r\ntwo\",x\nnext\n", want: []record{{1, []string{"one\ntwo", "x"}}, {3, []string{"next"}}}},
		"bare quote kept":       {data: `5" needle,x` + "\n", want: []record{{1, []string{`5" needle`, "x"}}}},
		"text after close kept": {data: `"a"b,c` + "\n", want: []record{{1, []string{"ab", "c"}}}},
		"quote not first":       {data: ` "a,b"` + "\n", want: []record{{1, []string{` "a`, `b"`}}}},
		"empty quoted field":    {data: `"",x` + "\n", want: []record{{1, []string{"", "x"}}}},
		"long line": {data: strings.Repeat("x", 100_000) + ",y\n",
			want: []record{{1, []string{strings.Repeat("x", 100_000), "y"}}}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := scanAll(t, tt.data, ',')
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := map[string]struct {
		head string
		want byte
	}{
		"commas":                {head: "en,sw,pos\n", want: ','},
		"tabs":                  {head: "en\tsw\n", want: '\t'},
		"semicolons":            {head: "en;sw;note\n", want: ';'},
		"quoted commas ignored": {head: "\"a,b,c\";en;sw\n", want: ';'},
		"tab wins a tie":        {head: "en\tsw,fr\n", want: '\t'},
		"first line counts":     {head: "\n\nen;sw\na,b,c,d\n", want: ';'},
		"nothing to go by":      {head: "en\n", want: ','},
		"empty":                 {head: "", want: ','},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := sniff(tt.head); got != tt.want {
				t.Errorf("sniff(%q) = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}
