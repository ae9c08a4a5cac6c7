package memory_test

import (
	"strings"
	"testing"

	"tafsiri/memory"
)

const tenWords = "Wash your hands with soap and water for twenty seconds."

// The scores are worked by hand: base = 100 × (words − word edits) ÷ words
// of the longer segment, rounded down, less one point a light difference
// (five at most).
func TestScore(t *testing.T) {
	cases := map[string]struct {
		lang, query, cand string
		want              int
	}{
		"identical":                 {"en", tenWords, tenWords, 100},
		"one word in ten":           {"en", tenWords, strings.Replace(tenWords, "twenty", "thirty", 1), 90},
		"one word in ten, swapped":  {"en", strings.Replace(tenWords, "twenty", "thirty", 1), tenWords, 90},
		"two words in ten":          {"en", tenWords, "Wash your feet with soap and water for thirty seconds.", 80},
		"word deleted":              {"en", tenWords, "Wash your hands with soap and water for seconds.", 90},
		"word inserted, 3 → 4":      {"en", "Wash your hands.", "Wash your hands often.", 75},
		"case only":                 {"en", "Wash your hands.", "wash your hands.", 99},
		"case of three words":       {"en", "WASH YOUR HANDS.", "Wash your hands.", 97},
		"case and punctuation":      {"en", "Wash your hands.", "wash your hands", 98},
		"punctuation missing":       {"en", "Wash your hands.", "Wash your hands", 99},
		"punctuation replaced":      {"en", "Stay at home!", "Stay at home.", 99},
		"light differences capped":  {"en", strings.ToUpper(strings.TrimSuffix(tenWords, ".")), tenWords, 95},
		"word and light":            {"en", tenWords, "wash your hands with soap and water for thirty seconds", 88},
		"number differs":            {"en", "Take 2 tablets a day.", "Take 3 tablets a day.", 80},
		"spacing is no difference":  {"en", "Wash your hands .", "Wash your hands.", 100},
		"composed and decomposed":   {"fr", "Café fermé.", "Cafe\u0301 ferme\u0301.", 100},
		"very different":            {"en", "Wash your hands.", "Stay at home if you feel sick.", 0},
		"little in common":          {"en", "Wear a mask in the clinic.", "Wear gloves at home.", 16},
		"both empty":                {"en", "", "", 100},
		"empty query":               {"en", "", "Wash your hands.", 0},
		"empty candidate":           {"en", "Wash your hands.", " ", 0},
		"punctuation only":          {"en", "?", "!", 99},
		"Han characters":            {"zh", "请勤洗手。", "请常洗手。", 75},
		"Turkish case":              {"tr", "İstanbul'da kalın.", "istanbul'da kalın.", 99},
		"apostrophe style is light": {"fr", "L'eau est sûre.", "L’eau est sûre.", 99},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := memory.Score(c.lang, c.query, c.cand); got != c.want {
				t.Errorf("Score(%q, %q) = %d, want %d", c.query, c.cand, got, c.want)
			}
		})
	}
}

// Score is 100 exactly when the keys are equal and the spelling too.
func TestScoreHundredOnlyForSameKey(t *testing.T) {
	texts := []string{tenWords, "wash your hands with soap and water for twenty seconds.",
		"Wash your hands with soap and water for twenty seconds", "Wash your hands with soap and water for 20 seconds.",
		"Wash your hands with soap and water for twenty seconds", "Wash  your hands with soap and water for twenty seconds ."}
	for _, a := range texts {
		for _, b := range texts {
			score := memory.Score("en", a, b)
			if score == 100 && memory.Key("en", a) != memory.Key("en", b) {
				t.Errorf("Score(%q, %q) = 100 but the keys differ", a, b)
			}
			if back := memory.Score("en", b, a); back != score {
				t.Errorf("Score(%q, %q) = %d but %d the other way", a, b, score, back)
			}
		}
	}
}
