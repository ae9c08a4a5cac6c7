package limits

import (
	"strings"
	"testing"
)

func TestQuoteNamesALongValueWithoutPrintingItAll(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"short":            {"es-419", `"es-419"`},
		"control":          {"a\x1bb", `"a\x1bb"`},
		"long":             {strings.Repeat("a", 100000), `"` + strings.Repeat("a", 40) + `…" (100000 bytes)`},
		"cut at a rune":    {strings.Repeat("é", 30), `"` + strings.Repeat("é", 20) + `…" (60 bytes)`},
		"exactly at limit": {strings.Repeat("b", 40), `"` + strings.Repeat("b", 40) + `"`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Quote(c.in); got != c.want {
				t.Errorf("Quote = %s, want %s", got, c.want)
			}
		})
	}
}
