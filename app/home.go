package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"tafsiri/storage"
)

// homeView shows where the data lives and how much of it there is.
type homeView struct {
	win     fyne.Window
	store   *storage.Store
	content fyne.CanvasObject

	path, languages, glossary, memory, models *widget.Label
	status                                    *widget.Label // what the app is doing in the background
	reload                                    *widget.Button
	// loaded closes when the latest refresh has been shown.
	loaded chan struct{}
}

func newHomeView(win fyne.Window, st *storage.Store) *homeView {
	v := &homeView{win: win, store: st}
	v.path = selectableLabel()
	v.languages = selectableLabel()
	v.glossary = widget.NewLabel("")
	v.memory = widget.NewLabel("")
	v.models = widget.NewLabel("")
	v.status = widget.NewLabel("")
	v.reload = widget.NewButton("Reload", v.refresh)
	title := widget.NewLabelWithStyle("Tafsiri", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	intro := widget.NewLabel("Translate health notices between languages, on this computer, without internet.")
	form := widget.NewForm(
		widget.NewFormItem("Data file", v.path),
		widget.NewFormItem("Languages", v.languages),
		widget.NewFormItem("Glossary", v.glossary),
		widget.NewFormItem("Translation memory", v.memory),
		widget.NewFormItem("Phrase models", v.models),
	)
	// Scrolled: its word-wrapped labels would otherwise ask for the
	// height of every word on its own line and stretch the window.
	v.content = container.NewVScroll(container.NewVBox(title, intro, widget.NewSeparator(), form,
		container.NewHBox(v.reload), v.status))
	return v
}

// setupStarted shows that a first-start task is running.
func (v *homeView) setupStarted() {
	v.status.SetText("Preparing the default phrasebook and glossary…")
}

// setupDone shows how a first-start task ended and what the database holds now.
func (v *homeView) setupDone(err error) {
	if err != nil {
		v.status.SetText("The default data could not be installed.")
		dialog.ShowError(fmt.Errorf("install the default data: %w\n\nRun 'tafsiri defaults install' to see the details.", err), v.win)
		return
	}
	v.status.SetText("")
	v.refresh()
}

func selectableLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}

// refresh reads the summary in the background and shows it when it arrives.
func (v *homeView) refresh() {
	v.reload.Disable()
	v.path.SetText("Reading the database…")
	loaded := make(chan struct{})
	v.loaded = loaded
	go func() {
		sum, err := v.store.Summary(context.Background())
		onUI(func() {
			defer close(loaded)
			v.reload.Enable()
			if err != nil {
				v.path.SetText("Could not read the database.")
				dialog.ShowError(fmt.Errorf("%w\n\nCheck the file with 'tafsiri doctor'.", err), v.win)
				return
			}
			v.show(sum)
		})
	}()
}

func (v *homeView) show(sum storage.Summary) {
	v.path.SetText(sum.Path)
	v.languages.SetText(languageList(sum.Languages))
	v.glossary.SetText(count(sum.Concepts, "concept") + ", " + count(sum.Terms, "term"))
	v.memory.SetText(count(sum.Segments, "segment"))
	v.models.SetText(fmt.Sprintf("%d ready to translate", sum.Models))
}

// count says how many of a thing there are, in English ("1 term", "2 terms").
func count(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// languageList names each language in its own language, with its tag.
func languageList(tags []string) string {
	if len(tags) == 0 {
		return "None yet: import a glossary or translation memory."
	}
	names := make([]string, len(tags))
	for i, tag := range tags {
		names[i] = tag
		if t, err := language.Parse(tag); err == nil {
			if name := display.Self.Name(t); name != "" {
				names[i] = fmt.Sprintf("%s (%s)", name, tag)
			}
		}
	}
	return strings.Join(names, ", ")
}
