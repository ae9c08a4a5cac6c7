package datetime

import (
	"testing"
	"time"
)

func date(day int, m time.Month, year int) Value {
	return Value{Kind: KindDate, Date: Date{Year: year, Month: m, Day: day}}
}

// numeric marks a date written in digits only.
func (v Value) numeric() Value {
	v.Date.Numeric = true
	return v
}

// padded marks a date written in digits, day and month with two each.
func (v Value) padded() Value {
	v.Date.Numeric, v.Date.Padded = true, true
	return v
}

func withWeekday(v Value, w time.Weekday) Value {
	v.Date.Weekday, v.Date.HasWeekday = w, true
	return v
}

func days(first, last int, m1, m2 time.Month, year int) Value {
	return Value{Kind: KindRange, Date: Date{Year: year, Month: m1, Day: first}, End: Date{Year: year, Month: m2, Day: last}}
}

func clock(h, m int, minutes, unmarked bool) Value {
	return Value{Kind: KindTime, Clock: Clock{Hour: h, Minute: m, Minutes: minutes, Unmarked: unmarked}}
}

func TestParse(t *testing.T) {
	tests := map[string]struct {
		in   string
		want Value
	}{
		"day month":                {"12 March", date(12, time.March, 0)},
		"month day":                {"March 12", date(12, time.March, 0)},
		"day month year":           {"12 March 2027", date(12, time.March, 2027)},
		"month day comma year":     {"March 12, 2027", date(12, time.March, 2027)},
		"ordinal":                  {"12th March", date(12, time.March, 0)},
		"ordinal of":               {"1st of April", date(1, time.April, 0)},
		"month ordinal":            {"March 22nd", date(22, time.March, 0)},
		"abbreviated month":        {"12 Mar 2027", date(12, time.March, 2027)},
		"abbreviated month dot":    {"12 Mar. 2027", date(12, time.March, 2027)},
		"capitals":                 {"12 MARCH 2027", date(12, time.March, 2027)},
		"29 February, no year":     {"29 February", date(29, time.February, 0)},
		"29 February leap year":    {"29 February 2028", date(29, time.February, 2028)},
		"surrounding space":        {"  12 March ", date(12, time.March, 0)},
		"weekday day month":        {"Saturday 14 May", withWeekday(date(14, time.May, 0), time.Saturday)},
		"weekday comma with year":  {"Saturday, 14 May 2027", withWeekday(date(14, time.May, 2027), time.Saturday)},
		"weekday month day":        {"Saturday, May 14", withWeekday(date(14, time.May, 0), time.Saturday)},
		"abbreviated weekday":      {"Sat 14 May", withWeekday(date(14, time.May, 0), time.Saturday)},
		"weekday kept unchecked":   {"Monday 14 May 2027", withWeekday(date(14, time.May, 2027), time.Monday)},
		"weekday alone":            {"Sunday", Value{Kind: KindWeekday, Date: Date{Weekday: time.Sunday, HasWeekday: true}}},
		"month alone":              {"March", Value{Kind: KindMonth, Date: Date{Month: time.March}}},
		"month and year":           {"May 2027", Value{Kind: KindMonth, Date: Date{Month: time.May, Year: 2027}}},
		"abbreviated month year":   {"Sep 2027", Value{Kind: KindMonth, Date: Date{Month: time.September, Year: 2027}}},
		"from to":                  {"from 3 to 7 October", days(3, 7, time.October, time.October, 0)},
		"From capitalised":         {"From 3 to 7 October", days(3, 7, time.October, time.October, 0)},
		"en dash":                  {"3–7 October", days(3, 7, time.October, time.October, 0)},
		"hyphen with spaces":       {"3 - 7 October 2027", days(3, 7, time.October, time.October, 2027)},
		"month first range":        {"October 3–7, 2027", days(3, 7, time.October, time.October, 2027)},
		"until":                    {"3 until 7 October", days(3, 7, time.October, time.October, 0)},
		"two months":               {"from 28 September to 3 October", days(28, 3, time.September, time.October, 0)},
		"two months month first":   {"September 28 – October 3, 2027", days(28, 3, time.September, time.October, 2027)},
		"ISO":                      {"2027-03-12", date(12, time.March, 2027).padded()},
		"day over 12 first":        {"25/03/2027", date(25, time.March, 2027).padded()},
		"day over 12 second":       {"03/25/2027", date(25, time.March, 2027).padded()},
		"day equals month":         {"12.12.2027", date(12, time.December, 2027).padded()},
		"month in one digit":       {"25/3/2027", date(25, time.March, 2027).numeric()},
		"24-hour":                  {"16:30", clock(16, 30, true, false)},
		"leading zero is 24-hour":  {"08:00", clock(8, 0, true, false)},
		"midnight hour":            {"0:15", clock(0, 15, true, false)},
		"unmarked":                 {"8:00", clock(8, 0, true, true)},
		"unmarked twelve":          {"12:30", clock(12, 30, true, true)},
		"pm":                       {"4 pm", clock(16, 0, false, false)},
		"pm no space":              {"4pm", clock(16, 0, false, false)},
		"p.m. with minutes":        {"4:30 p.m.", clock(16, 30, true, false)},
		"a.m.":                     {"8:00 a.m.", clock(8, 0, true, false)},
		"AM capitals":              {"8 AM", clock(8, 0, false, false)},
		"dot minutes with pm":      {"4.30 pm", clock(16, 30, true, false)},
		"twelve thirty am":         {"12:30 am", clock(0, 30, true, false)},
		"twelve thirty pm":         {"12:30 pm", clock(12, 30, true, false)},
		"noon":                     {"12 noon", clock(12, 0, false, false)},
		"weekday and capital date": {"SATURDAY 14 MAY", withWeekday(date(14, time.May, 0), time.Saturday)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := Parse(tc.in)
			if !ok {
				t.Fatalf("Parse(%q) refused, want %+v", tc.in, tc.want)
			}
			if got != tc.want {
				t.Errorf("Parse(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	tests := map[string]string{
		"empty":                      "",
		"31 April":                   "31 April",
		"30 February":                "30 February",
		"29 February common year":    "29 February 2027",
		"day 0":                      "0 March",
		"day 32":                     "32 March",
		"lowercase month":            "12 may",
		"abbreviated month alone":    "Mar",
		"lowercase month alone":      "may",
		"day alone":                  "12",
		"two-digit year":             "12 March 27",
		"wrong ordinal":              "12st March",
		"no space":                   "12March",
		"trailing word":              "12 March at noon",
		"trailing comma":             "12 March,",
		"sentence":                   "The clinic opens on 12 March",
		"ambiguous numeric":          "12/03/2027",
		"numeric two-digit year":     "25/03/27",
		"numeric mixed separators":   "25/03-2027",
		"numeric no year":            "25/03",
		"invalid numeric":            "31/04/2027",
		"ISO one-digit month":        "2027-3-12",
		"ISO invalid":                "2027-02-30",
		"range backwards":            "from 7 to 3 October",
		"range same day":             "3–3 October",
		"range over new year":        "28 December – 3 January",
		"range with weekday":         "from Monday 3 to Friday 7 October",
		"range missing month":        "from 3 to 7",
		"range mixed order":          "3 October – November 7",
		"from alone":                 "from 3 October",
		"from without space":         "from3 to 7 October",
		"12 pm":                      "12 pm",
		"12:00 a.m.":                 "12:00 a.m.",
		"13 pm":                      "13 pm",
		"16:30 pm":                   "16:30 pm",
		"hour alone":                 "4",
		"24:00":                      "24:00",
		"minute 60":                  "7:60",
		"one-digit minute":           "4:5 pm",
		"seconds":                    "16:30:00",
		"space in time":              "16 : 30",
		"dot time without period":    "4.30",
		"a.m without final dot":      "8 a.m",
		"weekday with trailing text": "Sunday morning",
		"lowercase weekday":          "sunday",
		"unknown character":          "12 March!",
		"midnight":                   "12 midnight",
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			if got, ok := Parse(in); ok {
				t.Errorf("Parse(%q) = %+v, want refusal", in, got)
			}
		})
	}
}
