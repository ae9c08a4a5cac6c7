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
// digits with 年, 月 and 日: a day ("2027年5月4日", "5月4日", KindDate) or a
// month of a year ("2027年5月", KindMonth). A month alone ("5月") is not
// read: "6月龄" is an age in months.
func ParseHan(text string) (Value, bool) {
	m := hanDate.FindStringSubmatch(text)
	if m == nil || m[1] == "" && m[3] == "" {
		return Value{}, false
	}
	var d Date
	d.Year, _ = strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	d.Month = time.Month(month)
	v := Value{Kind: KindMonth, Date: d}
	if m[3] != "" {
		v.Kind = KindDate
		v.Date.Day, _ = strconv.Atoi(m[3])
	}
	if v.check() != nil {
		return Value{}, false
	}
	return v, true
}
