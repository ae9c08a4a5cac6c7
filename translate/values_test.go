package translate

import (
	"testing"

	"tafsiri/translate/tokenize"
)

func TestWriteValueWritesWordDatesInTheTargetsFormAndCopiesTheRest(t *testing.T) {
	cases := map[string]struct {
		tgt  string
		tok  tokenize.Token
		want string
	}{
		"a date into Spanish":               {"es-419", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "12 de marzo"},
		"a date into Russian":               {"ru", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "12 марта"},
		"a date into Chinese":               {"zh-Hans", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "3月12日"},
		"a time with pm in French":          {"fr", tokenize.Token{Text: "4pm", Kind: tokenize.Time}, "16:00"},
		"a weekday into Swahili":            {"sw", tokenize.Token{Text: "Sunday", Kind: tokenize.Word}, "Jumapili"},
		"a numeric date":                    {"es-419", tokenize.Token{Text: "2027-03-12", Kind: tokenize.Date}, "2027-03-12"},
		"a 24-hour time":                    {"ru", tokenize.Token{Text: "16:30", Kind: tokenize.Time}, "16:30"},
		"a phone number":                    {"fr", tokenize.Token{Text: "0800 123 456", Kind: tokenize.Phone}, "0800 123 456"},
		"an ambiguous date":                 {"fr", tokenize.Token{Text: "12/03/2027", Kind: tokenize.Date}, "12/03/2027"},
		"a word":                            {"fr", tokenize.Token{Text: "March", Kind: tokenize.Word}, "March"},
		"into English":                      {"en", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "12 March"},
		"a language without CLDR data here": {"am", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "12 March"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := writeValue("en", c.tgt, c.tok); got != c.want {
				t.Errorf("writeValue(%q → %s) = %q, want %q", c.tok.Text, c.tgt, got, c.want)
			}
		})
	}
}

func TestWeekdayOptionsOfferTheTargetsName(t *testing.T) {
	s := prepare("en", "Come on Sunday or on sunday.").sentences()[0]
	opts := weekdayOptions(s, "en", "fr")
	if len(opts) != 1 {
		t.Fatalf("options = %+v, want one, for the capitalised Sunday (\"sunday\" is not read)", opts)
	}
	if o := opts[0]; s.tokens[o.Start].Text != "Sunday" || len(o.Target) != 1 || o.Target[0] != "dimanche" || o.Tag != tagValue {
		t.Errorf("option = %+v, want Sunday → dimanche", o)
	}
}
