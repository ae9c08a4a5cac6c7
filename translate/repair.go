package translate

import (
	"cmp"
	"context"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"tafsiri/glossary"
	"tafsiri/memory"
	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
	"tafsiri/translate/tokenize"
)

// Fuzzy match repair: a sentence that differs from a stored one in a word
// or two ("Wash your feet with soap." for "Wash your hands with soap.") is
// answered with the stored translation, the translation of each word that
// changed put in place of the stored word's. The rules keep the first rule
// of the product, that a translation never says what the source does not:
//
//   - Only replaced words are repaired, at most maxRepairWords on either side
//     of a change. A word added or dropped, a changed punctuation mark, a
//     number or other value, an English number word, a negation ("not",
//     "never", "don't"...) in or next to a change, a word inside a hyphenated
//     compound: each sends the sentence to the model (values that alone
//     differ are filled in by memoryAnswer, not here). A source language
//     without a list of negation words (negationWords) is never repaired.
//   - The stored word must align with its translation for sure: the
//     glossary's term for it, or one of its alignEntries best phrase-table
//     translations (each likely both ways: minAlignProb), stands exactly
//     once in the stored translation; no two of its translations stand in
//     two places; and the place holds no translation of another word of
//     the stored source.
//   - The new word is translated by the glossary first, else by one of its
//     alignEntries best phrase-table entries made of words only that writes
//     no number and no forbidden term. The translation must have as many
//     words as the place it takes and differ from what stands there; of the
//     translations and places that do, the one the decoder would score best
//     with the stored words around it wins (phrase scores and language
//     model: "las manos" → "los pies"). Without one, nothing is repaired.
//   - The new words must fit where the old ones stood: the target's
//     spelling rules (tokenize.Spell) must not change their neighbours (a
//     French "l'" before the old word), and the stored text must join back
//     as it was written (tokenize.Detokenize).
//
// Every difference must be repaired, or none is. The answer is the stored
// translation in FromMemoryRepaired spans with each repaired word in a span
// of its own, from the glossary or the model, so a reader sees which words
// the memory did not give.

// maxRepairWords is the most words a change may hold on either side: a
// notice's variants change a word or a short phrase; longer stretches make
// a different sentence, which the model translates.
const maxRepairWords = 3

// alignEntries is how many of a source phrase's best phrase-table entries
// count as its translations when a stored translation is aligned: enough
// for a word's inflections and its usual article ("manos", "las manos"),
// few enough that the rare, noisy pairs of a small table do not claim the
// words of others.
const alignEntries = 5

// minAlignProb is the least probability, both ways, of a phrase pair that
// counts as a translation: a word seen once next to another's translation
// ("feet" → "la", φ(e|f) = 1 but φ(f|e) = 0.01, from one phrasebook
// sentence) is no translation of it. Of the phrasebook's content words,
// "las manos" (0.1 both ways) is among the least likely kept.
var minAlignProb = math.Log(0.05)

// repairEdit is one change repaired: tokens start to end of the stored
// translation give way to words, which translate source, the sentence's
// own words.
type repairEdit struct {
	start, end int
	words      []string
	source     string
	origin     Origin
	score      float64
	conceptID  int64
	status     string
}

// repairJob is a fuzzy match being repaired for one sentence.
type repairJob struct {
	m          *loadedModel
	negations  *negations
	query      segment          // the sentence, tokenized as memory.Diff counts
	stored     segment          // the stored source
	target     segment          // the stored translation
	text       string           // the stored translation, normalized
	at         [][2]int         // where each token of target stands in text, in bytes
	queryTerm  []glossary.Match // the glossary's terms in the sentence
	storedTerm []glossary.Match // and in the stored source
	table      map[string][]phrases.Entry
	lm         *lm.Model
}

// repair answers sentence s with fuzzy match h repaired, as the pieces of
// its translation, or returns nil when some difference cannot be repaired
// for sure (see the rules above).
func (e *Engine) repair(ctx context.Context, m *loadedModel, s segment, h *memory.Hit) ([]piece, error) {
	src, tgt := m.info.Src, m.info.Tgt
	negations, ok := negationsOf(src)
	if !ok {
		return nil, nil
	}
	query := surfaceText(src, s.tokens)
	storedText := tokenize.Normalize(h.Segment.Source)
	j := &repairJob{m: m, negations: negations, query: prepare(src, query), stored: prepare(src, storedText)}
	ops := memory.Diff(src, query, storedText)
	if !j.repairable(ops) {
		return nil, nil
	}
	j.text = tokenize.Normalize(h.Segment.Target)
	j.target = prepare(tgt, j.text)
	if j.at, ok = tokenOffsets(j.text, j.target.tokens); !ok {
		return nil, nil
	}
	if m.terms != nil {
		j.queryTerm = m.terms.matcher.MatchTokens(j.query.tokens)
		j.storedTerm = m.terms.matcher.MatchTokens(j.stored.tokens)
	}
	var err error
	if j.table, err = m.lookup(ctx, e.store, j.stored.keys); err != nil {
		return nil, err
	}
	if j.lm, err = m.languageModel(ctx); err != nil {
		return nil, err
	}
	known, err := m.lookup(ctx, e.store, j.query.keys)
	if err != nil {
		return nil, err
	}
	maps.Copy(j.table, known)
	var edits []repairEdit
	for _, op := range ops {
		if op.Kind != memory.Replace || j.caseOnly(op) {
			continue
		}
		ed, ok := j.repairChange(op)
		if !ok {
			return nil, nil
		}
		edits = append(edits, ed)
	}
	return j.pieces(edits, h, query), nil
}

// repairable reports whether every difference of ops is a change of a few
// words that may be repaired, and at least one is: cheap tests, before
// the phrase table is read.
func (j *repairJob) repairable(ops []memory.DiffOp) bool {
	changes := 0
	for _, op := range ops {
		switch {
		case op.Kind == memory.Equal:
			continue
		case op.Kind != memory.Replace:
			return false
		case j.caseOnly(op):
			continue
		}
		if !j.wordsOnly(j.query, op.QueryStart, op.QueryEnd) || !j.wordsOnly(j.stored, op.CandStart, op.CandEnd) {
			return false
		}
		changes++
	}
	return changes > 0
}

// caseOnly reports a change of the case of words alone, which says nothing
// new. A value is never one: its key is its class ("<num>" for 5 and 6).
func (j *repairJob) caseOnly(op memory.DiffOp) bool {
	q, c := j.query.tokens[op.QueryStart:op.QueryEnd], j.stored.tokens[op.CandStart:op.CandEnd]
	if len(q) != len(c) || slices.ContainsFunc(q, isValue) || slices.ContainsFunc(c, isValue) {
		return false
	}
	return slices.Equal(j.query.keys[op.QueryStart:op.QueryEnd], j.stored.keys[op.CandStart:op.CandEnd])
}

// isValue reports a placeholder token: a number, date, time, phone number, URL or e-mail address.
func isValue(t tokenize.Token) bool { return t.Kind.IsPlaceholder() }

// wordsOnly reports whether tokens i to end of s are one to maxRepairWords
// plain words, none of them, nor the tokens on either side, a value, a
// number word or a negation, and none of them joined to a neighbour by a
// hyphen.
func (j *repairJob) wordsOnly(s segment, i, end int) bool {
	if end-i < 1 || end-i > maxRepairWords {
		return false
	}
	for k := max(i-1, 0); k < min(end+1, len(s.tokens)); k++ {
		t := s.tokens[k]
		if t.Kind.IsPlaceholder() || j.negations.at(s.keys, k) {
			return false
		}
		if _, ok := numberWord(j.m.info.Src, t); ok {
			return false
		}
		if k >= i && k < end && (t.Kind != tokenize.Word || inCompound(s.tokens, k)) {
			return false
		}
	}
	return true
}

// repairChange finds where the stored words of op stand in the stored
// translation and what the sentence's words of op become there.
func (j *repairJob) repairChange(op memory.DiffOp) (repairEdit, bool) {
	qs, qe, cs, ce := op.QueryStart, op.QueryEnd, op.CandStart, op.CandEnd
	if crossesTerm(j.queryTerm, qs, qe) || crossesTerm(j.storedTerm, cs, ce) {
		return repairEdit{}, false // part of a glossary term: the term decides, not a word of it
	}
	places, ok := j.alignStored(cs, ce)
	if !ok {
		return repairEdit{}, false
	}
	// Of the translations and places that fit, the one the decoder would
	// score best with the stored words around it: the phrase's weighted
	// scores and the language model's ("las manos" → "los pies").
	var best repairEdit
	bestScore, found := math.Inf(-1), false
	for _, c := range j.newTranslations(qs, qe) {
		for _, p := range places {
			if p[1]-p[0] != len(c.keys) || slices.Equal(c.keys, j.target.keys[p[0]:p[1]]) {
				continue // as many words as the old ones, and other words
			}
			keys := slices.Concat(j.target.keys[:p[0]], c.keys, j.target.keys[p[1]:])
			if score := c.score + j.m.info.Weights.LM*j.lm.SentenceLogProb(keys); score > bestScore {
				best = repairEdit{start: p[0], end: p[1], words: c.words, source: op.Query,
					origin: c.origin, score: c.score, conceptID: c.conceptID, status: c.status}
				bestScore, found = score, true
			}
		}
	}
	return best, found && j.fits(&best)
}

// crossesTerm reports whether a glossary term covers some but not all of tokens i to end, or more.
func crossesTerm(terms []glossary.Match, i, end int) bool {
	for _, t := range terms {
		if t.Start < end && i < t.End && (t.Start != i || t.End != end) {
			return true
		}
	}
	return false
}

// alignStored returns where stored source tokens cs to ce may stand in the
// stored translation: the places of those of their translations that
// stand there, the best first, each exactly once, less those that hold a
// translation of another stored word (claims); the places left must
// overlap one another. ok is false when there is none, or any doubt.
func (j *repairJob) alignStored(cs, ce int) ([][2]int, bool) {
	var places [][2]int
	for _, m := range j.storedTerm {
		if m.Start != cs || m.End != ce {
			continue
		}
		keys := j.m.terms.targets[int(m.Term.TermID)].keys
		if len(keys) == 0 {
			continue // the glossary has no term in the target language
		}
		at := occurrences(j.target.keys, keys)
		if len(at) != 1 {
			return nil, false // the glossary's term is missing, or stands twice
		}
		places = append(places, at[0])
	}
	if len(places) == 0 {
		for _, c := range j.translations(j.stored.keys[cs:ce]) {
			switch at := occurrences(j.target.keys, c.keys); len(at) {
			case 0:
			case 1:
				places = append(places, at[0])
			default:
				return nil, false // which of the two is it?
			}
		}
	}
	claims := j.claims(cs, ce)
	places = slices.DeleteFunc(places, func(p [2]int) bool {
		return slices.ContainsFunc(claims, func(c [2]int) bool { return p[0] <= c[0] && c[1] <= p[1] })
	})
	for _, p := range places {
		if p[0] >= places[0][1] || places[0][0] >= p[1] {
			return nil, false // two places: which one translates the word?
		}
	}
	return places, len(places) > 0
}

// claims returns where the stored translation holds a translation of a
// word of the stored source outside tokens cs to ce: one of the word's
// translations, or its glossary term. A place that holds one whole cannot
// be the changed word's ("las" of "your" in "las manos"); one that holds
// a part of one can ("las" of "lávese las", the phrase of "wash", leaves
// "lávese" for it).
func (j *repairJob) claims(cs, ce int) [][2]int {
	var out [][2]int
	for k, t := range j.stored.tokens {
		if k >= cs && k < ce || t.Kind != tokenize.Word {
			continue
		}
		for _, c := range j.translations(j.stored.keys[k : k+1]) {
			out = append(out, occurrences(j.target.keys, c.keys)...)
		}
	}
	for _, m := range j.storedTerm {
		if m.End <= cs || m.Start >= ce {
			out = append(out, occurrences(j.target.keys, j.m.terms.targets[int(m.Term.TermID)].keys)...)
		}
	}
	return out
}

// translation is a way to write some source words in the target language.
type translation struct {
	keys, words []string
	origin      Origin
	score       float64
	conceptID   int64
	status      string
}

// translations returns those of the best alignEntries phrase-table entries
// of a source phrase that are made of words alone and likely both ways
// (minAlignProb), the best first.
func (j *repairJob) translations(keys []string) []translation {
	entries := slices.Clone(j.table[strings.Join(keys, " ")])
	scores := make(map[string]float64, len(entries))
	for _, e := range entries {
		scores[e.Target] = j.m.entryScore(e)
	}
	slices.SortStableFunc(entries, func(a, b phrases.Entry) int { return cmp.Compare(scores[b.Target], scores[a.Target]) })
	var out []translation
	for _, e := range entries[:min(len(entries), alignEntries)] {
		target := strings.Fields(e.Target)
		sure := float64(e.Scores[phrases.PhiEF]) >= minAlignProb && float64(e.Scores[phrases.PhiFE]) >= minAlignProb
		if sure && len(target) > 0 && !slices.ContainsFunc(target, notWordKey) && !writesOtherNumbers(keys, target) {
			out = append(out, translation{keys: target, origin: FromModel, score: scores[e.Target]})
		}
	}
	return out
}

// newTranslations returns how the sentence's tokens qs to qe may be
// written: the glossary's term for them, else their phrase-table
// translations that use no forbidden term, the best first.
func (j *repairJob) newTranslations(qs, qe int) []translation {
	for _, m := range j.queryTerm {
		if m.Start == qs && m.End == qe {
			rule := int(m.Term.TermID)
			ts := j.m.terms
			if len(ts.targets[rule].keys) == 0 {
				continue // the glossary has no term in the target language
			}
			return []translation{{keys: ts.targets[rule].keys, words: ts.words(rule), origin: FromGlossary,
				conceptID: ts.rules[rule].ConceptID, status: string(ts.rules[rule].Status)}}
		}
	}
	var out []translation
	for _, c := range j.translations(j.query.keys[qs:qe]) {
		if j.forbidden(c.keys) {
			continue
		}
		c.words = make([]string, len(c.keys))
		for k, key := range c.keys {
			c.words[k] = key
			if form, ok := j.m.casing[key]; ok {
				c.words[k] = form
			}
		}
		out = append(out, c)
	}
	return out
}

// forbidden reports whether keys hold a term the glossary forbids.
func (j *repairJob) forbidden(keys []string) bool {
	for _, f := range j.m.terms.forbiddenKeys() {
		if len(occurrences(keys, f)) > 0 {
			return true
		}
	}
	return false
}

// fits checks that ed's words can stand where the stored ones did, and
// writes them as the target writes them there: with a capital at the start
// of the translation, in the target's spelling with their neighbours.
func (j *repairJob) fits(ed *repairEdit) bool {
	toks := j.target.tokens
	if ed.start == 0 && tokenize.IsCapitalized(toks[0].Text) {
		ed.words = slices.Clone(ed.words)
		ed.words[0] = tokenize.Capitalize(j.m.info.Tgt, ed.words[0])
	}
	var around []string
	if ed.start > 0 {
		around = append(around, toks[ed.start-1].Text)
	}
	around = append(around, ed.words...)
	if ed.end < len(toks) {
		around = append(around, toks[ed.end].Text)
	}
	spelt := tokenize.Spell(j.m.info.Tgt, around)
	if ed.start > 0 {
		if spelt[0] != around[0] {
			return false // "la" "eau" → "l'" "eau": the stored text would change
		}
		spelt = spelt[1:]
	}
	if ed.end < len(toks) {
		if spelt[len(spelt)-1] != toks[ed.end].Text {
			return false
		}
		spelt = spelt[:len(spelt)-1]
	}
	if slices.Contains(spelt, "") || ed.start > 0 && elided(toks[ed.start-1].Text) {
		return false // "l'" "eau" → "l'" "lait": the neighbour was written for the old word
	}
	ed.words = spelt
	before := strings.TrimSpace(j.text[:j.at[ed.start][0]])
	after := strings.TrimSpace(j.text[j.at[ed.end-1][1]:])
	old := j.text[j.at[ed.start][0]:j.at[ed.end-1][1]]
	return tokenize.Detokenize(j.m.info.Tgt, []string{before, old, after}) == j.text
}

// elided reports a word that lost its vowel to the next ("l'", "d'").
func elided(w string) bool {
	return len(w) > 1 && (strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’"))
}

// pieces writes the repaired translation: the stored text between the
// edits as FromMemoryRepaired pieces, each edit as a piece of its own. It
// returns nil when edits overlap, or leave nothing of the stored text.
func (j *repairJob) pieces(edits []repairEdit, h *memory.Hit, query string) []piece {
	if len(edits) == 0 {
		return nil
	}
	slices.SortFunc(edits, func(a, b repairEdit) int { return a.start - b.start })
	var out []piece
	memoryPart := func(from, to int) {
		if from >= to {
			return
		}
		text := strings.TrimSpace(j.text[j.at[from][0]:j.at[to-1][1]])
		out = append(out, piece{text: text, words: surfaces(j.target.tokens[from:to]), source: query,
			origin: FromMemoryRepaired, score: float64(h.Score), match: h.Score, diff: h.Diff})
	}
	next, kept := 0, 0
	for _, ed := range edits {
		if ed.start < next {
			return nil // two changes claim the same words
		}
		memoryPart(next, ed.start)
		kept += ed.start - next
		out = append(out, piece{text: tokenize.Detokenize(j.m.info.Tgt, ed.words), words: ed.words, source: ed.source,
			origin: ed.origin, score: ed.score, conceptID: ed.conceptID, status: ed.status})
		next = ed.end
	}
	memoryPart(next, len(j.target.tokens))
	if kept += len(j.target.tokens) - next; kept == 0 {
		return nil // nothing of the memory is left: the model translates the sentence
	}
	return out
}

// tokenOffsets finds where each token stands in text, the text it was cut
// from; ok is false if one is not found as it is.
func tokenOffsets(text string, toks []tokenize.Token) ([][2]int, bool) {
	at := make([][2]int, len(toks))
	pos := 0
	for k, t := range toks {
		i := strings.Index(text[pos:], t.Text)
		if i < 0 {
			return nil, false
		}
		at[k] = [2]int{pos + i, pos + i + len(t.Text)}
		pos = at[k][1]
	}
	return at, true
}

// occurrences returns where the key sequence want stands in keys, as token ranges.
func occurrences(keys, want []string) [][2]int {
	var at [][2]int
	for i := 0; len(want) > 0 && i+len(want) <= len(keys); i++ {
		if slices.Equal(keys[i:i+len(want)], want) {
			at = append(at, [2]int{i, i + len(want)})
		}
	}
	return at
}

// surfaces returns the text of toks as written.
func surfaces(toks []tokenize.Token) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = t.Text
	}
	return out
}

// notWordKey reports a target key that is no word: a placeholder class, or
// punctuation (nothing in it is a letter, a digit or a mark).
func notWordKey(key string) bool {
	if _, ok := tokenize.SymbolKind(key); ok {
		return true
	}
	return !strings.ContainsFunc(key, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) })
}

// entryScore is a phrase-table entry's weighted score, as the decoder weighs it.
func (m *loadedModel) entryScore(e phrases.Entry) float64 {
	var s float64
	for k, v := range e.Scores {
		s += m.info.Weights.Phrase[k] * float64(v)
	}
	return s
}
