package translate

import (
	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// wholeCompounds keeps a hyphenated compound of an English sentence
// ("life-threatening") from coming out half translated: when a word of it is
// unknown to the model, an option that covers only part of it is dropped,
// since half a compound translated reads as nonsense ("vida-threatening")
// and may say what the source does not; besides the options that cover it
// whole, it may be passed through as the source writes it, each of its
// tokens an unknown word the output marks. A compound whose every word the model knows
// ("long-term") may still be translated word by word. Other source
// languages keep every option: their hyphens join words that phrases learn
// apart ("lavez-vous").
func wholeCompounds(s segment, src string, opts []decoder.Option) []decoder.Option {
	if src != "en" {
		return opts
	}
	var compounds [][2]int
	for _, c := range hyphenated(s.tokens) {
		if !knownWords(s, c, opts) {
			compounds = append(compounds, c)
		}
	}
	if len(compounds) == 0 {
		return opts
	}
	within := make([]int, len(s.tokens)) // 1 + index of the compound holding token i, or 0
	for k, c := range compounds {
		for i := c[0]; i < c[1]; i++ {
			within[i] = k + 1
		}
	}
	cuts := func(o decoder.Option) bool {
		return o.Start > 0 && within[o.Start] != 0 && within[o.Start] == within[o.Start-1] ||
			o.End < len(s.tokens) && within[o.End] != 0 && within[o.End] == within[o.End-1]
	}
	kept := opts[:0:0]
	for _, o := range opts {
		if !cuts(o) {
			kept = append(kept, o)
		}
	}
	// The copy is offered even when an option covers the compound whole:
	// the glossary may still take that option away (terms.constrain).
	for _, c := range compounds {
		for i := c[0]; i < c[1]; i++ {
			tag := tagUnknown
			scores := make([]float64, numPhraseFeatures)
			if s.tokens[i].Kind.IsPlaceholder() {
				tag = tagPlaceholder
			} else {
				scores[unknownFeature] = -1
			}
			kept = append(kept, decoder.Option{Start: i, End: i + 1, Target: []string{s.keys[i]}, Scores: scores, Tag: tag})
		}
	}
	return kept
}

// knownWords reports whether every word of the compound c can be
// translated by options on parts of it (from the model, the glossary or a
// value), so that a word-by-word translation leaves none of it in English.
func knownWords(s segment, c [2]int, opts []decoder.Option) bool {
	known := make([]bool, c[1]-c[0])
	for _, o := range opts {
		if o.Tag == tagUnknown || o.Start < c[0] || o.End > c[1] || o.Start == c[0] && o.End == c[1] {
			continue
		}
		for i := o.Start; i < o.End; i++ {
			known[i-c[0]] = true
		}
	}
	for i, ok := range known {
		if !ok && joinable(s.tokens[c[0]+i]) {
			return false
		}
	}
	return true
}

// hyphenated returns the [start, end) token ranges of the words joined by
// hyphens without spaces: "life" "-" "threatening", "5" "-" "year" "-" "old".
func hyphenated(toks []tokenize.Token) [][2]int {
	var out [][2]int
	for i := 0; i+2 < len(toks); {
		if !joinable(toks[i]) || !isHyphenToken(toks[i+1]) || !joinable(toks[i+2]) || toks[i+2].SpaceBefore {
			i++
			continue
		}
		end := i + 3
		for end+1 < len(toks) && isHyphenToken(toks[end]) && joinable(toks[end+1]) && !toks[end+1].SpaceBefore {
			end += 2
		}
		out = append(out, [2]int{i, end})
		i = end
	}
	return out
}

// joinable is a word or number a hyphen may join.
func joinable(t tokenize.Token) bool { return t.Kind == tokenize.Word || t.Kind == tokenize.Number }

// isHyphenToken is a hyphen written tight against the word before it.
func isHyphenToken(t tokenize.Token) bool {
	return t.Kind == tokenize.Punct && !t.SpaceBefore && (t.Text == "-" || t.Text == "‐" || t.Text == "‑")
}
