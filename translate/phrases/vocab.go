package phrases

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// vocab interns words as dense int32 IDs; ID 0 stands for NULL, the empty word.
type vocab struct {
	ids   map[string]int32
	words []string
}

func newVocab() *vocab {
	return &vocab{ids: map[string]int32{}, words: []string{""}}
}

// intern returns the ID of word, adding it if new. Words that are empty or
// hold whitespace or control characters are refused: phrases join their
// tokens with single spaces, and without bytes below the space, sorting
// phrases token by token sorts their strings too.
func (v *vocab) intern(word string) (int32, error) {
	if id, ok := v.ids[word]; ok {
		return id, nil
	}
	if word == "" || strings.IndexFunc(word, badRune) >= 0 {
		return 0, fmt.Errorf("intern token %q: %w", word, ErrToken)
	}
	id := int32(len(v.words))
	v.ids[word] = id
	v.words = append(v.words, word)
	return id, nil
}

func badRune(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// ranks returns, for every word ID, the word's position in byte order; NULL
// comes first.
func (v *vocab) ranks() []int32 {
	ids := make([]int32, len(v.words))
	for i := range ids {
		ids[i] = int32(i)
	}
	slices.SortFunc(ids[1:], func(a, b int32) int { return strings.Compare(v.words[a], v.words[b]) })
	rank := make([]int32, len(ids))
	for r, id := range ids {
		rank[id] = int32(r)
	}
	return rank
}
