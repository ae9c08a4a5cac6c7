package tokenize

import "strings"

// Placeholder matchers: each returns the end of the placeholder starting at
// s[i], or 0 when there is none. Each looks ahead a bounded distance (a URL
// runs to the next space, but always succeeds once started), so a long line
// stays linear.

// digitsAt counts the digits (Nd of any script) from s[i]; it returns their
// number, the end index and their value (only meaningful for short runs).
func digitsAt(s string, i int) (n, end, value int) {
	end = i
	for {
		r, size := decode(s, end)
		if classOf(r) != clsDigit {
			return n, end, value
		}
		d := DigitValue(r)
		n++
		end += size
		if n <= 6 {
			value = value*10 + d
		}
	}
}

// endsWord reports whether s[i] can follow a placeholder: anything but a letter,
// mark or digit of a spaced script (a no-space script may follow directly).
func endsWord(s string, i int) bool {
	r, _ := decode(s, i)
	return !isWordClass(classOf(r))
}

// matchNumber matches digits with inner separators (1,000 3.5 ٣٫٥ 2½) and an
// optional sign. A number directly followed by letters is part of a word
// ("10mg", "2.5mg", "5G", "19th", Bengali "39,768টি") and not matched.
func matchNumber(s string, i int) int {
	j := i
	if r, size := decode(s, j); r == '-' || r == '+' || r == '−' {
		j += size
	}
	start := j
	for {
		r, size := decode(s, j)
		c := classOf(r)
		if c == clsDigit || c == clsNumber {
			j += size
			continue
		}
		if j > start && isNumberSep(r) {
			if n, _ := decode(s, j+size); classOf(n) == clsDigit {
				j += size
				continue
			}
		}
		break
	}
	if j == start || !endsWord(s, j) {
		return 0
	}
	return j
}

// isNumberSep reports decimal and thousands separators, including the Arabic
// ones and the Arabic comma that Kurdish and Persian writers use as a decimal point.
func isNumberSep(r rune) bool { return r == '.' || r == ',' || r == '٫' || r == '٬' || r == '،' }

// matchDate matches d/m/y, m/d/y and y-m-d with one separator (/ - .) used
// twice, in any script's digits: 12/03/2024, 2024-03-12, 12.03.24, ۱۴۰۲/۰۱/۱۵.
func matchDate(s string, i int) int {
	n1, j, v1 := digitsAt(s, i)
	if n1 != 1 && n1 != 2 && n1 != 4 || j >= len(s) {
		return 0
	}
	sep := s[j]
	if sep != '/' && sep != '-' && sep != '.' {
		return 0
	}
	n2, j, v2 := digitsAt(s, j+1)
	if n2 < 1 || n2 > 2 || j >= len(s) || s[j] != sep {
		return 0
	}
	n3, j, v3 := digitsAt(s, j+1)
	if n1 == 4 {
		if n3 < 1 || n3 > 2 || v2 < 1 || v2 > 12 || v3 < 1 || v3 > 31 {
			return 0
		}
	} else if n3 != 2 && n3 != 4 || v1 < 1 || v2 < 1 || v1 > 31 || v2 > 31 || v1 > 12 && v2 > 12 {
		return 0
	}
	if !endsWord(s, j) || followsDigitAfterSep(s, j) {
		return 0
	}
	return j
}

// followsDigitAfterSep reports "1.2.3.4"-like continuations that make a match a number instead.
func followsDigitAfterSep(s string, j int) bool {
	if j+1 >= len(s) || strings.IndexByte("./-,:", s[j]) < 0 {
		return false
	}
	r, _ := decode(s, j+1)
	return classOf(r) == clsDigit
}

// matchTime matches 14:30, 14:30:05, 8:00 a.m., 9.30am, 9pm, 4 pm, 9 a.m.,
// the French 14h30 and 14h, and the Ethiopic 8፡00.
func matchTime(s string, i int) int {
	n, j, hour := digitsAt(s, i)
	if n < 1 || n > 2 || hour > 24 {
		return 0
	}
	colon := 0 // the size of a colon at s[j]: Ethiopic texts write 8፡00
	if j < len(s) && s[j] == ':' {
		colon = 1
	} else if strings.HasPrefix(s[j:], "፡") {
		colon = len("፡")
	}
	switch {
	case colon > 0:
		m, k, min := digitsAt(s, j+colon)
		if m != 2 || min > 59 {
			return 0
		}
		j = k
		if j < len(s) && s[j] == ':' {
			if m, k, sec := digitsAt(s, j+1); m == 2 && sec <= 60 {
				j = k
			}
		}
		if k := matchAmPm(s, j, true); k > 0 {
			j = k
		}
	case j < len(s) && s[j] == '.':
		m, k, min := digitsAt(s, j+1)
		if m != 2 || min > 59 {
			return 0
		}
		if j = matchAmPm(s, k, true); j == 0 {
			return 0
		}
	case j < len(s) && s[j] == 'h':
		j++
		if m, k, min := digitsAt(s, j); m == 2 && min <= 59 {
			j = k
		} else if m != 0 {
			return 0
		}
	default:
		// A bare hour from 1 to 12 takes a spaced pm ("4 pm"), never a
		// spaced am, which is also a word ("9 am I").
		spacedPM := hour >= 1 && hour <= 12 && j+1 < len(s) && s[j] == ' ' && s[j+1]|0x20 == 'p'
		if j = matchAmPm(s, j, spacedPM); j == 0 {
			return 0
		}
	}
	if !endsWord(s, j) || followsDigitAfterSep(s, j) {
		return 0
	}
	return j
}

// matchAmPm matches am, pm, a.m. or p.m. (any case) at s[i], after one space
// when spaced is true or when the dotted form makes it unambiguous.
func matchAmPm(s string, i int, spaced bool) int {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j+1 >= len(s) || s[j]|0x20 != 'a' && s[j]|0x20 != 'p' {
		return 0
	}
	if s[j+1]|0x20 == 'm' && (j == i || spaced) {
		j += 2
	} else if j+3 < len(s) && s[j+1] == '.' && s[j+2]|0x20 == 'm' && s[j+3] == '.' {
		j += 4
	} else {
		return 0
	}
	if !endsWord(s, j) {
		return 0
	}
	return j
}

// phone collects what matchPhone has seen, to judge bare digit groups.
type phone struct {
	digits, groups, firstLen int
	firstZero, paren         bool
	space, hyphen, dot       bool
	thousands                bool // every group after the first has 3 digits
}

// matchPhone matches telephone numbers: 7 to 15 digits in groups separated by
// one space, hyphen or dot, with an optional leading + and groups in
// parentheses: +254 712 345 678, (020) 7946 0958, 0800-123-456, 555-1234.
// Bare groups that read better as other things are refused: 2019-2020 (years),
// 1 000 000 and 1.234.567 (thousands), 2020 1234567 (two numbers).
func matchPhone(s string, i int) int {
	p := phone{thousands: true}
	j, end := i, 0
	if s[j] == '+' {
		j++
	}
	var sep byte // the separator before the group being read
	for {
		k, n, paren := phoneGroup(s, j)
		if n == 0 || p.groups > 0 && n < 2 && !paren || p.digits+n > 15 || !paren && !endsWord(s, k) && s[k] != '(' {
			break
		}
		p.add(s, j, n, paren, sep)
		j, end = k, k
		sep = 0
		if j+1 < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '.') {
			sep = s[j]
			j++
		} else if s[j-1] != ')' && (j >= len(s) || s[j] != '(') {
			break
		}
	}
	if p.digits < 7 || !p.accept(s[i] == '+') {
		return 0
	}
	return end
}

// phoneGroup reads digits, or digits in parentheses, at s[j].
func phoneGroup(s string, j int) (end, n int, paren bool) {
	if j < len(s) && s[j] == '(' {
		n, end, _ = digitsAt(s, j+1)
		if n == 0 || end >= len(s) || s[end] != ')' {
			return j, 0, false
		}
		return end + 1, n, true
	}
	n, end, _ = digitsAt(s, j)
	return end, n, false
}

func (p *phone) add(s string, j, n int, paren bool, sep byte) {
	if p.groups == 0 {
		p.firstLen = n
		if paren {
			j++
		}
		r, _ := decode(s, j)
		p.firstZero = DigitValue(r) == 0
	} else if n != 3 {
		p.thousands = false
	}
	p.digits += n
	p.groups++
	p.paren = p.paren || paren
	p.space = p.space || sep == ' '
	p.hyphen = p.hyphen || sep == '-'
	p.dot = p.dot || sep == '.'
}

func (p *phone) accept(plus bool) bool {
	switch {
	case plus || p.paren:
		return true
	case p.groups < 2:
		return false // one run of digits is a number
	case p.space && !p.firstZero:
		return false // 1 000 000, or two numbers side by side
	case p.dot && !p.space && !p.hyphen && p.thousands:
		return false // 1.234.567
	case p.hyphen && !p.space && !p.dot && p.groups == 2 && !p.firstZero && p.firstLen != 3:
		return false // 2019-2020
	}
	return true
}
