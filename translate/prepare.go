package translate

import (
	"strings"

	"tafsiri/translate/tokenize"
)

// segment is a tokenized piece of text: its surface tokens and their keys
// (case-folded words, placeholder classes) as models see them, in language
// lang ("" when unknown: no word is then a conjunction to cut before).
type segment struct {
	tokens []tokenize.Token
	keys   []string
	lang   string
}

// prepare normalises and tokenizes text in language lang.
func prepare(lang, text string) segment {
	toks := tokenize.Tokenize(lang, tokenize.Normalize(text))
	return segment{tokens: toks, keys: tokenize.Keys(lang, toks), lang: lang}
}

// sentenceEnds are tokens after which a new sentence starts.
var sentenceEnds = map[string]bool{
	".": true, "!": true, "?": true, "؟": true, "。": true, "！": true, "？": true,
	"।": true, "॥": true, "။": true, "។": true, "።": true, "\u06d4": true,
}

// maxSentenceTokens bounds the tokens one decoder run sees. The decoder's
// time grows faster than a sentence's length, so a line with no sentence end
// (a pasted table, text without punctuation, junk) would take minutes; cut
// into pieces of at most this many tokens (chunks), its time grows linearly
// with its length. Sentences of prose are shorter: one of the 234 English
// TICO-19 dev sentences is longer (129 tokens), and is cut at a comma.
const maxSentenceTokens = 100

// sentences splits a segment after sentence-final punctuation, so each
// decoder run sees one sentence; a closing quote or bracket stays with it.
// A sentence longer than maxSentenceTokens is cut further (chunks).
func (s segment) sentences() []segment {
	var out []segment
	start := 0
	for i := 0; i < len(s.keys); i++ {
		if !sentenceEnds[s.keys[i]] {
			continue
		}
		end := s.afterClosers(i + 1)
		if end < len(s.keys) {
			out = s.appendChunks(out, start, end)
			start = end
		}
		i = end - 1
	}
	if start < len(s.keys) {
		out = s.appendChunks(out, start, len(s.keys))
	}
	return out
}

// appendChunks appends the sentence s[start:end] to out, cut into chunks of
// at most maxSentenceTokens tokens at the best break each time (see cut).
func (s segment) appendChunks(out []segment, start, end int) []segment {
	for end-start > maxSentenceTokens {
		at := s.cut(start, start+maxSentenceTokens)
		out = append(out, s.slice(start, at))
		start = at
	}
	return append(out, s.slice(start, end))
}

// A break is where a long sentence may be cut, best first.
const (
	noBreak     = iota
	hardCut     // anywhere: the chunk is full
	conjBreak   // before a conjunction ("and", "et", "na")
	commaBreak  // after a comma
	clauseBreak // after a semicolon, a colon or a dash
)

// cut returns where to end the chunk that starts at start and may run up to
// limit (exclusive): after the best break of its second half, the last one
// of that rank, else at limit. Cutting in the first half would leave chunks
// too short to translate well.
func (s segment) cut(start, limit int) int {
	best, rank := limit, hardCut
	for at := start + (limit-start)/2; at <= limit; at++ {
		if r := s.breakBefore(at); r >= rank {
			best, rank = at, r
		}
	}
	return best
}

// breakBefore ranks the break between tokens at-1 and at.
func (s segment) breakBefore(at int) int {
	if at < len(s.keys) && isCloser(s.keys[at]) {
		return noBreak // a closing quote or bracket stays with what it closes
	}
	if at < len(s.keys) && isConjunction(s.lang, s.keys[at]) {
		return conjBreak
	}
	mark := at - 1
	for mark > 0 && isCloser(s.keys[mark]) {
		mark--
	}
	switch s.keys[mark] {
	case ";", ":", "；", "：", "؛", "—", "–":
		return clauseBreak
	case ",", "،", "，", "、":
		return commaBreak
	}
	return noBreak
}

// afterClosers returns the first index from i on that is no closing quote or bracket.
func (s segment) afterClosers(i int) int {
	for i < len(s.keys) && isCloser(s.keys[i]) {
		i++
	}
	return i
}

// conjunctions are the words a long sentence may be cut before, by base
// language: the coordinating conjunctions of the languages Tafsiri's
// defaults translate from most. Other languages are cut at punctuation only.
var conjunctions = map[string]map[string]bool{
	"en": {"and": true, "or": true, "but": true, "because": true},
	"fr": {"et": true, "ou": true, "mais": true, "car": true},
	"es": {"y": true, "o": true, "pero": true, "porque": true},
	"pt": {"e": true, "ou": true, "mas": true, "porque": true},
	"sw": {"na": true, "au": true, "lakini": true},
	"id": {"dan": true, "atau": true, "tetapi": true},
}

// isConjunction reports whether key is a conjunction of lang.
func isConjunction(lang, key string) bool {
	base, _, _ := strings.Cut(lang, "-")
	return conjunctions[strings.ToLower(base)][key]
}

func (s segment) slice(i, j int) segment {
	return segment{tokens: s.tokens[i:j], keys: s.keys[i:j], lang: s.lang}
}

func isCloser(k string) bool {
	switch k {
	case ")", "]", "\"", "'", "»", "”", "’", "」", "』", "）":
		return true
	}
	return false
}
