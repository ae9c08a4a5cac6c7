package app

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/translate"
	"tafsiri/translate/detect"
)

// The view's keyboard shortcuts.
var (
	// translateShortcut (Ctrl+Enter) translates the source text.
	translateShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	// copyShortcut (Ctrl+Shift+C) copies the focused output, else the first.
	copyShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyC,
		Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// translateView translates a text into one or several languages and shows
// where each part of every translation came from.
type translateView struct {
	u       *UI
	content fyne.CanvasObject

	source  *sourcePanel
	targets *targetPicker
	outputs *outputList

	translateBtn, cancelBtn, exportBtn *widget.Button
	// cancel stops the running translation; nil when none runs.
	cancel context.CancelFunc
	// translated closes when the latest translation has been shown, or
	// has failed or been cancelled; tests wait on it.
	translated chan struct{}
	// detailShown closes when the provenance of the latest span tapped is shown; tests wait on it.
	detailShown chan struct{}
	// exported closes when the latest notice export has ended; tests wait on it.
	exported chan struct{}
}

// newTranslateView builds the view; reload starts reading the database.
func newTranslateView(u *UI) *translateView {
	v := &translateView{u: u}
	v.source = newSourcePanel(v)
	v.targets = newTargetPicker(v)
	v.outputs = newOutputList(v)
	v.translateBtn = widget.NewButtonWithIcon("Translate (Ctrl+Enter)", theme.MediaPlayIcon(), v.translate)
	v.translateBtn.Importance = widget.HighImportance
	v.cancelBtn = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), v.stop)
	v.cancelBtn.Disable()
	v.exportBtn = widget.NewButtonWithIcon("Export notice…", theme.DocumentSaveIcon(), v.exportNotice)
	v.source.entry.shortcuts = v.entryShortcuts()

	actions := container.NewHBox(v.translateBtn, v.cancelBtn, v.exportBtn)
	below := container.NewVBox(v.targets.content, actions)
	// Objects in reading order, which is the Tab order: language and Open,
	// the text, the targets, the actions.
	top := container.New(layout.NewBorderLayout(v.source.header, below, nil, nil), v.source.header, v.source.entry, below)
	bottom := container.NewBorder(newProvenanceLegend(), nil, nil, nil, container.NewVScroll(v.outputs.box))
	split := container.NewVSplit(top, bottom)
	split.Offset = 0.4
	v.content = split
	return v
}

// reload reads, in the background, what the view offers: the detector
// learns from the database as it is now, and the languages and models are
// listed anew. Call it once the view is in the window, and again after the
// database changed (first-start setup, an import, a
// newly trained model), after u.engine.Refresh() when the models or the
// glossary changed, since the engine caches its model list.
func (v *translateView) reload() {
	v.source.load()
	v.targets.load()
}

// registerShortcuts adds Ctrl+Enter (translate) and Ctrl+Shift+C (copy the
// output) to the window's canvas; they do nothing while the view is hidden
// behind another tab. The view's own text boxes handle them too, since a
// focused Entry gets shortcuts before the canvas does.
func (v *translateView) registerShortcuts(c fyne.Canvas) {
	c.AddShortcut(translateShortcut, func(fyne.Shortcut) {
		if v.content.Visible() {
			v.translate()
		}
	})
	c.AddShortcut(copyShortcut, func(fyne.Shortcut) {
		if v.content.Visible() {
			v.copyOutput()
		}
	})
}

// entryShortcuts are the shortcuts the source box passes to the view.
func (v *translateView) entryShortcuts() map[string]func() {
	return map[string]func(){
		translateShortcut.ShortcutName(): v.translate,
		copyShortcut.ShortcutName():      v.copyOutput,
	}
}

// onDropped opens a .txt or .md file dropped on the window as the source
// text; wire it with win.SetOnDropped.
func (v *translateView) onDropped(_ fyne.Position, uris []fyne.URI) {
	if len(uris) > 0 {
		v.source.openURI(uris[0])
	}
}

// translate translates the source text into every chosen target language,
// each in its own goroutine, and shows the results as they come.
func (v *translateView) translate() {
	if v.cancel != nil {
		return // already translating
	}
	text := v.source.entry.Text
	if strings.TrimSpace(text) == "" {
		v.showError(errors.New("translate: there is no text"),
			"Type or paste the text to translate, or open a .txt or .md file.")
		return
	}
	targets := v.targets.selected()
	if len(targets) == 0 {
		v.showError(errors.New("translate: no target language is chosen"),
			"Tick at least one language under “To”. If there is none, install or train a model in the Models view.")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	done := make(chan struct{})
	v.translated = done
	v.setRunning(true)
	panels := v.outputs.prepare(targets)
	go v.run(ctx, v.source.lang, v.source.detectorBox(), text, panels, done)
}

// run detects the source language if it is not known yet, then translates
// into every target at once.
func (v *translateView) run(ctx context.Context, from string, det *detectorBox, text string,
	panels []*outputPanel, done chan struct{}) {
	defer onUI(func() {
		v.cancel = nil
		v.setRunning(false)
		close(done)
	})
	if from == "" {
		res, err := det.detect(ctx, text)
		if err == nil && res.Lang == detect.Undetermined {
			err = errors.New("the text has no words to tell its language by")
		}
		if errors.Is(err, context.Canceled) {
			onUI(func() { v.outputs.stopAll("Cancelled.") })
			return
		}
		if err != nil {
			onUI(func() {
				v.outputs.stopAll("Not translated.")
				v.showError(fmt.Errorf("detect the language: %w", err),
					"Choose the language of the text with the “From” button, then translate again.")
			})
			return
		}
		from = res.Lang
		onUI(func() { v.source.showDetected(text, res) })
	}
	var wg sync.WaitGroup
	for _, p := range panels {
		wg.Go(func() { v.translateTarget(ctx, from, text, p) })
	}
	wg.Wait()
}

// translateTarget translates text line by line into p's language, a few
// lines at a time so that p's progress bar moves.
func (v *translateView) translateTarget(ctx context.Context, from, text string, p *outputPanel) {
	lines := strings.Split(text, "\n")
	batch := max(runtime.NumCPU(), 4)
	results := make([]*translate.Result, 0, len(lines))
	for start := 0; start < len(lines); start += batch {
		end := min(start+batch, len(lines))
		res, err := v.u.engine.TranslateLines(ctx, from, p.lang, lines[start:end])
		if err != nil {
			onUI(func() { p.fail(from, err) })
			return
		}
		results = append(results, res...)
		onUI(func() { p.progress.SetValue(float64(end) / float64(len(lines))) })
	}
	onUI(func() { p.show(from, text, results) })
}

// stop cancels the running translation.
func (v *translateView) stop() {
	if v.cancel != nil {
		v.cancel()
	}
}

func (v *translateView) setRunning(running bool) {
	if running {
		v.translateBtn.Disable()
		v.cancelBtn.Enable()
		return
	}
	v.translateBtn.Enable()
	v.cancelBtn.Disable()
}

// copyOutput copies the focused output to the clipboard, else the first one.
func (v *translateView) copyOutput() {
	p := v.outputs.focused(v.u.win.Canvas().Focused())
	if p == nil {
		v.showError(errors.New("copy: there is no translation yet"), "Translate the text first (Ctrl+Enter).")
		return
	}
	p.copy()
}

// showError shows what failed and what to do about it.
func (v *translateView) showError(err error, hint string) {
	dialog.ShowError(fmt.Errorf("%w\n\n%s", err, hint), v.u.win)
}

// shortcutEntry is a text box that passes some shortcuts to the view: a
// focused Entry receives every shortcut, so the canvas would never see them.
type shortcutEntry struct {
	widget.Entry
	shortcuts map[string]func()
}

func newShortcutEntry() *shortcutEntry {
	e := &shortcutEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false, so that Tab moves on to the next control as
// keyboard users expect, rather than typing a tab into a notice.
func (e *shortcutEntry) AcceptsTab() bool { return false }

// TypedShortcut runs the view's shortcuts, and the Entry's own otherwise.
func (e *shortcutEntry) TypedShortcut(s fyne.Shortcut) {
	if f, ok := e.shortcuts[s.ShortcutName()]; ok {
		f()
		return
	}
	e.Entry.TypedShortcut(s)
}
