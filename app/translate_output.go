package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/memory"
	"tafsiri/translate"
)

// maxChipLines is how many lines of a translation are drawn word by word
// with their provenance; the whole text is always in the editor.
const maxChipLines = 300

// outputList holds an output panel per target language of the latest translation.
type outputList struct {
	v      *translateView
	box    *fyne.Container
	panels []*outputPanel
}

func newOutputList(v *translateView) *outputList {
	return &outputList{v: v, box: container.NewVBox()}
}

// prepare shows a panel for each target, reusing those already there, and
// marks them as translating.
func (l *outputList) prepare(targets []string) []*outputPanel {
	old := map[string]*outputPanel{}
	for _, p := range l.panels {
		old[p.lang] = p
	}
	l.panels = nil
	var objs []fyne.CanvasObject
	for _, t := range targets {
		p := old[t]
		if p == nil {
			p = newOutputPanel(l.v, t)
		}
		p.start()
		l.panels = append(l.panels, p)
		objs = append(objs, p.content)
	}
	l.box.Objects = objs
	l.box.Refresh()
	return l.panels
}

// stopAll marks every panel as done with msg, when a translation ended
// before any target started.
func (l *outputList) stopAll(msg string) {
	for _, p := range l.panels {
		p.progress.Hide()
		p.status.SetText(msg)
	}
}

// focused is the panel whose editor has the focus, else the first with a translation.
func (l *outputList) focused(f fyne.Focusable) *outputPanel {
	for _, p := range l.panels {
		if f != nil && f == fyne.Focusable(p.edit) && p.results != nil {
			return p
		}
	}
	for _, p := range l.panels {
		if p.results != nil {
			return p
		}
	}
	return nil
}

// outputPanel is the translation into one language: its lines with every
// span coloured by provenance, an editor, and Accept and Copy.
type outputPanel struct {
	v       *translateView
	lang    string
	content fyne.CanvasObject

	progress *widget.ProgressBar
	status   *widget.Label
	body     *fyne.Container // the coloured lines
	edit     *shortcutEntry
	editor   fyne.CanvasObject // edit, in the language's fonts; hidden until asked for

	editBtn, acceptBtn, copyBtn *widget.Button

	// suggestions lists the memory's fuzzy matches for sentences it could
	// not answer for sure: never part of the translation, there to review.
	suggestions *fyne.Container

	from, source string              // what was translated, and its language
	results      []*translate.Result // a result per line; nil until translated
	// accepted closes when the latest Accept has been stored or has failed; tests wait on it.
	accepted chan struct{}
}

func newOutputPanel(v *translateView, lang string) *outputPanel {
	p := &outputPanel{v: v, lang: lang}
	title := widget.NewLabelWithStyle(languageLabel(lang), fyne.TextAlignLeading,
		fyne.TextStyle{Bold: true})
	p.progress = widget.NewProgressBar()
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.body = container.NewStack()
	p.suggestions = container.NewVBox()
	p.edit = newShortcutEntry()
	// Ctrl+Shift+C copies this translation; Ctrl+Enter is left out here, as
	// translating again would throw the edits away.
	p.edit.shortcuts = map[string]func(){copyShortcut.ShortcutName(): p.copy}
	p.edit.SetMinRowsVisible(3)
	p.editor = forLang(lang, p.edit)
	p.editor.Hide()
	p.editBtn = widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), p.toggleEditor)
	p.acceptBtn = widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), p.accept)
	p.copyBtn = widget.NewButtonWithIcon("Copy", theme.ContentCopyIcon(), p.copy)
	buttons := container.NewHBox(p.editBtn, p.acceptBtn, p.copyBtn)
	header := container.NewBorder(nil, nil, forLang(lang, title), buttons)
	p.content = container.NewVBox(widget.NewSeparator(), header, p.progress, p.body, p.suggestions, p.editor, p.status)
	return p
}

// start marks the panel as translating.
func (p *outputPanel) start() {
	p.results = nil
	p.progress.SetValue(0)
	p.progress.Show()
	p.status.SetText("Translating…")
	p.body.Objects = nil
	p.body.Refresh()
	p.suggestions.RemoveAll()
	p.editor.Hide()
	p.editBtn.SetText("Edit")
	for _, b := range []*widget.Button{p.editBtn, p.acceptBtn, p.copyBtn} {
		b.Disable()
	}
}

// show shows the translation of source (in from), a result per line.
func (p *outputPanel) show(from, source string, results []*translate.Result) {
	p.from, p.source, p.results = from, source, results
	p.progress.Hide()
	rtl := isRTL(p.lang)
	var lines []fyne.CanvasObject
	var texts []string
	for i, res := range results {
		texts = append(texts, res.Text)
		if i < maxChipLines {
			lines = append(lines, p.line(res, rtl))
		}
	}
	if more := len(results) - maxChipLines; more > 0 {
		lines = append(lines, widget.NewLabel(fmt.Sprintf("%d more lines are in the editor (Edit): "+
			"marking every word of a long text would slow the window down.", more)))
	}
	p.body.Objects = []fyne.CanvasObject{forLang(p.lang, container.NewVBox(lines...))}
	p.body.Refresh()
	p.suggestions.RemoveAll()
	for _, res := range results {
		for _, sug := range res.Suggestions {
			l := widget.NewLabel(suggestionText(p.lang, sug))
			l.Wrapping, l.Selectable = fyne.TextWrapWord, true
			p.suggestions.Add(forLang(p.lang, l))
		}
	}
	p.edit.SetText(strings.Join(texts, "\n"))
	p.status.SetText(translationNote(results))
	for _, b := range []*widget.Button{p.editBtn, p.acceptBtn, p.copyBtn} {
		b.Enable()
	}
}

// line draws one translated line as chips that can be tapped.
func (p *outputPanel) line(res *translate.Result, rtl bool) fyne.CanvasObject {
	specs := lineChips(res, rtl)
	if len(specs) == 0 {
		blank := canvas.NewRectangle(nil)
		blank.SetMinSize(fyne.NewSize(1, theme.TextSize()))
		return blank
	}
	chips := make([]fyne.CanvasObject, len(specs))
	for i, c := range specs {
		var tap func()
		if span := c.Span; span != nil {
			tap = func() { p.v.showSpan(res, *span) }
		}
		chips[i] = newSpanChip(displayText(p.lang, c.Text), provenanceOf(c.Span).fill, tap)
	}
	return container.New(newLineFlow(rtl, specs), chips...)
}

// suggestionText says what a memory suggestion holds and how its source
// differs from the sentence translated.
func suggestionText(lang string, s translate.Span) string {
	var diffs []string
	for _, op := range s.Diff {
		if op.Kind != memory.Equal {
			diffs = append(diffs, fmt.Sprintf("text “%s” · memory “%s”", op.Query, op.Candidate))
		}
	}
	return fmt.Sprintf("Memory suggestion, %d%% match, not used (review it; it may say what the text does not): %s\nDiffers: %s",
		s.Match, displayText(lang, s.Text), strings.Join(diffs, "; "))
}

// translationNote says how the translation was made, when that is worth knowing.
func translationNote(results []*translate.Result) string {
	for _, r := range results {
		if r.Via != "" {
			return "Translated through " + languageLabel(r.Via) + ": no direct model for this pair. Tap a word to see where it came from."
		}
	}
	return "Tap a word to see where it came from."
}

// fail shows why the translation into p's language did not happen.
func (p *outputPanel) fail(from string, err error) {
	p.progress.Hide()
	switch {
	case errors.Is(err, context.Canceled):
		p.status.SetText("Cancelled.")
	case errors.Is(err, translate.ErrNoModel):
		p.status.SetText("No model for this language pair.")
		p.v.showError(err, fmt.Sprintf("Install the default models, or train a %s → %s model in the Models view "+
			"(a pair can also go through English when both halves exist).", from, p.lang))
	default:
		p.status.SetText("Not translated.")
		p.v.showError(err, "Try again; if it keeps failing, check the database with 'tafsiri doctor'.")
	}
}

// toggleEditor shows or hides the editable text of the translation.
func (p *outputPanel) toggleEditor() {
	if p.editor.Visible() {
		p.editor.Hide()
		p.editBtn.SetText("Edit")
		return
	}
	p.editor.Show()
	p.editBtn.SetText("Hide editor")
	p.v.u.win.Canvas().Focus(p.edit)
}

// text is the translation as it stands: edited, or as the engine gave it.
func (p *outputPanel) text() string { return p.edit.Text }

// copy puts the translation on the clipboard.
func (p *outputPanel) copy() {
	p.v.u.app.Clipboard().SetContent(p.text())
	p.status.SetText("Copied to the clipboard.")
}

// accept stores the translation, as edited, in the translation memory, so
// the same sentences come back from it next time.
func (p *outputPanel) accept() {
	if p.results == nil {
		return
	}
	pairs := acceptedPairs(p.source, p.text())
	if len(pairs) == 0 {
		p.v.showError(errors.New("accept: the translation is empty"), "Write the translation in the editor, then accept it.")
		return
	}
	// The memory is keyed by the models' tags (es-419, not es), as the engine looks it up.
	from, to := p.results[0].From, p.results[0].To
	done := make(chan struct{})
	p.accepted = done
	p.acceptBtn.Disable()
	engine := p.v.u.engine
	go func() {
		var err error
		for _, pr := range pairs {
			if err = engine.Accept(context.Background(), from, to, pr[0], pr[1]); err != nil {
				break
			}
		}
		onUI(func() {
			defer close(done)
			p.acceptBtn.Enable()
			if err != nil {
				p.v.showError(fmt.Errorf("store the translation: %w", err), "Try again; if it keeps failing, check the database with 'tafsiri doctor'.")
				return
			}
			p.status.SetText("Saved in the translation memory: the same text will come from it next time.")
		})
	}()
}

// acceptedPairs pairs source and translation line by line when both have as
// many lines, else as one segment; blank lines are left out.
func acceptedPairs(source, target string) [][2]string {
	src, tgt := strings.Split(source, "\n"), strings.Split(target, "\n")
	if len(src) != len(tgt) {
		src, tgt = []string{source}, []string{target}
	}
	var out [][2]string
	for i := range src {
		s, t := strings.TrimSpace(src[i]), strings.TrimSpace(tgt[i])
		if s != "" && t != "" {
			out = append(out, [2]string{s, t})
		}
	}
	return out
}
