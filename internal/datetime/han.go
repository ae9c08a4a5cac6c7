package datetime

import (
	"regexp"
	"strconv"
	"time"
)

// hanDate is a date as Chinese and Japanese write it: "2027年5月4日",
// "5月4日" (日 or 号) or "2027年5月".
var hanDate = regexp.MustCompile(`^(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})[日号])?$`)

// ParseHan reads text, all of it, as a date written the Chinese way, in
// digits with 年, 月 and 日: a day ("2027年5月4日", "5月4日", KindDate), a
// month of a year ("2027年5月", KindMonth) or a month alone ("5月",
// KindMonth with no year). Whether "6月" is a month is for the text around
// it to say: "6月龄" is an age in months (the tokenizer keeps it apart).
func ParseHan(text string) (Value, bool) {
	m := hanDate.FindStringSubmatch(text)
	if m == nil {
		return Value{}, false
	}
	v := Value{Kind: KindMonth, Date: Date{Year: digits(m[1]), Month: time.Month(digits(m[2]))}}
	if m[3] != "" {
		v.Kind, v.Date.Day = KindDate, digits(m[3])
	}
	if v.check() != nil {
		return Value{}, false
	}
	return v, true
}

// digits returns the value of at most four ASCII digits, 0 for none.
func digits(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0 // "" (no year); the pattern lets nothing else through
	}
	return n
}
