package translate

import "testing"

func TestSwahiliTimesRewritesTheTimesOfModelAndMemoryAlike(t *testing.T) {
	pieces := []piece{
		{words: []string{"Kliniki", "itafunguliwa", "kuanzia", "16:30"}},
		{text: "Karibu kuanzia saa 8:00 hadi 13:00."},
		{words: []string{"saa", "08:45"}},
		{text: "Piga simu 0800 321 654, chumba 12."},
	}
	swahiliTimes(pieces)
	want := []string{
		"Kliniki itafunguliwa kuanzia saa 10 na nusu jioni",
		"Karibu kuanzia saa 2 hadi saa 7 mchana.",
		"saa 3 kasorobo asubuhi",
		"Piga simu 0800 321 654, chumba 12.",
	}
	for i, p := range pieces {
		got := p.text
		if got == "" {
			got = joinWords(p.words)
		}
		if got != want[i] {
			t.Errorf("piece %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestSwahiliTimesLeavesTheWordsItWasGivenUnchanged(t *testing.T) {
	shared := []string{"saa", "16:00"} // a glossary term's words are shared by every translation
	pieces := []piece{{words: shared}}
	swahiliTimes(pieces)
	if shared[1] != "16:00" || pieces[0].words[1] != "10 jioni" {
		t.Errorf("shared words %q, piece words %q; want the shared ones as they were", shared, pieces[0].words)
	}
}

func TestOnlySwahiliIsWrittenInSwahiliTime(t *testing.T) {
	for tag, want := range map[string]bool{"sw": true, "sw-KE": true, "sw-TZ": true, "fr": false, "swb": false, "en": false} {
		if got := isSwahili(tag); got != want {
			t.Errorf("isSwahili(%q) = %v, want %v", tag, got, want)
		}
	}
}

func joinWords(words []string) string {
	out := ""
	for i, w := range words {
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out
}
