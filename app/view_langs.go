package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// readLanguages runs read (a view's languages) in the background and hands
// its tags to show on the UI goroutine; show closes loaded once the view
// shows them. When read fails it says what failed (what: "the lexicon's
// languages") in a dialog over win and closes loaded itself.
func readLanguages(win fyne.Window, what string, loaded chan struct{},
	read func(ctx context.Context) ([]string, error), show func(tags []string)) {
	go func() {
		tags, err := read(context.Background())
		onUI(func() {
			if err != nil {
				close(loaded)
				dialog.ShowError(fmt.Errorf("read %s: %w\n\nCheck the database with 'tafsiri doctor'.", what, err), win)
				return
			}
			show(tags)
		})
	}()
}

// pairQuestion is the words of the form that asks, before an import, which
// two languages to take from a file.
type pairQuestion struct {
	title    string // of the dialog
	src, tgt string // the fields' labels
	tgtEmpty string // the target field's placeholder: what leaving it empty means
	hint     string // under the target field
}

// askImportPair asks q over win, offering the languages of langs, and passes
// the tags chosen ("" for a field left empty) to then, which asks for the
// file; Cancel does nothing.
func askImportPair(win fyne.Window, langs langChoices, q pairQuestion, then func(src, tgt string)) {
	src, tgt := widget.NewSelectEntry(langs.offered()), widget.NewSelectEntry(langs.offered())
	src.SetPlaceHolder("as the file says")
	tgt.SetPlaceHolder(q.tgtEmpty)
	items := []*widget.FormItem{widget.NewFormItem(q.src, src), widget.NewFormItem(q.tgt, tgt)}
	items[1].HintText = q.hint
	d := dialog.NewForm(q.title, "Choose file…", "Cancel", items, func(ok bool) {
		if ok {
			then(langs.tag(src.Text), langs.tag(tgt.Text))
		}
	}, win)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
}
