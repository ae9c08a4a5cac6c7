package memory

import (
	"slices"
	"unicode/utf8"

	"tafsiri/translate/tokenize"
)

// MaxGrams is the most index terms Grams returns for one segment.
const MaxGrams = 32

// Single words are indexed only in short segments, which have few pairs:
// words of a segment of up to maxFewWords words, from minLongWord
// characters. In longer segments, a match of 75% or more always shares a
// pair, and single words are the least selective grams of a health memory
// ("covid-19" is in one TICO-19 segment in eight): on 100,000 segments,
// leaving them out cut the postings a query reads from 12,100 to 5,000 and
// the index by a fifth, and Search still found the best match every time.
const (
	maxFewWords = 3
	minLongWord = 6
)

// Grams returns the index terms of a segment, sorted, for storage to keep in
// an inverted index and Candidates.Similar to search: the segments sharing
// the most grams with a query are the ones worth scoring.
//
// Grams are taken from the token keys without punctuation, with placeholders
// written as their class ("take <num>"), so that a sentence with another
// number is still found and Score then tells the difference:
//   - every pair of neighbouring words, "wash your", except pairs of two short
//     words (fewer than four characters, "of the", "in a"), which are in too
//     many segments to narrow anything; Han characters and the syllables of
//     scripts without spaces always pair, as CJK indexing does;
//   - in segments of up to three words, every word of six characters or more
//     on its own ("handwashing"); the word of a one-word segment and the pair
//     of a two-word one; and all pairs when the rules above leave nothing
//     ("do it now").
//
// A segment with more than MaxGrams keeps the MaxGrams whose 64-bit FNV-1a
// hash is smallest. The order is fixed, so two long segments keep the same
// grams from what they share (a bottom-k sketch), and the index holds at most
// MaxGrams rows a segment. A bigram holds one space, a single word none.
func Grams(lang, text string) []string {
	return parse(lang, text).grams()
}

// grams is Grams of s.
func (s segment) grams() []string {
	words := s.gramWords()
	var out []string
	if len(words) == 1 {
		out = append(out, words[0])
	}
	for k := 1; k < len(words); k++ {
		if len(words) == 2 || !isShort(words[k-1]) || !isShort(words[k]) {
			out = append(out, words[k-1]+" "+words[k])
		}
	}
	for _, w := range words {
		if len(words) <= maxFewWords && utf8.RuneCountInString(w) >= minLongWord && !tokenize.IsNoSpace(w) {
			if _, ok := tokenize.SymbolKind(w); !ok {
				out = append(out, w)
			}
		}
	}
	if len(out) == 0 {
		for k := 1; k < len(words); k++ {
			out = append(out, words[k-1]+" "+words[k])
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) > MaxGrams {
		slices.SortStableFunc(out, func(x, y string) int {
			if hx, hy := fnv1a(x), fnv1a(y); hx != hy {
				if hx < hy {
					return -1
				}
				return 1
			}
			return 0 // distinct strings with the same hash: the stable sort keeps their order
		})
		out = out[:MaxGrams]
		slices.Sort(out)
	}
	return out
}

// gramWords returns the keys of the words of s, placeholders as their class.
func (s segment) gramWords() []string {
	words := make([]string, 0, s.words)
	for k, t := range s.toks {
		switch {
		case isPunct(t):
		case t.Kind.IsPlaceholder():
			words = append(words, t.Kind.Symbol())
		default:
			words = append(words, s.keys[k])
		}
	}
	return words
}

// isShort reports words too common to pair with each other.
func isShort(w string) bool {
	return utf8.RuneCountInString(w) < 4 && !tokenize.IsNoSpace(w)
}

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for k := 0; k < len(s); k++ {
		h ^= uint64(s[k])
		h *= 1099511628211
	}
	return h
}
