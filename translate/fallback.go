package translate

import (
	"context"
	"strings"
	"unicode/utf8"

	"tafsiri/translate/decoder"
	"tafsiri/translate/phrases"
	"tafsiri/translate/tokenize"
)

// An unknown word often is a known word in another form: "encouraging" when
// the model learnt "encourage", "vaccinations" for "vaccination". Before
// passing such a word through, the model offers the translations of the
// known word that shares the longest beginning with it, marked by half the
// unknown-word feature so a real phrase always wins.
const (
	minStemRunes     = 4  // shortest shared beginning worth trusting
	maxStemCut       = 3  // at most this many letters are cut from the end
	stemCandidates   = 20 // known words read per beginning
	stemOptions      = 5  // translations offered per unknown word
	stemFeatureValue = -0.5
)

// stemOptions offers stand-in translations for the words of s no phrase
// covers on their own, none that drops a negation (neg): "without" must not
// borrow "with".
func (m *loadedModel) stemOptions(ctx context.Context, store ModelStore, s segment, neg negationPair, opts []decoder.Option) ([]decoder.Option, error) {
	covered := make([]bool, len(s.keys))
	for _, o := range opts {
		if o.End == o.Start+1 && o.Tag == tagModel {
			covered[o.Start] = true
		}
	}
	for i, t := range s.tokens {
		if covered[i] || t.Kind != tokenize.Word || utf8.RuneCountInString(s.keys[i]) <= minStemRunes {
			continue
		}
		entries, err := m.nearestWord(ctx, store, s.keys[i])
		if err != nil {
			return nil, err
		}
		for _, e := range entries[:min(len(entries), stemOptions)] {
			target := strings.Fields(e.Target)
			if placeholderClasses(target) != "" || writesOtherNumbers(s.keys[i:i+1], target) {
				continue // a borrowed translation must not bring a number along ("6টি")
			}
			if neg.drops(s.keys[i:i+1], target) {
				continue
			}
			scores := make([]float64, numPhraseFeatures)
			for k, v := range e.Scores {
				scores[k] = float64(v)
			}
			scores[unknownFeature] = stemFeatureValue
			opts = append(opts, decoder.Option{Start: i, End: i + 1, Target: target, Scores: scores, Tag: tagModel})
		}
	}
	return opts, nil
}

// nearestWord finds the known one-word phrase sharing the longest beginning with key.
func (m *loadedModel) nearestWord(ctx context.Context, store ModelStore, key string) ([]phrases.Entry, error) {
	m.mu.Lock()
	entries, ok := m.stems[key]
	m.mu.Unlock()
	if ok {
		return entries, nil
	}
	entries, err := m.searchNearestWord(ctx, store, key)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	m.stems[key] = entries
	m.mu.Unlock()
	return entries, nil
}

func (m *loadedModel) searchNearestWord(ctx context.Context, store ModelStore, key string) ([]phrases.Entry, error) {
	runes := []rune(key)
	for cut := 1; cut <= maxStemCut && len(runes)-cut >= minStemRunes; cut++ {
		prefix := string(runes[:len(runes)-cut])
		found, err := store.PhrasesWithPrefix(ctx, m.info.ID, prefix, stemCandidates)
		if err != nil {
			return nil, err
		}
		best := ""
		for src := range found {
			if best == "" || len(src) < len(best) || len(src) == len(best) && src < best {
				best = src // the shortest known word: the least inflected
			}
		}
		if best != "" {
			return found[best], nil
		}
	}
	return nil, nil
}
