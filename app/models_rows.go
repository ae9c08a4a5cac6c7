package app

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"tafsiri/defaults"
	"tafsiri/translate"
)

// modelRow is one line of the models table: a pair served by its own model,
// or one served through English (Pivot), which has no figures of its own.
type modelRow struct {
	translate.ModelInfo
	Pivot bool
}

// modelRows lists the pairs e serves: every installed model, then every pair
// of their languages with no model of its own that e.Route chains through
// English.
func modelRows(ctx context.Context, e *translate.Engine) ([]modelRow, error) {
	infos, err := e.Models(ctx)
	if err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	rows := make([]modelRow, 0, len(infos))
	direct := map[[2]string]bool{}
	var langs []string
	seen := map[string]bool{}
	for _, m := range infos {
		rows = append(rows, modelRow{ModelInfo: m})
		direct[[2]string{m.Src, m.Tgt}] = true
		for _, tag := range []string{m.Src, m.Tgt} {
			if !seen[tag] {
				seen[tag] = true
				langs = append(langs, tag)
			}
		}
	}
	for _, from := range langs {
		for _, to := range langs {
			if from == to || direct[[2]string{from, to}] {
				continue
			}
			route, err := e.Route(ctx, from, to)
			if err != nil || len(route) != 2 {
				continue // no way between them, not even through English
			}
			rows = append(rows, modelRow{ModelInfo: translate.ModelInfo{Src: from, Tgt: to}, Pivot: true})
		}
	}
	return rows, nil
}

// modelColumn is one column of the models table: its title, its width and
// the text of a row in it.
type modelColumn struct {
	title string
	width float32
	text  func(modelRow) string
}

// modelColumns are the columns of the models table, left to right.
var modelColumns = []modelColumn{
	{title: "From", width: 180, text: func(r modelRow) string { return langSelfName(r.Src) }},
	{title: "To", width: 180, text: func(r modelRow) string { return langSelfName(r.Tgt) }},
	{title: "Trained from", width: 280, text: modelSource},
	{title: "Sentence pairs", width: 115, text: func(r modelRow) string { return figure(r, int64(r.Pairs)) }},
	{title: "Phrase pairs", width: 110, text: func(r modelRow) string { return figure(r, r.PhraseCount) }},
	{title: "N-grams", width: 100, text: func(r modelRow) string { return figure(r, r.NGramCount) }},
	{title: "Quality", width: 170, text: modelQuality},
	{title: "Trained at", width: 140, text: trainedAt},
}

// modelSource says what a row's model learnt from; the default models are
// drafts of the team's phrasebook and say so.
func modelSource(r modelRow) string {
	switch {
	case r.Pivot:
		return fmt.Sprintf("via English (%s→en, then en→%s)", r.Src, r.Tgt)
	case strings.HasPrefix(r.Source, defaults.ModelSource):
		return defaults.ModelSource + " (draft)"
	}
	return r.Source
}

// figure is a count of a model's, or nothing for a pair served through English.
func figure(r modelRow, n int64) string {
	if r.Pivot {
		return ""
	}
	return fmt.Sprint(n)
}

// modelQuality shows the scores evaluation measured, when it did.
func modelQuality(r modelRow) string {
	q := r.Quality
	switch {
	case r.Pivot:
		return ""
	case q.ChrF == 0 && q.BLEU == 0:
		return "not measured"
	}
	return fmt.Sprintf("chrF %.1f · BLEU %.1f", q.ChrF, q.BLEU)
}

// trainedAt is when a model was trained, in local time.
func trainedAt(r modelRow) string {
	if r.Pivot || r.TrainedAt.IsZero() {
		return ""
	}
	return r.TrainedAt.Local().Format("2006-01-02 15:04")
}

// langSelfName names a language in itself, with its tag: "Kiswahili (sw)",
// in logical order; langLabel is how a line of the interface shows it.
func langSelfName(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	if name := display.Self.Name(t); name != "" {
		return fmt.Sprintf("%s (%s)", name, tag)
	}
	return tag
}

// rowMatches reports whether a filter query names a language of r: its tag
// or base language ("zh" finds zh-Hans), or its own name, by the start of a
// word when the query is in Latin letters ("esp" finds "español" but "am"
// not "latinoamericano"), anywhere in it otherwise ("中文" finds "简体中文").
// An empty query matches every row.
func rowMatches(r modelRow, query string) bool {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return true
	}
	for _, tag := range []string{r.Src, r.Tgt} {
		t, err := language.Parse(tag)
		if err != nil {
			continue
		}
		base, _ := t.Base()
		if strings.EqualFold(tag, q) || base.String() == q || nameMatches(display.Self.Name(t), q) {
			return true
		}
	}
	return false
}

// nameMatches reports whether the lower-case query q is in name as
// rowMatches says.
func nameMatches(name, q string) bool {
	name = strings.ToLower(name)
	if !isASCII(q) {
		return strings.Contains(name, q)
	}
	for _, word := range strings.Fields(name) {
		if strings.HasPrefix(word, q) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is all ASCII: a query in Latin letters or digits.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
