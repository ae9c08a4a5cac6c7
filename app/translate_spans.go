package app

import (
	"image/color"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/glossary"
	"tafsiri/translate"
)

// provenance is how a span of output is marked: its colour and its name in
// the legend.
type provenance struct {
	name string
	fill color.NRGBA
}

// The provenances the output shows. Fills are translucent, so the theme's
// text colour stays readable on them in light and in dark mode.
var (
	provMemory      = provenance{"memory, exact", color.NRGBA{0x2e, 0xa0, 0x43, 0x66}}
	provValues      = provenance{"memory, values filled", color.NRGBA{0x7c, 0xb3, 0x42, 0x70}}
	provFuzzy       = provenance{"memory, fuzzy %", color.NRGBA{0xe0, 0xa0, 0x00, 0x70}}
	provRepaired    = provenance{"memory, repaired", color.NRGBA{0xb5, 0xc9, 0x3a, 0x70}}
	provApproved    = provenance{"glossary, approved", color.NRGBA{0x1f, 0x6f, 0xeb, 0x66}}
	provDraft       = provenance{"glossary, draft", color.NRGBA{0xa3, 0x5b, 0xd8, 0x66}}
	provModel       = provenance{"model", color.NRGBA{0x80, 0x80, 0x80, 0x33}}
	provPlaceholder = provenance{"source's value (number, date…)", color.NRGBA{0x00, 0x9a, 0xa6, 0x5c}}
	provUnknown     = provenance{"unknown word", color.NRGBA{0xd7, 0x3a, 0x49, 0x70}}
	provDictionary  = provenance{"dictionary (lexicon)", color.NRGBA{0xc2, 0x7c, 0x0e, 0x5c}}
	provPlain       = provenance{"", color.NRGBA{}}
)

// legendOrder is the order of the legend.
var legendOrder = []provenance{provMemory, provValues, provRepaired, provApproved, provDraft, provModel, provPlaceholder, provDictionary, provUnknown}

// provenanceOf tells how span s is marked; nil is text outside every span.
func provenanceOf(s *translate.Span) provenance {
	if s == nil {
		return provPlain
	}
	switch s.Origin {
	case translate.FromMemory:
		return provMemory
	case translate.FromMemoryValues:
		return provValues
	case translate.FromFuzzyMemory:
		return provFuzzy
	case translate.FromMemoryRepaired:
		return provRepaired
	case translate.FromGlossary:
		if s.TermStatus == string(glossary.Approved) {
			return provApproved
		}
		return provDraft
	case translate.FromPlaceholder:
		return provPlaceholder
	case translate.FromUnknown:
		return provUnknown
	case translate.FromDictionary:
		return provDictionary
	}
	return provModel
}

// newProvenanceLegend shows what each colour of the output means.
func newProvenanceLegend() fyne.CanvasObject {
	items := []fyne.CanvasObject{widget.NewLabel("Colours:")}
	for _, p := range legendOrder {
		items = append(items, newSpanChip(p.name, p.fill, nil))
	}
	return container.New(newWrapFlow(len(items)), items...)
}

// spanChip is a word or phrase of output on the colour of its provenance;
// tapping it asks where it came from.
type spanChip struct {
	widget.BaseWidget
	text     string // in display order
	fill     color.Color
	onTapped func()
}

func newSpanChip(text string, fill color.Color, onTapped func()) *spanChip {
	c := &spanChip{text: text, fill: fill, onTapped: onTapped}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped shows the span's provenance.
func (c *spanChip) Tapped(*fyne.PointEvent) {
	if c.onTapped != nil {
		c.onTapped()
	}
}

// Cursor shows a pointer over chips that can be tapped.
func (c *spanChip) Cursor() desktop.Cursor {
	if c.onTapped != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// CreateRenderer draws the fill behind the text.
func (c *spanChip) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(c.fill)
	bg.CornerRadius = 3
	r := &chipRenderer{chip: c, bg: bg, text: canvas.NewText(c.text, color.Black)}
	r.Refresh()
	return r
}

type chipRenderer struct {
	chip *spanChip
	bg   *canvas.Rectangle
	text *canvas.Text
}

// chipPad is the room around a chip's text, small so that words read as a line.
const chipPad = 2

func (r *chipRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	ts := r.text.MinSize()
	r.text.Resize(ts)
	r.text.Move(fyne.NewPos((size.Width-ts.Width)/2, (size.Height-ts.Height)/2))
}

func (r *chipRenderer) MinSize() fyne.Size {
	return r.text.MinSize().Add(fyne.NewSize(2*chipPad, 2*chipPad))
}

func (r *chipRenderer) Refresh() {
	r.text.Text = r.chip.text
	r.text.Color = theme.ColorForWidget(theme.ColorNameForeground, r.chip)
	r.text.TextSize = theme.SizeForWidget(theme.SizeNameText, r.chip)
	r.bg.FillColor = r.chip.fill
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *chipRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }
func (r *chipRenderer) Destroy()                     {}

// chipSpec is one chip of an output line: a word of a span, or text between spans.
type chipSpec struct {
	Text        string
	Span        *translate.Span // nil for text outside every span
	SpaceBefore bool            // a space separates it from the chip before it
}

// lineChips cuts a translated line into chips, a word each, so that long
// spans (a sentence from the memory) can wrap; every word keeps its span.
// Text the spans do not cover (spaces aside) gets plain chips, so the line
// shows all of res.Text. In a right-to-left line, punctuation at the edges
// of a word gets a chip of its own, attached to it, so that the line's bidi
// order can put it where it belongs (the full stop after a Latin word ends
// up at the left end of an Arabic sentence, not inside the Latin run).
func lineChips(res *translate.Result, rtl bool) []chipSpec {
	var out []chipSpec
	add := func(text string, span *translate.Span, space bool) {
		for i, w := range strings.Fields(text) {
			pieces := []string{w}
			if rtl {
				pieces = splitNeutralEdges(w)
			}
			for j, piece := range pieces {
				out = append(out, chipSpec{Text: piece, Span: span, SpaceBefore: j == 0 && (space || i > 0)})
			}
		}
	}
	located := true
	for _, s := range res.Spans {
		located = located && s.Start >= 0
	}
	pos := 0
	for i := range res.Spans {
		s := &res.Spans[i]
		if !located || s.Start < pos {
			add(s.Text, s, len(out) > 0)
			continue
		}
		gap := res.Text[pos:s.Start]
		add(gap, nil, startsWithSpace(gap))
		add(s.Text, s, len(out) > 0 && gap != "" && endsWithSpace(gap))
		pos = s.Start + len(s.Text)
	}
	if located && pos < len(res.Text) {
		rest := res.Text[pos:]
		add(rest, nil, startsWithSpace(rest))
	}
	return out
}

// splitNeutralEdges cuts the punctuation and symbols off both ends of a
// word that has letters or digits: "(app." → "(", "app", ".".
func splitNeutralEdges(word string) []string {
	first, last := -1, -1
	for i, r := range word {
		if bidiKindOf(string(r)) != kindNeutral {
			if first < 0 {
				first = i
			}
			last = i + utf8.RuneLen(r)
		}
	}
	if first < 0 {
		return []string{word}
	}
	var out []string
	for _, p := range []string{word[:first], word[first:last], word[last:]} {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func startsWithSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t") != s }
func endsWithSpace(s string) bool   { return s != "" && strings.TrimRight(s, " \t") != s }
