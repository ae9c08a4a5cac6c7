package lm

import "slices"

// WordID identifies a vocabulary word; Unknown is the ID of every out-of-vocabulary word.
type WordID = int32

// Unknown is the WordID of <unk>, shared by every word the model has not seen.
const Unknown WordID = 0

// The special words have fixed IDs; other words follow in byte order.
const (
	bos        WordID = 1 // <s>: begins every sentence, never predicted
	eos        WordID = 2 // </s>: ends every sentence
	numSpecial        = 3
)

// The spellings of the special words in Entries.
const (
	unkWord = "<unk>"
	bosWord = "<s>"
	eosWord = "</s>"
)

// vocab numbers words canonically, the specials first and then the other
// words in byte order, so a trained model and its rebuild agree on every ID.
type vocab struct {
	words []string
	ids   map[string]WordID
}

// isSpecial reports whether w is spelled like one of the special words.
func isSpecial(w string) bool {
	return w == unkWord || w == bosWord || w == eosWord
}

// newVocab numbers the distinct, non-special words; it sorts words in place.
func newVocab(words []string) vocab {
	slices.Sort(words)
	v := vocab{
		words: make([]string, 0, numSpecial+len(words)),
		ids:   make(map[string]WordID, numSpecial+len(words)),
	}
	v.words = append(v.words, unkWord, bosWord, eosWord)
	v.words = append(v.words, words...)
	for i, w := range v.words {
		v.ids[w] = WordID(i)
	}
	return v
}

// encode numbers the words of sentences and returns them as one stream, each
// sentence framed by <s> and </s>. Words spelled like a special word count as
// <unk>, so <s> and </s> stay at sentence edges.
func encode(sentences [][]string) (vocab, []WordID) {
	size := 0
	for _, s := range sentences {
		size += len(s) + 2
	}
	stream := make([]WordID, 0, size)
	seen := make(map[string]WordID)
	var distinct []string
	for _, s := range sentences {
		stream = append(stream, bos)
		for _, w := range s {
			id, ok := seen[w]
			if !ok {
				id = Unknown
				if !isSpecial(w) {
					id = numSpecial + WordID(len(distinct))
					distinct = append(distinct, w)
				}
				seen[w] = id
			}
			stream = append(stream, id)
		}
		stream = append(stream, eos)
	}
	v := newVocab(slices.Clone(distinct))
	remap := make([]WordID, numSpecial+len(distinct))
	for i := range numSpecial {
		remap[i] = WordID(i)
	}
	for i, w := range distinct {
		remap[numSpecial+i] = v.ids[w]
	}
	for i, id := range stream {
		stream[i] = remap[id]
	}
	return v, stream
}
