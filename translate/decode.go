package translate

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tafsiri/memory"
	"tafsiri/translate/decoder"
	"tafsiri/translate/tokenize"
)

// output is a translated line before it is wrapped in a Result.
type output struct {
	Text        string
	Spans       []Span
	Suggestions []Span
}

// piece is one decoded step: its output words and where they came from.
type piece struct {
	words     []string
	text      string // a memory answer's text as stored, never re-spaced; "" for the others
	source    string
	origin    Origin
	score     float64
	conceptID int64
	status    string
	match     int                  // memory match percentage
	diff      []memory.DiffOp      // how a memory match's source differs from the sentence
	values    []memory.ValueChange // the values a memory match had filled in
}

// translate takes each sentence of text from the translation memory when it
// holds it, else decodes it, and joins the output.
func (e *Engine) translate(ctx context.Context, m *loadedModel, text string) (output, error) {
	seg := prepare(m.info.Src, text)
	var pieces []piece
	var suggestions []Span
	for _, sent := range seg.sentences() {
		recalled, suggestion, err := e.recallPieces(ctx, m, sent)
		if err != nil {
			return output{}, err
		}
		if len(recalled) > 0 {
			pieces = append(pieces, recalled...)
			continue
		}
		if suggestion != nil {
			suggestions = append(suggestions, *suggestion)
		}
		ps, err := m.decodeSentence(ctx, e.store, sent, e.Careful())
		if err != nil {
			return output{}, err
		}
		pieces = append(pieces, ps...)
	}
	if e.SwahiliTime() && isSwahili(m.info.Tgt) {
		swahiliTimes(pieces)
	}
	if !e.WesternDigits() {
		localizeDigits(m.info.Tgt, pieces)
	}
	out := m.assemble(pieces)
	out.Suggestions = suggestions
	return out, nil
}

// sentenceOptions returns the translation options of a sentence: its
// phrases, borrowed translations of unknown inflections, and the glossary's
// constraints.
func (m *loadedModel) sentenceOptions(ctx context.Context, store ModelStore, s segment) ([]decoder.Option, error) {
	table, err := m.lookup(ctx, store, s.keys)
	if err != nil {
		return nil, err
	}
	neg := negationsBetween(m.info.Src, m.info.Tgt)
	opts, err := m.stemOptions(ctx, store, s, neg, append(options(s, table, neg), nameOptions(s, m.info.Src, m.info.Tgt)...))
	if err != nil {
		return nil, err
	}
	if opts, err = m.lexiconOptions(ctx, m.lex, s, opts); err != nil {
		return nil, err
	}
	opts = numberWordOptions(s, m.info.Src, opts)
	opts = keepRangesWhole(wholeCompounds(s, m.info.Src, opts), rangeOptions(s, m.info.Src, m.info.Tgt))
	return m.terms.constrain(s, opts), nil
}

// decodeSentence translates one sentence with the model; careful weighs
// lex(e|f) at least carefulLexWeight (SetCareful).
func (m *loadedModel) decodeSentence(ctx context.Context, store ModelStore, s segment, careful bool) ([]piece, error) {
	opts, err := m.sentenceOptions(ctx, store, s)
	if err != nil {
		return nil, err
	}
	model, err := m.languageModel(ctx)
	if err != nil {
		return nil, err
	}
	w, cfg := m.searchSettings(m.info.Weights, s)
	if careful {
		w = carefulWeights(w)
	}
	res, err := decoder.Decode(ctx, len(s.keys), opts, model, w, cfg)
	if err != nil {
		return nil, fmt.Errorf("decode %q: %w", strings.Join(s.keys, " "), err)
	}
	return m.pieces(s, opts, res), nil
}

// searchSettings returns the decoder's weights w and the search settings
// for sentence s: the glossary's forbidden terms, and the values kept in
// source order (orderedValues).
func (m *loadedModel) searchSettings(w Weights, s segment) (decoder.Weights, decoder.Config) {
	dw, cfg := w.decoder()
	cfg.Forbidden = m.terms.forbiddenKeys()
	cfg.Ordered = orderedValues(s)
	return dw, cfg
}

// pieces turns a decoder result into output pieces with their provenance.
func (m *loadedModel) pieces(s segment, opts []decoder.Option, res decoder.Result) []piece {
	pieces := make([]piece, 0, len(res.Steps))
	starts := make([]int, 0, len(res.Steps)) // the first source token of each piece
	values := newSentenceValues(m.info.Src, m.info.Tgt, s.tokens)
	for _, st := range res.Steps {
		o := opts[st.Option]
		starts = append(starts, o.Start)
		p := piece{source: surfaceText(m.info.Src, s.tokens[o.Start:o.End]), score: st.Score}
		if rule := o.Tag - tagGlossary; rule >= 0 {
			p.words, p.origin = m.terms.words(rule), FromGlossary
			p.conceptID, p.status = m.terms.rules[rule].ConceptID, string(m.terms.rules[rule].Status)
		} else {
			p.words, p.origin = realize(s, o, m.casing, values.write)
		}
		pieces = append(pieces, p)
	}
	dropInventedSigns(s, starts, pieces)
	if len(pieces) > 0 && len(s.tokens) > 0 && tokenize.OpensWithCapital(s.tokens[0].Text) {
		pieces[0].words[0] = tokenize.Capitalize(m.info.Tgt, pieces[0].words[0])
	}
	return pieces
}

// dropInventedSigns removes a sign that ends a piece standing before a
// number the source does not write with that sign: the hyphen of "a 2-day
// training", reordered before the number, would make it negative ("参加-2
// 天"). starts holds the first source token of each piece.
func dropInventedSigns(s segment, starts []int, pieces []piece) {
	for k := 1; k < len(pieces); k++ {
		at := starts[k]
		if s.tokens[at].Kind != tokenize.Number || pieces[k].origin != FromPlaceholder {
			continue
		}
		prev := &pieces[k-1]
		last := len(prev.words) - 1
		if last < 0 || !isSign(prev.words[last]) || at > 0 && s.tokens[at-1].Text == prev.words[last] {
			continue
		}
		prev.words = slices.Clone(prev.words)
		prev.words[last] = "" // Detokenize skips it
	}
}

// isSign reports a word that, written before a number, gives it a sign.
func isSign(w string) bool { return w == "-" || w == "−" || w == "+" }

// realize turns an option's target keys into output words: placeholders get
// the source's value, as write writes it, unknown words their source form, a word the source
// span also has keeps the source's spelling (names, acronyms), and other
// words take their usual spelling in the target language.
func realize(s segment, o decoder.Option, casing map[string]string, write func(tokenize.Token) string) ([]string, Origin) {
	src := s.tokens[o.Start:o.End]
	switch o.Tag {
	case tagPlaceholder, tagValue:
		return []string{write(s.valueSpan(o.Start, o.End))}, FromPlaceholder
	case tagUnknown:
		return []string{src[0].Text}, FromUnknown
	}
	used := make([]bool, len(src))
	words := make([]string, len(o.Target))
	for i, key := range o.Target {
		words[i] = key
		if form, ok := casing[key]; ok {
			words[i] = form
		}
		for j, t := range src {
			if used[j] || s.keys[o.Start+j] != key {
				continue
			}
			switch {
			case t.Kind.IsPlaceholder():
				words[i], used[j] = write(t), true
			case t.Text != key:
				words[i], used[j] = t.Text, true
			}
			break
		}
	}
	return words, optionOrigin(o)
}

// assemble detokenizes all pieces into one text and locates each span in it.
// A memory answer keeps its stored text; the words of the pieces between
// memory answers are spelled (see spell) and detokenized together.
func (m *loadedModel) assemble(pieces []piece) output {
	spell(m.info.Tgt, pieces)
	var parts, run []string
	for _, p := range pieces {
		if p.text == "" {
			run = append(run, p.words...)
			continue
		}
		if len(run) > 0 {
			parts, run = append(parts, tokenize.Detokenize(m.info.Tgt, run)), nil
		}
		parts = append(parts, p.text)
	}
	if len(run) > 0 {
		parts = append(parts, tokenize.Detokenize(m.info.Tgt, run))
	}
	out := output{Text: tokenize.Detokenize(m.info.Tgt, parts)}
	at := 0
	for _, p := range pieces {
		text := p.text
		if text == "" {
			text = tokenize.Detokenize(m.info.Tgt, p.words)
		}
		start := -1
		if i := strings.Index(out.Text[at:], text); i >= 0 {
			start = at + i
			at = start + len(text)
		}
		out.Spans = append(out.Spans, Span{Text: text, Start: start, Source: p.source, Origin: p.origin,
			Score: p.score, ConceptID: p.conceptID, TermStatus: p.status, Match: p.match, Diff: p.diff, Values: p.values})
	}
	return out
}

// spell rewrites the words of each run of pieces between memory answers
// with tokenize.Spell, which sees across the pieces' borders ("la" "eau" →
// "l'" "eau"), and gives each piece back its own share of the result (a
// new slice, of the same length), so that each span is still found in the
// output. Memory answers keep their text as stored.
func spell(lang string, pieces []piece) {
	for start := 0; start < len(pieces); {
		if pieces[start].text != "" {
			start++
			continue
		}
		end := start
		var run []string
		for ; end < len(pieces) && pieces[end].text == ""; end++ {
			run = append(run, pieces[end].words...)
		}
		run = tokenize.Spell(lang, run)
		for k := start; k < end; k++ {
			n := len(pieces[k].words)
			pieces[k].words, run = run[:n:n], run[n:]
		}
		start = end
	}
}

// surfaceText rebuilds the source text of some tokens.
func surfaceText(lang string, toks []tokenize.Token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return tokenize.Detokenize(lang, words)
}
