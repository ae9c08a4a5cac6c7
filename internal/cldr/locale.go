package cldr

import (
	"sort"

	"golang.org/x/text/language"
)

// Locale is one language's calendar, time and digit data from CLDR.
type Locale struct {
	Tag    string // the BCP 47 tag the app uses, as "pt-BR"
	Source string // the CLDR locale the data was read from, as "pt"

	Months               [12]string // format context, wide: Russian "марта"
	MonthsAbbr           [12]string // format context, abbreviated
	MonthsStandAlone     [12]string // stand-alone context, wide: Russian "март"
	MonthsStandAloneAbbr [12]string // stand-alone context, abbreviated

	Weekdays           [7]string // format context, wide, indexed by time.Weekday
	WeekdaysAbbr       [7]string // format context, abbreviated
	WeekdaysStandAlone [7]string // stand-alone context, wide

	AM string // the abbreviated morning day period, format context
	PM string // the abbreviated afternoon day period, format context

	Patterns Patterns
	Numbers  Numbers
}

// Patterns are CLDR date and time patterns (UTS #35 syntax, read with
// package pattern).
type Patterns struct {
	DayMonth            string // skeleton MMMMd: "d 'de' MMMM"
	DayMonthYear        string // skeleton yMMMMd
	WeekdayDayMonth     string // skeleton MMMMEEEEd
	WeekdayDayMonthYear string // skeleton yMMMMEEEEd
	NumericDate         string // skeleton yMd: "d/M/y", "dd.MM.y", "y/M/d"
	MonthYear           string // skeleton yMMMM: "MMMM 'de' y", "y年M月"

	Time        string // the short time format: "HH:mm" or "h:mm a"
	Hour        string // a whole hour in a 12-hour locale ("h a"); empty in a 24-hour one
	ClockTime   string // Time with no day period and an unpadded hour, for a time whose morning or evening is unknown
	Hour12      bool   // whether Time counts hours from 1 to 12 with a day period
	DayRange    string // interval MMMMd, greatest difference day: "d–d 'de' MMMM"
	MonthRange  string // interval MMMMd, greatest difference month
	DayRangeY   string // interval yMMMMd, greatest difference day
	MonthRangeY string // interval yMMMMd, greatest difference month
}

// Numbers is the locale's default numbering system.
type Numbers struct {
	System  string // CLDR's defaultNumberingSystem, as "latn" or "arabext"
	Digits  string // the system's ten digits, zero first
	Decimal string // the decimal separator of that system
	Group   string // the grouping separator of that system
	Native  string // CLDR's native numbering system, which need not be the default
}

// For returns the data for a BCP 47 tag: one of [Tags], or a tag CLDR treats
// as the same locale (its default content, as "pt" for "pt-BR" or "zh" for
// "zh-Hans"). Any other tag is refused rather than approximated: "ar-MA"
// writes other digits than "ar", "es" other times than "es-419".
func For(tag string) (*Locale, bool) {
	t, err := language.Parse(tag)
	if err != nil {
		return nil, false
	}
	i, ok := byTag[t.String()]
	if !ok {
		// A tag given without its script, as "zh" or "zh-CN", is the locale
		// of its likely script when that is one of ours ("zh-Hans-CN").
		base, _ := t.Base()
		script, _ := t.Script()
		region, _ := t.Region()
		likely, err := language.Compose(base, script, region)
		if err != nil {
			return nil, false
		}
		if i, ok = byTag[likely.String()]; !ok {
			return nil, false
		}
	}
	return &locales[i], true
}

// Tags returns the tags that have data, sorted.
func Tags() []string {
	tags := make([]string, len(locales))
	for i := range locales {
		tags[i] = locales[i].Tag
	}
	sort.Strings(tags)
	return tags
}
