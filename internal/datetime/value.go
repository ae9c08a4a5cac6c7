package datetime

import (
	"errors"
	"fmt"
	"time"
)

// ErrInvalid reports a Value that does not name a real date or time.
var ErrInvalid = errors.New("invalid date or time")

// Kind tells which fields of a Value the source gave.
type Kind int

// The kinds of value Parse reads.
const (
	KindDate    Kind = iota + 1 // a day of a month, maybe with a year and a weekday: "Saturday 14 May"
	KindWeekday                 // a weekday alone: "Sunday"
	KindRange                   // consecutive days, first to last: "from 3 to 7 October"
	KindTime                    // a time of day: "4:30 p.m."
	KindMonth                   // a month, maybe with a year: "May 2027", "March"
)

// Value is one date, weekday, range of days or time, as the source wrote it.
type Value struct {
	Kind  Kind
	Date  Date  // the date (KindDate), the weekday (KindWeekday), the first day (KindRange) or the month (KindMonth, Day 0)
	End   Date  // the last day of a KindRange, in the same year as Date
	Clock Clock // the time of a KindTime
}

// Date is a day as the source gave it.
type Date struct {
	Year       int // 0 when the source gives none
	Month      time.Month
	Day        int
	Weekday    time.Weekday
	HasWeekday bool // the source names the weekday
	// Numeric is a date the source writes in digits only ("25/03/2027",
	// "2027-03-12"); Format writes it in digits too, in the language's
	// order and separators.
	Numeric bool
	// Padded is a numeric date whose day and month the source writes with
	// two digits ("05/03/2027", "2027-03-05"); Format writes them so too,
	// where the language's pattern would not ("5/3/2027").
	Padded bool
}

// Clock is a time of day as the source gave it.
type Clock struct {
	Hour    int  // 0–23; 1–12 when Unmarked
	Minute  int  // 0–59
	Minutes bool // the source writes the minutes ("4:00 pm", not "4 pm")
	// Unmarked is a time written without am/pm and without a leading zero
	// ("8:00", "12:30"), whose morning or evening the source leaves open.
	Unmarked bool
}

// check reports whether v is a real date, range or time.
func (v Value) check() error {
	switch v.Kind {
	case KindDate:
		return v.Date.check()
	case KindWeekday:
		if !v.Date.HasWeekday || v.Date.Weekday < time.Sunday || v.Date.Weekday > time.Saturday {
			return fmt.Errorf("%w: no weekday", ErrInvalid)
		}
		return nil
	case KindRange:
		return checkRange(v.Date, v.End)
	case KindTime:
		return v.Clock.check()
	case KindMonth:
		d := v.Date
		if d.Day != 0 || d.HasWeekday || d.Numeric || d.Month < time.January || d.Month > time.December {
			return fmt.Errorf("%w: month %d", ErrInvalid, d.Month)
		}
		if d.Year != 0 && (d.Year < 1000 || d.Year > 9999) {
			return fmt.Errorf("%w: year %d", ErrInvalid, d.Year)
		}
		return nil
	}
	return fmt.Errorf("%w: kind %d", ErrInvalid, v.Kind)
}

func (d Date) check() error {
	if d.HasWeekday && (d.Weekday < time.Sunday || d.Weekday > time.Saturday) {
		return fmt.Errorf("%w: weekday %d", ErrInvalid, d.Weekday)
	}
	if d.Year != 0 && (d.Year < 1000 || d.Year > 9999) {
		return fmt.Errorf("%w: year %d", ErrInvalid, d.Year)
	}
	if d.Month < time.January || d.Month > time.December || d.Day < 1 || d.Day > daysIn(d.Month, d.Year) {
		return fmt.Errorf("%w: %d %s", ErrInvalid, d.Day, d.Month)
	}
	return nil
}

// checkRange checks that first and last are days of one year, last later.
func checkRange(first, last Date) error {
	if first.HasWeekday || last.HasWeekday {
		return fmt.Errorf("%w: weekday in a range", ErrInvalid)
	}
	if first.Year != last.Year {
		return fmt.Errorf("%w: range over two years", ErrInvalid)
	}
	if err := first.check(); err != nil {
		return err
	}
	if err := last.check(); err != nil {
		return err
	}
	if last.Month < first.Month || last.Month == first.Month && last.Day <= first.Day {
		return fmt.Errorf("%w: range ends before it starts", ErrInvalid)
	}
	return nil
}

func (c Clock) check() error {
	ok := c.Minute >= 0 && c.Minute < 60 && (c.Minutes || c.Minute == 0)
	if c.Unmarked {
		ok = ok && c.Hour >= 1 && c.Hour <= 12
	} else {
		ok = ok && c.Hour >= 0 && c.Hour < 24
	}
	if !ok {
		return fmt.Errorf("%w: %d:%02d", ErrInvalid, c.Hour, c.Minute)
	}
	return nil
}

// daysIn returns the days of month in year; February has 29 when the year is
// not known (0), since the source may mean a leap year.
func daysIn(m time.Month, year int) int {
	if m == time.February && year == 0 {
		return 29
	}
	if year == 0 {
		year = 2001
	}
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
