package translate

import (
	"tafsiri/translate/tokenize"
)

// segment is a tokenized piece of text: its surface tokens and their keys
// (case-folded words, placeholder classes) as models see them.
type segment struct {
	tokens []tokenize.Token
	keys   []string
}

// prepare normalises and tokenizes text in language lang.
func prepare(lang, text string) segment {
	toks := tokenize.Tokenize(lang, tokenize.Normalize(text))
	return segment{tokens: toks, keys: tokenize.Keys(lang, toks)}
}

// sentenceEnds are tokens after which a new sentence starts.
var sentenceEnds = map[string]bool{
	".": true, "!": true, "?": true, "؟": true, "。": true, "！": true, "？": true,
	"।": true, "॥": true, "။": true, "។": true, "።": true, "\u06d4": true,
}

// sentences splits a segment after sentence-final punctuation, so each
// decoder run sees one sentence; a closing quote or bracket stays with it.
func (s segment) sentences() []segment {
	var out []segment
	start := 0
	for i := 0; i < len(s.keys); i++ {
		if !sentenceEnds[s.keys[i]] {
			continue
		}
		end := i + 1
		for end < len(s.keys) && isCloser(s.keys[end]) {
			end++
		}
		if end < len(s.keys) {
			out = append(out, s.slice(start, end))
			start = end
		}
		i = end - 1
	}
	if start < len(s.keys) {
		out = append(out, s.slice(start, len(s.keys)))
	}
	return out
}

func (s segment) slice(i, j int) segment {
	return segment{tokens: s.tokens[i:j], keys: s.keys[i:j]}
}

func isCloser(k string) bool {
	switch k {
	case ")", "]", "\"", "'", "»", "”", "’", "」", "』", "）":
		return true
	}
	return false
}
