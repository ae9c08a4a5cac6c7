package datetime

import "testing"

func TestSwahiliTimeCountsTheHoursFromDawnAndDusk(t *testing.T) {
	for source, want := range map[string]string{
		"07:00":   "saa 1 asubuhi",
		"08:00":   "saa 2 asubuhi",
		"8:00 am": "saa 2 asubuhi",
		"08:15":   "saa 2 na robo asubuhi",
		"08:30":   "saa 2 na nusu asubuhi",
		"08:45":   "saa 3 kasorobo asubuhi",
		"08:10":   "saa 2 na dakika 10 asubuhi",
		"05:00":   "saa 11 alfajiri",
		"06:00":   "saa 12 asubuhi",
		"12 noon": "saa 6 mchana",
		"13:00":   "saa 7 mchana",
		"4 pm":    "saa 10 jioni",
		"16:30":   "saa 10 na nusu jioni",
		"18:00":   "saa 12 jioni",
		"19:00":   "saa 1 usiku",
		"20:00":   "saa 2 usiku",
		"23:45":   "saa 6 kasorobo usiku",
		"00:00":   "saa 6 usiku",
	} {
		v, ok := Parse(source)
		if !ok || v.Kind != KindTime {
			t.Fatalf("Parse(%q) = %+v, %v; want a time", source, v, ok)
		}
		if got, err := SwahiliClock(v.Clock); err != nil || got != want {
			t.Errorf("%s: SwahiliClock = %q, %v; want %q", source, got, err, want)
		}
	}
}

func TestASwahiliTimeLeavesOpenWhatTheSourceLeavesOpen(t *testing.T) {
	// "8:00" may be morning or evening; both are saa 2, so the hour is
	// right either way and no part of the day is added.
	for source, want := range map[string]string{"8:00": "saa 2", "12:30": "saa 6 na nusu", "7:45": "saa 2 kasorobo"} {
		v, ok := Parse(source)
		if !ok || !v.Clock.Unmarked {
			t.Fatalf("Parse(%q) = %+v, %v; want a time without am or pm", source, v, ok)
		}
		if got, err := SwahiliClock(v.Clock); err != nil || got != want {
			t.Errorf("%s: SwahiliClock = %q, %v; want %q", source, got, err, want)
		}
	}
}

func TestSwahiliClockRefusesAnImpossibleTime(t *testing.T) {
	if got, err := SwahiliClock(Clock{Hour: 25, Minutes: true}); err == nil {
		t.Errorf("SwahiliClock(25:00) = %q, want an error", got)
	}
}
