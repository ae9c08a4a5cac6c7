package cldr

import (
	"slices"
	"testing"
	"unicode/utf8"

	"tafsiri/internal/cldr/pattern"
)

func TestFor(t *testing.T) {
	tests := map[string]struct {
		tag, want string // want is the Locale's Tag, "" for a refusal
	}{
		"app tag":                 {"es-419", "es-419"},
		"region of default":       {"pt-BR", "pt-BR"},
		"default content":         {"pt", "pt-BR"},
		"script":                  {"zh-Hans", "zh-Hans"},
		"script and region":       {"zh-Hans-CN", "zh-Hans"},
		"lowercase":               {"zh-hans", "zh-Hans"},
		"likely script":           {"zh", "zh-Hans"},
		"likely script of region": {"zh-CN", "zh-Hans"},
		"Chinese of Taiwan":       {"zh-TW", ""},
		"Arabic world":            {"ar-001", "ar"},
		"English US":              {"en-US", "en"},
		"Spanish of Spain":        {"es", ""},
		"Portuguese of Portugal":  {"pt-PT", ""},
		"Moroccan Arabic":         {"ar-MA", ""},
		"British English":         {"en-GB", ""},
		"language not in the app": {"de", ""},
		"not a tag":               {"!!", ""},
		"empty":                   {"", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			loc, ok := For(tc.tag)
			got := ""
			if ok {
				got = loc.Tag
			}
			if got != tc.want {
				t.Errorf("For(%q) = %q, want %q", tc.tag, got, tc.want)
			}
		})
	}
}

func TestTags(t *testing.T) {
	want := []string{"ar", "bn", "en", "es-419", "fa", "fr", "hi", "id", "pt-BR", "ru", "sw", "ur", "zh-Hans"}
	if got := Tags(); !slices.Equal(got, want) {
		t.Errorf("Tags() = %v, want %v", got, want)
	}
}

// TestTables checks what the formatter relies on in every locale: patterns
// that parse, ten digits, a name for every month and weekday.
func TestTables(t *testing.T) {
	for _, tag := range Tags() {
		t.Run(tag, func(t *testing.T) {
			loc, ok := For(tag)
			if !ok {
				t.Fatalf("For(%q) refused a tag of Tags()", tag)
			}
			p := loc.Patterns
			for _, s := range []string{p.DayMonth, p.DayMonthYear, p.WeekdayDayMonth, p.WeekdayDayMonthYear, p.NumericDate,
				p.Time, p.ClockTime, p.DayRange, p.MonthRange, p.DayRangeY, p.MonthRangeY} {
				if _, err := pattern.Parse(s); err != nil || s == "" {
					t.Errorf("pattern %q: %v", s, err)
				}
			}
			if (p.Hour != "") != p.Hour12 {
				t.Errorf("Hour %q with Hour12 %v", p.Hour, p.Hour12)
			}
			if n := utf8.RuneCountInString(loc.Numbers.Digits); n != 10 {
				t.Errorf("%d digits in %q", n, loc.Numbers.Digits)
			}
			names := slices.Concat(loc.Months[:], loc.MonthsAbbr[:], loc.MonthsStandAlone[:],
				loc.MonthsStandAloneAbbr[:], loc.Weekdays[:], loc.WeekdaysAbbr[:], loc.WeekdaysStandAlone[:],
				[]string{loc.AM, loc.PM})
			if slices.Contains(names, "") {
				t.Errorf("a name is empty")
			}
		})
	}
}

// TestData pins facts of CLDR the formatter's output depends on.
func TestData(t *testing.T) {
	tests := map[string]struct {
		tag  string
		get  func(*Locale) string
		want string
		why  string
	}{
		"Russian month in dates":      {"ru", func(l *Locale) string { return l.Months[2] }, "марта", "genitive"},
		"Russian month alone":         {"ru", func(l *Locale) string { return l.MonthsStandAlone[2] }, "март", "nominative"},
		"Persian digits":              {"fa", func(l *Locale) string { return l.Numbers.Digits }, "۰۱۲۳۴۵۶۷۸۹", "arabext by default"},
		"Bengali digits":              {"bn", func(l *Locale) string { return l.Numbers.Digits }, "০১২৩৪৫৬৭৮৯", "beng by default"},
		"Arabic default digits":       {"ar", func(l *Locale) string { return l.Numbers.System }, "latn", "CLDR 48 ar defaults to latn"},
		"Arabic native digits":        {"ar", func(l *Locale) string { return l.Numbers.Native }, "arab", "not used unless asked"},
		"Brazilian data":              {"pt-BR", func(l *Locale) string { return l.Source }, "pt", "pt is Brazilian in CLDR"},
		"French time":                 {"fr", func(l *Locale) string { return l.Patterns.Time }, "HH:mm", "24-hour"},
		"English time":                {"en", func(l *Locale) string { return l.Patterns.Time }, "h:mm\u202fa", "12-hour"},
		"Spanish day range":           {"es-419", func(l *Locale) string { return l.Patterns.DayRange }, "d–d 'de' MMMM", "CLDR's own MMMMd interval"},
		"Chinese months stay numeric": {"zh-Hans", func(l *Locale) string { return l.Patterns.DayRangeY }, "y年MMMd日\u2009–\u2009d日", "MMM is 3月, not widened to 三月"},
		"French decimal separator":    {"fr", func(l *Locale) string { return l.Numbers.Decimal }, ",", ""},
		"French group separator":      {"fr", func(l *Locale) string { return l.Numbers.Group }, "\u202f", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			loc, ok := For(tc.tag)
			if !ok {
				t.Fatalf("For(%q) refused", tc.tag)
			}
			if got := tc.get(loc); got != tc.want {
				t.Errorf("%s: got %q, want %q (%s)", tc.tag, got, tc.want, tc.why)
			}
		})
	}
}
