package tmx

import "testing"

func TestCleanText(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"plain text unchanged":          {in: "Drink clean water.", want: "Drink clean water."},
		"trimmed":                       {in: " \t\n Drink. \r\n", want: "Drink."},
		"runs become one space":         {in: "Drink\n\n\tclean   water.", want: "Drink clean water."},
		"Unicode line breaks collapse":  {in: "one\u2028two\u0085three\u2029", want: "one two three"},
		"no-break spaces kept":          {in: "«\u00a0Oui\u00a0» 10\u202fkm", want: "«\u00a0Oui\u00a0» 10\u202fkm"},
		"ideographic space kept":        {in: "咳嗽\u3000发烧", want: "咳嗽\u3000发烧"},
		"composed to NFC":               {in: "cafe\u0301", want: "caf\u00e9"},
		"only whitespace becomes empty": {in: " \n\t ", want: ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := nfc(collapseSpace(nil, []byte(tt.in))); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
