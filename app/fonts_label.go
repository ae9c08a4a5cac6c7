package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// langText shows read-only text of one language, wrapped to its width: it
// wraps the logical text, puts each row in display order and lines the rows
// up on the language's side. Use it for sentences of a language instead of
// a wrapping widget.Label, which would wrap the display order (fonts_wrap.go).
type langText struct {
	widget.BaseWidget
	lang, text string
	label      *widget.Label
	width      float32 // the width the rows were last wrapped to

	minFor   string  // the text minWidth was measured for
	minWidth float32 // the widest word of minFor
}

// newLangText returns a langText showing text of lang.
func newLangText(lang, text string) *langText {
	t := &langText{lang: lang, text: text, label: widget.NewLabel("")}
	t.label.Alignment = lineAlign(lang, text)
	t.ExtendBaseWidget(t)
	return t
}

// SetText shows text of lang.
func (t *langText) SetText(lang, text string) {
	t.lang, t.text = lang, text
	t.label.Alignment = lineAlign(lang, text)
	t.Refresh()
}

// Text returns the text shown, in logical order, for copying.
func (t *langText) Text() string { return t.text }

// rewrap wraps the text to width, less the label's padding on each side.
func (t *langText) rewrap(width float32) {
	t.width = width
	inner := width - 2*theme.InnerPadding()
	if inner <= 0 {
		inner = 1
	}
	shown := wrapDisplay(t.lang, t.text, inner, theme.TextSize(), t.label.TextStyle)
	if shown != t.label.Text {
		t.label.SetText(shown)
	}
}

// MinSize is as wide as the widest word and as tall as the rows at the
// current width.
func (t *langText) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	if t.minFor != t.text || t.minWidth == 0 {
		t.minFor, t.minWidth = t.text, 0
		// At width 0 every word is a row of its own.
		for _, word := range wrapLogical(t.text, 0, theme.TextSize(), t.label.TextStyle) {
			w := fyne.MeasureText(t.text[word.Start:word.End], theme.TextSize(), t.label.TextStyle).Width
			t.minWidth = max(t.minWidth, w)
		}
	}
	return fyne.NewSize(t.minWidth+2*theme.InnerPadding(), t.label.MinSize().Height)
}

// CreateRenderer draws the label, rewrapped whenever the width changes.
func (t *langText) CreateRenderer() fyne.WidgetRenderer {
	return &langTextRenderer{t: t}
}

type langTextRenderer struct{ t *langText }

func (r *langTextRenderer) Layout(size fyne.Size) {
	if size.Width != r.t.width {
		r.t.rewrap(size.Width)
	}
	r.t.label.Resize(size)
	r.t.label.Move(fyne.NewPos(0, 0))
}

func (r *langTextRenderer) MinSize() fyne.Size { return r.t.MinSize() }

// Refresh rewraps, for a new text or a theme with another text size.
func (r *langTextRenderer) Refresh() {
	r.t.minFor = ""
	r.t.rewrap(r.t.width)
	r.t.label.Refresh()
}

func (r *langTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.label} }
func (r *langTextRenderer) Destroy()                     {}
