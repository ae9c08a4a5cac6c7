package tokenize

import "strings"

// fullMonths are the English month names, written with a capital: dates
// are only recognised with one, since "may" is also a verb.
var fullMonths = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
}

// months are the full names and their usual abbreviations.
var months = func() map[string]bool {
	m := map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
		"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true}
	for name := range fullMonths {
		m[name] = true
	}
	return m
}()

// matchWrittenDate matches an English date written with its month's name:
// "7 June 2027", "7 June", "June 7, 2027", "June 7" and "June 2027". Such a
// date becomes one placeholder, copied exactly into a translation: a phrase
// model that learnt dates from a few sentences could otherwise swap one
// month for another, which a health notice must never do.
func matchWrittenDate(s string, i int) int {
	if n, j, day := digitsAt(s, i); n > 0 {
		if n > 2 || day < 1 || day > 31 || !strings.HasPrefix(s[j:], " ") {
			return 0
		}
		end := monthAt(s, j+1)
		if end == 0 {
			return 0
		}
		if y := yearAt(s, end, " "); y > 0 {
			return y
		}
		return end
	}
	end := monthAt(s, i)
	if end == 0 || !strings.HasPrefix(s[end:], " ") {
		return 0
	}
	if y := yearAt(s, end, " "); y > 0 { // June 2027
		return y
	}
	n, j, day := digitsAt(s, end+1)
	if n < 1 || n > 2 || day < 1 || day > 31 || !endsWord(s, j) {
		return 0
	}
	if y := yearAt(s, j, ", "); y > 0 {
		return y
	}
	return j
}

// monthAt returns the end of a month name starting at s[i], or 0.
func monthAt(s string, i int) int {
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i || !months[s[i:j]] || !endsWord(s, j) {
		return 0
	}
	return j
}

// yearAt returns the end of sep and a four-digit year at s[i], or 0.
func yearAt(s string, i int, sep string) int {
	if !strings.HasPrefix(s[i:], sep) {
		return 0
	}
	n, j, _ := digitsAt(s, i+len(sep))
	if n != 4 || !endsWord(s, j) {
		return 0
	}
	return j
}

// matchHanDate matches a date as Chinese and Japanese write it, in digits
// with the year, month and day characters: "2027年5月4日", "5月4日" and
// "2027年5月" (日 may be 号). A month alone ("5月") is not one: "6月龄" is an
// age. Such a date becomes one placeholder, as an English one does, so that
// a translation writes it whole in its own language's form.
func matchHanDate(s string, i int) int {
	n, j, v := digitsAt(s, i)
	if n == 4 && strings.HasPrefix(s[j:], "年") {
		m, k, month := digitsAt(s, j+len("年"))
		if m < 1 || m > 2 || month < 1 || month > 12 || !strings.HasPrefix(s[k:], "月") {
			return 0
		}
		k += len("月")
		if end := hanDay(s, k); end > 0 {
			return end
		}
		return k
	}
	if n < 1 || n > 2 || v < 1 || v > 12 || !strings.HasPrefix(s[j:], "月") {
		return 0
	}
	return hanDay(s, j+len("月"))
}

// matchHanMonth matches a month alone as Chinese and Japanese write it, in
// digits with 月 ("8月"), not before 龄 ("6月龄" is an age in months) or a
// digit. It is a word, as an English month name is ("in August" is "在8月"):
// cut into a number and 月, the number would be a value with nothing to
// align to in English, and "August" would learn "月" alone.
func matchHanMonth(s string, i int) int {
	n, j, v := digitsAt(s, i)
	if n < 1 || n > 2 || v < 1 || v > 12 || !strings.HasPrefix(s[j:], "月") {
		return 0
	}
	j += len("月")
	if strings.HasPrefix(s[j:], "龄") || classOf(peek(s, j)) == clsDigit {
		return 0
	}
	return j
}

// IsHanMonth reports whether w is a month alone as Chinese and Japanese
// write it ("8月"): the word matchHanMonth cuts.
func IsHanMonth(w string) bool { return w != "" && matchHanMonth(w, 0) == len(w) }

// hanDay returns the end of a day of the month and its 日 or 号 at s[i], or 0.
func hanDay(s string, i int) int {
	n, j, day := digitsAt(s, i)
	if n < 1 || n > 2 || day < 1 || day > 31 {
		return 0
	}
	for _, mark := range []string{"日", "号"} {
		if strings.HasPrefix(s[j:], mark) {
			return j + len(mark)
		}
	}
	return 0
}
