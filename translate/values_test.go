package translate

import (
	"slices"
	"strings"
	"testing"

	"tafsiri/translate/decoder"
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
		"a date in digits":                  {"ru", tokenize.Token{Text: "25/03/2027", Kind: tokenize.Date}, "25.03.2027"},
		"a 24-hour time":                    {"ru", tokenize.Token{Text: "16:30", Kind: tokenize.Time}, "16:30"},
		"a phone number":                    {"fr", tokenize.Token{Text: "0800 123 456", Kind: tokenize.Phone}, "0800 123 456"},
		"an ambiguous date":                 {"fr", tokenize.Token{Text: "12/03/2027", Kind: tokenize.Date}, "12/03/2027"},
		"a word":                            {"fr", tokenize.Token{Text: "March", Kind: tokenize.Word}, "March"},
		"a month and year into Spanish":     {"es-419", tokenize.Token{Text: "May 2027", Kind: tokenize.Date}, "mayo de 2027"},
		"a month and year into Chinese":     {"zh-Hans", tokenize.Token{Text: "May 2027", Kind: tokenize.Date}, "2027年5月"},
		"a number word":                     {"sw", tokenize.Token{Text: "Four", Kind: tokenize.Word}, "4"},
		"into English":                      {"en", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "12 March"},
		"a language without CLDR data here": {"am", tokenize.Token{Text: "12 March", Kind: tokenize.Date}, "12 March"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			values := newSentenceValues("en", c.tgt, []tokenize.Token{c.tok})
			if got := values.write(c.tok); got != c.want {
				t.Errorf("write(%q → %s) = %q, want %q", c.tok.Text, c.tgt, got, c.want)
			}
		})
	}
}

// A Bengali or Persian source writes its quantities in its own digits; the
// translation writes them in 0–9 (and localizeDigits in the target's own
// digits where those are the default), but copies a phone number as it is.
func TestQuantitiesInAnotherScriptsDigitsAreWrittenIn0To9(t *testing.T) {
	cases := []struct {
		src  string
		tok  tokenize.Token
		want string
	}{
		{"bn", tokenize.Token{Text: "৫", Kind: tokenize.Number}, "5"},
		{"bn", tokenize.Token{Text: "৯:০০", Kind: tokenize.Time}, "9:00"},
		{"fa", tokenize.Token{Text: "۳٫۵", Kind: tokenize.Number}, "3.5"},
		{"fa", tokenize.Token{Text: "۱۲٬۰۰۰", Kind: tokenize.Number}, "12,000"},
		{"bn", tokenize.Token{Text: "২৫/০৩/২০২৭", Kind: tokenize.Date}, "03/25/2027"},
		{"bn", tokenize.Token{Text: "০৮০০ ৩২১ ৬৫৪", Kind: tokenize.Phone}, "০৮০০ ৩২১ ৬৫৪"},
	}
	for _, c := range cases {
		values := newSentenceValues(c.src, "en", []tokenize.Token{c.tok})
		if got := values.write(c.tok); got != c.want {
			t.Errorf("write(%q, %s → en) = %q, want %q", c.tok.Text, c.src, got, c.want)
		}
	}
}

func TestAChineseDateIsWrittenInTheTargetsForm(t *testing.T) {
	for tgt, want := range map[string]string{"en": "May 4, 2027", "es-419": "4 de mayo de 2027", "zh-Hans": "2027年5月4日"} {
		s := prepare("zh-Hans", "诊所将于2027年5月4日开放。").sentences()[0]
		values := newSentenceValues("zh-Hans", tgt, s.tokens)
		var got []string
		for _, tok := range s.tokens {
			if tok.Kind == tokenize.Date {
				got = append(got, values.write(tok))
			}
		}
		if !slices.Equal(got, []string{want}) {
			t.Errorf("the date into %s = %q, want %q", tgt, got, want)
		}
	}
}

func TestNameOptionsOfferTheTargetsWeekday(t *testing.T) {
	s := prepare("en", "Come on Sunday or on sunday.").sentences()[0]
	opts := nameOptions(s, "en", "fr")
	if len(opts) != 1 {
		t.Fatalf("options = %+v, want one, for the capitalised Sunday (\"sunday\" is not read)", opts)
	}
	if o := opts[0]; s.tokens[o.Start].Text != "Sunday" || len(o.Target) != 1 || o.Target[0] != "dimanche" || o.Tag != tagValue {
		t.Errorf("option = %+v, want Sunday → dimanche", o)
	}
}

func TestNameOptionsOfferTheTargetsMonthButNotForTheVerb(t *testing.T) {
	for in, want := range map[string][]string{
		"Vaccination starts in May; you may feel tired.": {"mayo"},
		"May I help you? Clinics close in March.":        {"marzo"},
		"You may come.": nil,
	} {
		var got []string
		for _, s := range prepare("en", in).sentences() {
			for _, o := range nameOptions(s, "en", "es-419") {
				got = append(got, o.Target...)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("name options of %q = %q, want %q", in, got, want)
		}
	}
}

func TestNumberWordsTheModelDoesNotKnowAreWrittenAsTheirValue(t *testing.T) {
	s := prepare("en", "Wash four times, twenty-five days, one by one.").sentences()[0]
	// tokens: 0 Wash, 1 four, 2 times, 3 ",", 4 twenty, 5 -, 6 five, 7 days, 8 ",", 9 one, 10 by, 11 one, 12 .
	known := decoder.Option{Start: 9, End: 10, Target: []string{"un"}, Tag: tagModel}
	opts := numberWordOptions(s, "en", []decoder.Option{known})
	var got []string
	for _, o := range opts[1:] {
		if o.Tag != tagValue || o.End != o.Start+1 || len(o.Target) != 1 || o.Target[0] != "<num>" {
			t.Errorf("option %+v, want a value option for one token", o)
		}
		got = append(got, s.tokens[o.Start].Text)
	}
	// "one" at 9 has the model's option; the one at 11 does not. The
	// compound "twenty-five" is left whole.
	if want := []string{"four", "one"}; !slices.Equal(got, want) {
		t.Errorf("value options for %q, want %q", got, want)
	}
	if opts := numberWordOptions(s, "fr", nil); len(opts) != 0 {
		t.Errorf("a French source got %d number-word options; only English words are read", len(opts))
	}
}

// A date in digits that reads one way only is the same date in every
// language, so it is written in the target's order whatever the source's
// language. When one date of the sentence reads two ways, all its dates in
// digits are copied as written: one sentence never shows two orders.
func TestDatesInDigitsAreWrittenInTheTargetsOrderWhenTheSentenceReadsOneWay(t *testing.T) {
	cases := map[string]struct {
		src, tgt, sentence string
		want               []string
	}{
		"French to Chinese":         {"fr", "zh-Hans", "Vaccination le 25/03/2027.", []string{"2027年3月25日"}},
		"Spanish to Russian":        {"es-419", "ru", "Vacunación el 2027-03-12.", []string{"12.03.2027"}},
		"English month first to fr": {"en", "fr", "Come on 03/25/2027.", []string{"25/03/2027"}},
		"one date reads two ways":   {"en", "zh-Hans", "From 01/06/2027 to 14/06/2027.", []string{"01/06/2027", "14/06/2027"}},
		"into the same language":    {"fr", "fr", "Le 25/03/2027.", []string{"25/03/2027"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			tokens := tokenize.Tokenize(c.src, c.sentence)
			values := newSentenceValues(c.src, c.tgt, tokens)
			var got []string
			for _, tok := range tokens {
				if tok.Kind == tokenize.Date {
					got = append(got, values.write(tok))
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("%s %q → %s: dates written %q, want %q", c.src, c.sentence, c.tgt, got, c.want)
			}
		})
	}
}

// The decoder keeps times, dates and the ends of a range in source order;
// other numbers may move, since languages order them differently.
func TestOrderedValuesAreTimesDatesAndTheEndsOfARange(t *testing.T) {
	cases := map[string]struct {
		sentence string
		want     []string
	}{
		"two times":              {"Open between 8:30 and 12:30 on weekdays.", []string{"8:30", "12:30"}},
		"a number before a date": {"The fair runs from 1 to 3 June.", []string{"1", "3 June"}},
		"a range of numbers":     {"Store it between 2 and 8 degrees.", []string{"2", "8"}},
		"a dashed range":         {"Children aged 5–10 years.", []string{"5", "10"}},
		"numbers that may move":  {"Do not give it more than 4 times in 24 hours.", nil},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			s := prepare("en", c.sentence)
			var got []string
			for _, i := range orderedValues(s) {
				got = append(got, s.tokens[i].Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("ordered values of %q = %q, want %q", c.sentence, got, c.want)
			}
		})
	}
}

// A phrase learnt from "from 13 to 15 July" = "于7月13日至15日" maps the
// date placeholder first; used for another range it would write July 15 to
// 13. Only a phrase that keeps both ends in source order is an option.
func TestAPhraseThatTurnsARangeAroundIsNoOption(t *testing.T) {
	s := prepare("en", "Closed from 13 to 15 July.")
	at := slices.Index(s.keys, "from")
	for _, c := range []struct {
		target string
		keeps  bool
	}{
		{"于 <date> 至 <num> 日", false},
		{"从 <num> 到 <date>", true},
		{"del <num> al <date>", true},
	} {
		if got := keepsRanges(s, at, at+4, strings.Fields(c.target)); got != c.keeps {
			t.Errorf("keepsRanges(%q) = %v, want %v", c.target, got, c.keeps)
		}
	}
}

// Chinese writes the month first, so "from 13 to 15 July" can only be
// written whole ("7月13日至15日", the pattern saying "from" too): the range
// is one option, and no option covers a part of it. Russian writes the day
// first and gets none.
func TestARangeIsOneValueWhereTheMonthComesFirst(t *testing.T) {
	s := prepare("en", "Closed from 13 to 15 July.")
	ranges := rangeOptions(s, "en", "zh-Hans")
	if len(ranges) != 1 || surfaceText("en", s.tokens[ranges[0].Start:ranges[0].End]) != "from 13 to 15 July" {
		t.Fatalf("range options = %+v, want one over \"from 13 to 15 July\"", ranges)
	}
	if got := rangeOptions(prepare("en", "Closed 13 to 15 July."), "en", "zh-Hans"); len(got) != 1 || got[0].End-got[0].Start != 3 {
		t.Errorf("range options without \"from\" = %+v, want one over \"13 to 15 July\"", got)
	}
	if got := realizeValue(s, ranges[0]); got != "7月13日至15日" {
		t.Errorf("the range is written %q, want 7月13日至15日", got)
	}
	if got := rangeOptions(s, "en", "ru"); len(got) != 0 {
		t.Errorf("range options into Russian = %+v, want none", got)
	}
	thirteen := decoder.Option{Start: ranges[0].Start + 1, End: ranges[0].Start + 2, Tag: tagPlaceholder}
	closed := decoder.Option{Start: 0, End: 1, Tag: tagModel}
	kept := keepRangesWhole([]decoder.Option{thirteen, closed}, ranges)
	if len(kept) != 2 || kept[0].Start != 0 || kept[1].Tag != tagValue {
		t.Errorf("kept options = %+v, want \"Closed\" and the whole range", kept)
	}
}

// realizeValue writes a value option of s as the translation does.
func realizeValue(s segment, o decoder.Option) string {
	values := newSentenceValues("en", "zh-Hans", s.tokens)
	words, _ := realize(s, o, nil, values.write)
	return strings.Join(words, "")
}

// A hyphen the decoder put before a number the source writes without a
// sign would make it negative: "a 2-day training" is not "-2 天".
func TestNoSignIsWrittenBeforeANumberThatHasNone(t *testing.T) {
	s := prepare("en", "Attend a 2-day training, 5-10 people.")
	two, ten := slices.Index(s.keys, "<num>"), 0
	for i, tok := range s.tokens {
		if tok.Text == "10" {
			ten = i
		}
	}
	pieces := []piece{{words: []string{"参加", "-"}}, {words: []string{"2"}, origin: FromPlaceholder},
		{words: []string{"5", "-"}}, {words: []string{"10"}, origin: FromPlaceholder}}
	dropInventedSigns(s, []int{0, two, ten - 2, ten}, pieces)
	if got := pieces[0].words; !slices.Equal(got, []string{"参加", ""}) {
		t.Errorf("before 2: %q, want the hyphen dropped", got)
	}
	if got := pieces[2].words; !slices.Equal(got, []string{"5", "-"}) {
		t.Errorf("before 10: %q, want the source's dash kept", got)
	}
}
