package translate

import (
	"math"
	"slices"
	"strings"
	"testing"

	"tafsiri/translate/phrases"
)

// phraseEntry is a phrase-table entry translating with probabilities
// φ(e|f) = ef and φ(f|e) = fe, and lexical weights of 1.
func phraseEntry(target string, ef, fe float64) phrases.Entry {
	return phrases.Entry{Target: target, Scores: [phrases.NumScores]float32{
		phrases.PhiEF: float32(math.Log(ef)), phrases.PhiFE: float32(math.Log(fe))}}
}

func TestOnlyPhrasePairsLikelyBothWaysCountAsTranslations(t *testing.T) {
	j := &repairJob{m: &loadedModel{info: ModelInfo{Weights: DefaultWeights()}}, table: map[string][]phrases.Entry{
		// "feet" seen once, next to the "la" of many other sentences (the phrasebook's en→es-419 table)
		"feet":       {phraseEntry("la", 1, 0.01)},
		"hands":      {phraseEntry("manos", 0.9, 1), phraseEntry("las manos", 0.1, 0.1), phraseEntry(".", 0.5, 0.5)},
		"the":        {phraseEntry("la", 0.45, 0.83), phraseEntry("la hora", 0.005, 1)},
		"<num> days": {phraseEntry("<num> días", 0.9, 0.9), phraseEntry("3 días", 0.1, 0.9)},
	}}
	cases := map[string]struct {
		source string
		want   []string
	}{
		"a word learnt from one sentence, as a common word": {"feet", nil},
		"a word and its article, not punctuation":           {"hands", []string{"manos", "las manos"}},
		"a common word, not a rare pair it is part of":      {"the", []string{"la"}},
		"no placeholder and no number of its own":           {"2 days", nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var got []string
			for _, c := range j.translations(prepare("en", tc.source).keys) {
				got = append(got, strings.Join(c.keys, " "))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("translations of %q = %q, want %q", tc.source, got, tc.want)
			}
		})
	}
}
