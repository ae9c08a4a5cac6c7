package translate

import (
	"testing"

	"tafsiri/internal/cldr"
)

func TestInDigitsWritesQuantitiesInTheLanguagesDigitsAndCopiesCodes(t *testing.T) {
	cases := map[string]struct {
		lang, text, want string
	}{
		"Persian number":               {"fa", "5 قرص", "۵ قرص"},
		"Persian decimal and group":    {"fa", "3.5 و 1,000", "۳٫۵ و ۱٬۰۰۰"},
		"Persian time":                 {"fa", "از 8:00 تا 16:30", "از ۸:۰۰ تا ۱۶:۳۰"},
		"Persian numeric date":         {"fa", "تاریخ 25/12/2027", "تاریخ ۲۵/۱۲/۲۰۲۷"},
		"Bengali number":               {"bn", "দিনে 2 বার", "দিনে ২ বার"},
		"a phone number is copied":     {"fa", "تماس: +98 21 1234 5678", "تماس: +98 21 1234 5678"},
		"a link is copied":             {"fa", "www.who.int/2024", "www.who.int/2024"},
		"a word with digits is a code": {"bn", "COVID-19 টিকা", "COVID-19 টিকা"},
		"text without digits":          {"fa", "دست‌ها را بشویید.", "دست‌ها را بشویید."},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			loc, ok := cldr.For(c.lang)
			if !ok {
				t.Fatalf("no CLDR data for %s", c.lang)
			}
			if got := inDigits(c.lang, loc.Numbers, c.text); got != c.want {
				t.Errorf("inDigits(%s, %q) = %q, want %q", c.lang, c.text, got, c.want)
			}
		})
	}
}

func TestLocalizeDigitsLeavesLanguagesThatWrite0To9Alone(t *testing.T) {
	for _, lang := range []string{"ar", "hi", "ur", "es-419", "zh-Hans", "xx"} {
		pieces := []piece{{words: []string{"5", "قرص"}}, {text: "8:00"}}
		localizeDigits(lang, pieces)
		if pieces[0].words[0] != "5" || pieces[1].text != "8:00" {
			t.Errorf("%s: digits changed to %q and %q", lang, pieces[0].words[0], pieces[1].text)
		}
	}
	pieces := []piece{{words: []string{"5", "قرص"}}, {text: "ساعت 8:00"}}
	localizeDigits("fa", pieces)
	if pieces[0].words[0] != "۵" || pieces[1].text != "ساعت ۸:۰۰" {
		t.Errorf("fa: got %q and %q, want ۵ and ساعت ۸:۰۰", pieces[0].words[0], pieces[1].text)
	}
}
