package datetime

import (
	"fmt"
	"strings"
)

// Swahili time counts the hours of the day from dawn and of the night from
// dusk: saa 1 is 7:00 and 19:00, saa 12 is 6:00 and 18:00, and the part of
// the day tells them apart ("saa 2 asubuhi" is 8:00, "saa 2 usiku" 20:00).
// CLDR writes Swahili times on the 24-hour clock ("16:00"), which is how
// offices and timetables write them; many readers of a village notice go
// by Swahili time. The words are the team's (CLDR has no Swahili time).

// SwahiliClock writes c in Swahili time with digits: "saa 2 asubuhi" (8:00),
// "saa 10 na nusu jioni" (16:30), "saa 3 kasorobo asubuhi" (8:45), "saa 2 na
// dakika 10 asubuhi" (8:10). A time whose morning or evening the source
// leaves open (Clock.Unmarked, "8:00") gets no part of the day: "saa 2"
// leaves it open too.
func SwahiliClock(c Clock) (string, error) {
	if err := (Value{Kind: KindTime, Clock: c}).check(); err != nil {
		return "", fmt.Errorf("write Swahili time: %w", err)
	}
	hour, minutes := c.Hour, ""
	switch c.Minute {
	case 0:
	case 15:
		minutes = " na robo"
	case 30:
		minutes = " na nusu"
	case 45:
		hour, minutes = hour+1, " kasorobo" // a quarter short of the next hour
	default:
		minutes = fmt.Sprintf(" na dakika %d", c.Minute)
	}
	// 7:00 and 19:00 are saa 1; 6:00, 12:00, 18:00 and 0:00 are saa 12 or 6.
	n := (hour + 6) % 12
	if n == 0 {
		n = 12
	}
	out := fmt.Sprintf("saa %d%s", n, minutes)
	if c.Unmarked {
		return out, nil
	}
	return out + " " + swahiliDayPart(c.Hour), nil
}

// swahiliDayPart names the part of the day of an hour 0–23: alfajiri (dawn,
// 4–5), asubuhi (morning, 6–11), mchana (afternoon, 12–15), jioni (evening,
// 16–18), usiku (night, 19–3).
func swahiliDayPart(hour int) string {
	switch {
	case hour >= 4 && hour < 6:
		return "alfajiri"
	case hour >= 6 && hour < 12:
		return "asubuhi"
	case hour >= 12 && hour < 16:
		return "mchana"
	case hour >= 16 && hour < 19:
		return "jioni"
	}
	return "usiku"
}

// IsSwahiliHourWord reports whether word is "saa", the word before a Swahili
// time ("saa 8:00"), so that a writer does not say it twice.
func IsSwahiliHourWord(word string) bool { return strings.EqualFold(word, "saa") }
