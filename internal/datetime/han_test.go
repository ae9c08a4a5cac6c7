package datetime

import (
	"testing"
	"time"
)

func TestParseHanReadsChineseDates(t *testing.T) {
	tests := map[string]Value{
		"2027年5月4日": date(4, time.May, 2027),
		"5月4日":      date(4, time.May, 0),
		"5月4号":      date(4, time.May, 0),
		"2027年5月":   {Kind: KindMonth, Date: Date{Month: time.May, Year: 2027}},
		"5月":        {Kind: KindMonth, Date: Date{Month: time.May}},
	}
	for in, want := range tests {
		if got, ok := ParseHan(in); !ok || got != want {
			t.Errorf("ParseHan(%q) = %+v, %v, want %+v", in, got, ok, want)
		}
	}
	for _, in := range []string{"13月", "6月龄", "2月30日", "13月1日", "27年5月4日", "2027年5月4日前"} {
		if got, ok := ParseHan(in); ok {
			t.Errorf("ParseHan(%q) = %+v, want refusal", in, got)
		}
	}
}

func TestAChineseDateIsWrittenInEnglish(t *testing.T) {
	v, _ := ParseHan("2027年5月4日")
	if got, err := Format(v, "en", Options{}); err != nil || got != "May 4, 2027" {
		t.Errorf("Format = %q, %v, want May 4, 2027", got, err)
	}
}
