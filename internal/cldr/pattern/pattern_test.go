package pattern

import (
	"errors"
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	tests := map[string]struct {
		in   string
		want []Token
	}{
		"fields and literal":       {"d MMMM", []Token{{Field: 'd', Count: 1}, {Text: " "}, {Field: 'M', Count: 4}}},
		"quoted word":              {"d 'de' MMMM", []Token{{Field: 'd', Count: 1}, {Text: " de "}, {Field: 'M', Count: 4}}},
		"doubled apostrophe":       {"h''mm", []Token{{Field: 'h', Count: 1}, {Text: "'"}, {Field: 'm', Count: 2}}},
		"apostrophe inside quotes": {"'o''clock' h", []Token{{Text: "o'clock "}, {Field: 'h', Count: 1}}},
		"non-Latin literal":        {"y年M月d日", []Token{{Field: 'y', Count: 1}, {Text: "年"}, {Field: 'M', Count: 1}, {Text: "月"}, {Field: 'd', Count: 1}, {Text: "日"}}},
		"Russian year mark":        {"d MMMM y 'г'.", []Token{{Field: 'd', Count: 1}, {Text: " "}, {Field: 'M', Count: 4}, {Text: " "}, {Field: 'y', Count: 1}, {Text: " г."}}},
		"empty":                    {"", nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Parse(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseRefusesUnterminatedQuote(t *testing.T) {
	_, err := Parse("d 'de MMMM")
	if !errors.Is(err, ErrUnterminatedQuote) {
		t.Errorf("Parse of an unterminated quote: error %v, want ErrUnterminatedQuote", err)
	}
}

func TestStringRoundTrip(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"plain":              {"d MMMM y", "d MMMM y"},
		"quoted word":        {"d 'de' MMMM 'de' y", "d 'de' MMMM 'de' y"},
		"apostrophe":         {"h''mm", "h''mm"},
		"apostrophe in word": {"'o''clock' h", "'o''clock' h"},
		"Han literal":        {"y年M月d日EEEE", "y年M月d日EEEE"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			toks, err := Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			got := String(toks)
			if got != tc.want {
				t.Errorf("String(Parse(%q)) = %q, want %q", tc.in, got, tc.want)
			}
			again, err := Parse(got)
			if err != nil {
				t.Fatalf("Parse(%q): %v", got, err)
			}
			if !reflect.DeepEqual(again, toks) {
				t.Errorf("Parse(%q) = %+v, want %+v", got, again, toks)
			}
		})
	}
}
