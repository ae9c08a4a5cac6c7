package datetime

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// formatTests are, for each language, what Format writes of what Parse
// reads from an English notice, keyed by the English source. The narrow
// (U+202F) and thin (U+2009) spaces are CLDR's.
var formatTests = map[string]map[string]string{
	"ar": {
		"Saturday 14 May 2027":                "السبت، 14 مايو 2027",
		"Saturday 14 May":                     "السبت، 14 مايو",
		"12 March":                            "12 مارس",
		"12 March 2027":                       "12 مارس 2027",
		"from 3 to 7 October":                 "3–7 أكتوبر",
		"from 28 September to 3 October 2027": "28 سبتمبر – 3 أكتوبر 2027",
		"16:30":                               "4:30 م",
		"4 pm":                                "4\u202fم",
		"8:00 a.m.":                           "8:00 ص",
		"8:00":                                "8:00",
		"Sunday":                              "الأحد",
	},
	"bn": {
		"Saturday 14 May 2027":                "শনিবার, ১৪ মে, ২০২৭",
		"Saturday 14 May":                     "শনিবার ১৪ মে",
		"12 March":                            "১২ মার্চ",
		"12 March 2027":                       "১২ মার্চ, ২০২৭",
		"from 3 to 7 October":                 "৩–৭ অক্টোবর",
		"from 28 September to 3 October 2027": "২৮ সেপ্টেম্বর – ৩ অক্টোবর, ২০২৭",
		"16:30":                               "৪:৩০ PM",
		"4 pm":                                "৪\u202fPM",
		"8:00 a.m.":                           "৮:০০ AM",
		"8:00":                                "৮:০০",
		"Sunday":                              "রবিবার",
	},
	"en": {
		"May 2027":                            "May 2027",
		"March":                               "March",
		"Saturday 14 May 2027":                "Saturday, May 14, 2027",
		"Saturday 14 May":                     "Saturday, May 14",
		"12 March":                            "March 12",
		"12 March 2027":                       "March 12, 2027",
		"from 3 to 7 October":                 "October 3\u2009–\u20097",
		"from 28 September to 3 October 2027": "September 28\u2009–\u2009October 3, 2027",
		"16:30":                               "4:30\u202fPM",
		"4 pm":                                "4\u202fPM",
		"8:00 a.m.":                           "8:00\u202fAM",
		"8:00":                                "8:00",
		"Sunday":                              "Sunday",
	},
	"es-419": {
		"May 2027":                            "mayo de 2027",
		"March":                               "marzo",
		"Saturday 14 May 2027":                "sábado, 14 de mayo de 2027",
		"Saturday 14 May":                     "sábado, 14 de mayo",
		"12 March":                            "12 de marzo",
		"12 March 2027":                       "12 de marzo de 2027",
		"from 3 to 7 October":                 "3–7 de octubre",
		"from 28 September to 3 October 2027": "28 de septiembre\u2009–\u20093 de octubre de 2027",
		"16:30":                               "4:30\u202fp.m.",
		"4 pm":                                "4\u202fp.m.",
		"8:00 a.m.":                           "8:00\u202fa.m.",
		"8:00":                                "8:00",
		"Sunday":                              "domingo",
	},
	"fa": {
		"May 2027":                            "مهٔ ۲۰۲۷",
		"March":                               "مارس",
		"Saturday 14 May 2027":                "شنبه ۱۴ مهٔ ۲۰۲۷",
		"Saturday 14 May":                     "شنبه ۱۴ مه",
		"12 March":                            "۱۲ مارس",
		"12 March 2027":                       "۱۲ مارس ۲۰۲۷",
		"from 3 to 7 October":                 "۳ تا ۷ اکتبر",
		"from 28 September to 3 October 2027": "۲۸ سپتامبر تا ۳ اکتبر ۲۰۲۷",
		"16:30":                               "۱۶:۳۰",
		"4 pm":                                "۱۶:۰۰",
		"8:00 a.m.":                           "۸:۰۰",
		"8:00":                                "۸:۰۰",
		"Sunday":                              "یکشنبه",
	},
	"fr": {
		"Saturday 14 May 2027":                "samedi 14 mai 2027",
		"Saturday 14 May":                     "samedi 14 mai",
		"12 March":                            "12 mars",
		"12 March 2027":                       "12 mars 2027",
		"from 3 to 7 October":                 "3–7 octobre",
		"from 28 September to 3 October 2027": "28 septembre\u2009–\u20093 octobre 2027",
		"16:30":                               "16:30",
		"4 pm":                                "16:00",
		"8:00 a.m.":                           "08:00",
		"8:00":                                "8:00",
		"Sunday":                              "dimanche",
	},
	"hi": {
		"Saturday 14 May 2027":                "शनिवार, 14 मई 2027",
		"Saturday 14 May":                     "शनिवार, 14 मई",
		"12 March":                            "12 मार्च",
		"12 March 2027":                       "12 मार्च 2027",
		"from 3 to 7 October":                 "3\u2009–\u20097 अक्टूबर",
		"from 28 September to 3 October 2027": "28 सितंबर – 3 अक्टूबर 2027",
		"16:30":                               "4:30 pm",
		"4 pm":                                "4\u202fpm",
		"8:00 a.m.":                           "8:00 am",
		"8:00":                                "8:00",
		"Sunday":                              "रविवार",
	},
	"id": {
		"Saturday 14 May 2027":                "Sabtu, 14 Mei 2027",
		"Saturday 14 May":                     "Sabtu, 14 Mei",
		"12 March":                            "12 Maret",
		"12 March 2027":                       "12 Maret 2027",
		"from 3 to 7 October":                 "3–7 Oktober",
		"from 28 September to 3 October 2027": "28 September\u2009–\u20093 Oktober 2027",
		"16:30":                               "16.30",
		"4 pm":                                "16.00",
		"8:00 a.m.":                           "08.00",
		"8:00":                                "8.00",
		"Sunday":                              "Minggu",
	},
	"pt-BR": {
		"Saturday 14 May 2027":                "sábado, 14 de maio de 2027",
		"Saturday 14 May":                     "sábado, 14 de maio",
		"12 March":                            "12 de março",
		"12 March 2027":                       "12 de março de 2027",
		"from 3 to 7 October":                 "3\u2009–\u20097 de outubro",
		"from 28 September to 3 October 2027": "28 de setembro\u2009–\u20093 de outubro de 2027",
		"16:30":                               "16:30",
		"4 pm":                                "16:00",
		"8:00 a.m.":                           "08:00",
		"8:00":                                "8:00",
		"Sunday":                              "domingo",
	},
	"ru": {
		"May 2027":                            "май 2027\u202fг.",
		"March":                               "март",
		"Saturday 14 May 2027":                "суббота, 14 мая 2027\u202fг.",
		"Saturday 14 May":                     "суббота, 14 мая",
		"12 March":                            "12 марта",
		"12 March 2027":                       "12 марта 2027\u202fг.",
		"from 3 to 7 October":                 "3–7 октября",
		"from 28 September to 3 October 2027": "28 сентября – 3 октября 2027\u202fг.",
		"16:30":                               "16:30",
		"4 pm":                                "16:00",
		"8:00 a.m.":                           "08:00",
		"8:00":                                "8:00",
		"Sunday":                              "воскресенье",
	},
	"sw": {
		"Saturday 14 May 2027":                "Jumamosi, 14 Mei 2027",
		"Saturday 14 May":                     "Jumamosi, 14 Mei",
		"12 March":                            "12 Machi",
		"12 March 2027":                       "12 Machi 2027",
		"from 3 to 7 October":                 "3\u2009–\u20097 Oktoba",
		"from 28 September to 3 October 2027": "28 Septemba 2027\u2009–\u20093 Oktoba 2027",
		"16:30":                               "16:30",
		"4 pm":                                "16:00",
		"8:00 a.m.":                           "08:00",
		"8:00":                                "8:00",
		"Sunday":                              "Jumapili",
	},
	"ur": {
		"Saturday 14 May 2027":                "ہفتہ، 14 مئی، 2027",
		"Saturday 14 May":                     "ہفتہ، 14 مئی",
		"12 March":                            "12 مارچ",
		"12 March 2027":                       "12 مارچ، 2027",
		"from 3 to 7 October":                 "3–7 اکتوبر",
		"from 28 September to 3 October 2027": "28 ستمبر – 3 اکتوبر، 2027",
		"16:30":                               "4:30 PM",
		"4 pm":                                "4\u202fPM",
		"8:00 a.m.":                           "8:00 AM",
		"8:00":                                "8:00",
		"Sunday":                              "اتوار",
	},
	"zh-Hans": {
		"May 2027":                            "2027年5月",
		"March":                               "三月",
		"Saturday 14 May 2027":                "2027年5月14日星期六",
		"Saturday 14 May":                     "5月14日星期六",
		"12 March":                            "3月12日",
		"12 March 2027":                       "2027年3月12日",
		"from 3 to 7 October":                 "10月3日至7日",
		"from 28 September to 3 October 2027": "2027年9月28日\u2009–\u200910月3日",
		"16:30":                               "16:30",
		"4 pm":                                "16:00",
		"8:00 a.m.":                           "08:00",
		"8:00":                                "8:00",
		"Sunday":                              "星期日",
	},
}

func TestFormat(t *testing.T) {
	for tag, cases := range formatTests {
		for in, want := range cases {
			t.Run(tag+"/"+in, func(t *testing.T) {
				v, ok := Parse(in)
				if !ok {
					t.Fatalf("Parse(%q) refused", in)
				}
				got, err := Format(v, tag, Options{})
				if err != nil {
					t.Fatalf("Format(%q, %s): %v", in, tag, err)
				}
				if got != want {
					t.Errorf("Format(%q, %s) = %q, want %q", in, tag, got, want)
				}
			})
		}
	}
}

func TestFormatOptions(t *testing.T) {
	tests := map[string]struct {
		in, tag string
		opts    Options
		want    string
	}{
		"Persian native digits":    {"14 May 2027", "fa", Options{}, "۱۴ مهٔ ۲۰۲۷"},
		"Persian western digits":   {"14 May 2027", "fa", Options{WesternDigits: true}, "14 مهٔ 2027"},
		"Bengali western digits":   {"16:30", "bn", Options{WesternDigits: true}, "4:30 PM"},
		"Arabic defaults to 0-9":   {"12 March", "ar", Options{}, "12 مارس"},
		"Latin digits unchanged":   {"12 March", "es-419", Options{WesternDigits: true}, "12 de marzo"},
		"default content tag":      {"12 March", "pt", Options{}, "12 de março"},
		"tag case":                 {"12 March", "ZH-hans", Options{}, "3月12日"},
		"ISO date in digits":       {"2027-03-12", "es-419", Options{}, "12/03/2027"},
		"month in one digit":       {"25/3/2027", "ar", Options{}, "25\u200f/3\u200f/2027"},
		"numeric date, Russian":    {"25/03/2027", "ru", Options{}, "25.03.2027"},
		"numeric date, Chinese":    {"25/03/2027", "zh-Hans", Options{}, "2027年3月25日"},
		"numeric date, Arabic":     {"03/25/2027", "ar", Options{}, "25\u200f/03\u200f/2027"},
		"numeric date, Persian":    {"25/03/2027", "fa", Options{}, "۲۰۲۷/۰۳/۲۵"},
		"month-first range":        {"October 3–7, 2027", "zh-Hans", Options{}, "2027年10月3日\u2009–\u20097日"},
		"two months, no year":      {"from 28 September to 3 October", "fr", Options{}, "28 septembre\u2009–\u20093 octobre"},
		"Russian stand-alone":      {"Saturday, May 14", "ru", Options{}, "суббота, 14 мая"},
		"Persian stand-alone":      {"Saturday, May 14", "fa", Options{}, "شنبه ۱۴ مه"},
		"unmarked in 12-hour":      {"12:30", "en", Options{}, "12:30"},
		"unmarked in 24-hour":      {"8:00", "id", Options{}, "8.00"},
		"24-hour with zero":        {"08:00", "fr", Options{}, "08:00"},
		"midnight hour, 12-hour":   {"0:15", "en", Options{}, "12:15\u202fAM"},
		"noon":                     {"12 noon", "es-419", Options{}, "12\u202fp.m."},
		"whole hour in 24-hour":    {"8 am", "zh-Hans", Options{}, "08:00"},
		"minutes kept in 12-hour":  {"4:00 pm", "en", Options{}, "4:00\u202fPM"},
		"abbreviated source month": {"Sat 14 May", "en", Options{}, "Saturday, May 14"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			v, ok := Parse(tc.in)
			if !ok {
				t.Fatalf("Parse(%q) refused", tc.in)
			}
			got, err := Format(v, tc.tag, tc.opts)
			if err != nil {
				t.Fatalf("Format(%q, %s): %v", tc.in, tc.tag, err)
			}
			if got != tc.want {
				t.Errorf("Format(%q, %s) = %q, want %q", tc.in, tc.tag, got, tc.want)
			}
		})
	}
}

func TestFormatFails(t *testing.T) {
	tests := map[string]struct {
		v    Value
		tag  string
		want error
	}{
		"unknown language":           {date(12, time.March, 0), "de", ErrLocale},
		"region without own data":    {date(12, time.March, 0), "ar-MA", ErrLocale},
		"Spanish of Spain":           {date(12, time.March, 0), "es", ErrLocale},
		"not a tag":                  {date(12, time.March, 0), "not a tag", ErrLocale},
		"zero value":                 {Value{}, "en", ErrInvalid},
		"31 April":                   {date(31, time.April, 0), "en", ErrInvalid},
		"month 13":                   {date(1, 13, 0), "en", ErrInvalid},
		"three-digit year":           {date(1, time.May, 999), "en", ErrInvalid},
		"backwards range":            {days(7, 3, time.October, time.October, 0), "en", ErrInvalid},
		"range over two years":       {Value{Kind: KindRange, Date: Date{Year: 2026, Month: 12, Day: 28}, End: Date{Year: 2027, Month: 1, Day: 3}}, "en", ErrInvalid},
		"hour 24":                    {clock(24, 0, true, false), "en", ErrInvalid},
		"unmarked hour 0":            {clock(0, 30, true, true), "en", ErrInvalid},
		"minutes without the flag":   {clock(4, 30, false, false), "en", ErrInvalid},
		"weekday without HasWeekday": {Value{Kind: KindWeekday}, "en", ErrInvalid},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := Format(tc.v, tc.tag, Options{})
			if !errors.Is(err, tc.want) {
				t.Errorf("Format(%+v, %q) = %q, %v; want error %v", tc.v, tc.tag, got, err, tc.want)
			}
		})
	}
}

func TestEnglishNamesFindsWholeNamesOnly(t *testing.T) {
	cases := map[string][]string{
		"Come on Sunday 12 March.":           {"Sunday", "March"},
		"Le marché ouvre. Marché, Mayo, may": nil,
		"الثلاثاء May 5":                     {"May"},
		"3月12日":                              nil,
	}
	for text, want := range cases {
		if got := EnglishNames(text); !slices.Equal(got, want) {
			t.Errorf("EnglishNames(%q) = %q, want %q", text, got, want)
		}
	}
}
