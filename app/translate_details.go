package app

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tafsiri/memory"
	"tafsiri/translate"
	"tafsiri/translate/phrases"
	"tafsiri/translate/tokenize"
)

// spanDetail is where a span of output came from, ready to show.
type spanDetail struct {
	Title string
	Rows  []detailRow
}

// detailRow is one fact about a span; Lang is the language of Value ("" for
// English prose of the app).
type detailRow struct {
	Label, Value, Lang string
}

// maxAlternatives is how many of the model's other translations of a phrase are shown.
const maxAlternatives = 6

// showSpan shows where span of res came from, gathered off the UI goroutine.
func (v *translateView) showSpan(res *translate.Result, span translate.Span) {
	shown := make(chan struct{})
	v.detailShown = shown
	go func() {
		d := describeSpan(context.Background(), v.u, res, span)
		onUI(func() {
			defer close(shown)
			showSpanDetail(v.u.win, d)
		})
	}()
}

// showSpanDetail shows d in a dialog, each value in its language's fonts and direction.
func showSpanDetail(win fyne.Window, d spanDetail) {
	form := widget.NewForm()
	for _, r := range d.Rows {
		if r.Lang == "" {
			value := widget.NewLabel(r.Value)
			value.Wrapping = fyne.TextWrapWord
			form.Append(r.Label, value)
			continue
		}
		// langText wraps the logical text, then orders each row for display.
		form.Append(r.Label, forLang(r.Lang, newLangText(r.Lang, r.Value)))
	}
	dlg := dialog.NewCustom(d.Title, "Close", form, win)
	dlg.Resize(fyne.NewSize(520, 0))
	dlg.Show()
}

// describeSpan gathers what the store knows of span's origin: the memory
// segment, the glossary entry, or the model's other choices.
func describeSpan(ctx context.Context, u *UI, res *translate.Result, span translate.Span) spanDetail {
	src := res.From
	if res.Via != "" {
		src = res.Via // the last model of the route translated the pivot text
	}
	d := spanDetail{Rows: []detailRow{{"Output", span.Text, res.To}, {"Translates", span.Source, src}}}
	if res.Via != "" {
		d.Rows = append(d.Rows, detailRow{"Route", fmt.Sprintf("%s → %s → %s", res.From, res.Via, res.To), ""})
	}
	switch span.Origin {
	case translate.FromMemory, translate.FromFuzzyMemory:
		d.Title = fmt.Sprintf("Translation memory, %d%% match", span.Match)
		d.Rows = append(d.Rows, spanMemoryRows(ctx, u, src, res.To, span)...)
	case translate.FromMemoryRepaired:
		d.Title = fmt.Sprintf("Translation memory, repaired (%d%% match)", span.Match)
		d.Rows = append(d.Rows, spanMemoryRows(ctx, u, src, res.To, span)...)
		d.Rows = append(d.Rows, detailRow{"Why", "The stored sentence differs in a few words; their translations, " +
			"marked apart from the rest, replace the stored ones. Check them before you use the text.", ""})
	case translate.FromMemoryValues:
		d.Title = "Translation memory, values filled"
		d.Rows = append(d.Rows, spanMemoryRows(ctx, u, src, res.To, span)...)
		for _, v := range span.Values {
			d.Rows = append(d.Rows, detailRow{"Value filled in", fmt.Sprintf("%s (stored) → %s (this text)", v.Stored, v.Query), src})
		}
	case translate.FromGlossary:
		d.Title = "Glossary term, " + span.TermStatus
		d.Rows = append(d.Rows, spanGlossaryRows(ctx, u, src, res.To, span)...)
	case translate.FromPlaceholder:
		d.Title = "The source's value"
		d.Rows = append(d.Rows, detailRow{"Why", "Numbers, times, dates, links and e-mail addresses are the source's, copied as they are; " +
			"dates, times and weekdays that English writes with words are written with this language's names and patterns (CLDR).", ""})
	case translate.FromDictionary:
		d.Title = "Dictionary (the lexicon)"
		d.Rows = append(d.Rows, spanDictionaryRows(ctx, u, src, res.To, span)...)
	case translate.FromUnknown:
		d.Title = "Unknown word"
		d.Rows = append(d.Rows, detailRow{"Why", "No model or glossary entry knows this word, so it was kept as written. " +
			"Add it to the glossary, or correct the translation and accept it.", ""})
	default:
		d.Title = "Phrase model"
		d.Rows = append(d.Rows, spanModelRows(ctx, u, src, res.To, span)...)
	}
	return d
}

// spanMemoryRows shows the stored segment a memory span came from and how its
// source differs from the text.
func spanMemoryRows(ctx context.Context, u *UI, src, tgt string, span translate.Span) []detailRow {
	hits, err := memory.Search(ctx, u.store, src, tgt, span.Source, max(span.Match, 1), 1)
	if err != nil {
		return []detailRow{{"Stored segment", "Could not be read: " + err.Error(), ""}}
	}
	if len(hits) == 0 {
		return []detailRow{{"Stored segment", "No longer in the memory (edited or deleted since).", ""}}
	}
	seg := hits[0].Segment
	approved := "not reviewed"
	if seg.Approved {
		approved = "approved"
	}
	rows := []detailRow{
		{"Stored source", seg.Source, src},
		{"Stored translation", seg.Target, tgt},
		{"Stored", fmt.Sprintf("%s, %s, used %d times", segmentOriginName(seg.Origin), approved, seg.UseCount), ""},
	}
	for _, op := range span.Diff {
		if op.Kind == memory.Equal {
			continue
		}
		rows = append(rows, detailRow{"Differs (" + op.Kind.String() + ")",
			fmt.Sprintf("text: “%s” · memory: “%s”", op.Query, op.Candidate), src})
	}
	return rows
}

// segmentOriginName says in words where a memory segment came from.
func segmentOriginName(origin string) string {
	switch origin {
	case "user":
		return "accepted in Tafsiri"
	case "import":
		return "imported"
	case "default":
		return "default data"
	}
	return origin
}

// spanGlossaryRows shows the concept of a glossary span with its terms in both languages.
func spanGlossaryRows(ctx context.Context, u *UI, src, tgt string, span translate.Span) []detailRow {
	c, err := u.store.Concept(ctx, span.ConceptID)
	if err != nil {
		return []detailRow{{"Concept", fmt.Sprintf("#%d could not be read: %v", span.ConceptID, err), ""}}
	}
	rows := []detailRow{{"Concept", fmt.Sprintf("#%d %s", c.ID, c.Subject), ""}}
	if c.Definition != "" {
		rows = append(rows, detailRow{"Definition", c.Definition, ""})
	}
	for _, lang := range []string{src, tgt} {
		for _, t := range c.Terms {
			if t.Lang == lang {
				rows = append(rows, detailRow{fmt.Sprintf("Term %s (%s)", t.Lang, t.Status), t.Text, t.Lang})
			}
		}
	}
	return rows
}

// spanModelRows shows a model span's score and the other translations the
// phrase table offers for its source phrase.
func spanModelRows(ctx context.Context, u *UI, src, tgt string, span translate.Span) []detailRow {
	rows := []detailRow{{"Score", fmt.Sprintf("%.2f (the model's weighted log score of this step)", span.Score), ""}}
	route, err := u.engine.Route(ctx, src, tgt)
	if err != nil {
		return rows
	}
	m := route[len(route)-1]
	key := tablePhraseKey(m.Src, span.Source)
	found, err := u.store.Phrases(ctx, m.ID, []string{key})
	if err != nil {
		return append(rows, detailRow{"Alternatives", "Could not be read: " + err.Error(), ""})
	}
	entries := found[key]
	if len(entries) == 0 {
		return append(rows, detailRow{"Alternatives", "None: the phrase was matched by its stem or pieced together.", ""})
	}
	slices.SortFunc(entries, func(a, b phrases.Entry) int { return cmp.Compare(b.Scores[phrases.PhiEF], a.Scores[phrases.PhiEF]) })
	chosen := tablePhraseKey(m.Tgt, span.Text)
	for i, e := range entries[:min(len(entries), maxAlternatives)] {
		mark := ""
		if e.Target == chosen {
			mark = " ← chosen"
		}
		p := math.Exp(float64(e.Scores[phrases.PhiEF]))
		rows = append(rows, detailRow{fmt.Sprintf("Option %d", i+1), fmt.Sprintf("%s  (%.0f%%)%s", e.Target, 100*p, mark), m.Tgt})
	}
	return rows
}

// tablePhraseKey is a phrase as the phrase table stores it: its words' keys
// (case-folded), joined by spaces.
func tablePhraseKey(lang, text string) string {
	return strings.Join(tokenize.Keys(lang, tokenize.Tokenize(lang, tokenize.Normalize(text))), " ")
}
