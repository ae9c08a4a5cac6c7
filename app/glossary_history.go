package app

import (
	"context"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/storage"
)

// historyActions says in words what each kind of history entry records.
var historyActions = map[string]string{
	"create":  "Created",
	"update":  "Changed",
	"delete":  "Deleted (as it was before)",
	"restore": "Restored",
}

// showHistory reads the selected entry's history and shows it, newest
// first, each version with a button to restore it.
func (v *glossaryView) showHistory() {
	r, ok := v.current()
	if !ok {
		return
	}
	var versions []storage.Version
	v.inBackground(func(ctx context.Context) (err error) {
		versions, err = v.u.store.History(ctx, r.concept.ID)
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("read the history of “%s”: %w\n\nCheck the database with 'tafsiri doctor'.", r.term.Text, err), v.u.win)
			return
		}
		v.historyDialog(r, versions)
	})
}

// historyDialog lists versions in a dialog.
func (v *glossaryView) historyDialog(r glossaryRow, versions []storage.Version) {
	box := container.NewVBox()
	var d dialog.Dialog
	for i, ver := range slices.Backward(versions) {
		latest := i == len(versions)-1
		box.Add(v.versionCard(ver, latest, func() {
			d.Hide()
			v.restoreVersion(ver, r.term.ID)
		}))
	}
	if len(versions) == 0 {
		box.Add(widget.NewLabel("This entry has no recorded history."))
	}
	d = dialog.NewCustom("History of “"+r.term.Text+"”", "Close", container.NewVScroll(box), v.u.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}

// versionCard shows one version: when, who, what, its terms, and a
// "Restore this version" button, disabled for the version in use now.
func (v *glossaryView) versionCard(ver storage.Version, latest bool, restore func()) fyne.CanvasObject {
	what := historyActions[ver.Action]
	if what == "" {
		what = ver.Action
	}
	if ver.Term != nil {
		what = "Term added"
	}
	head := columnHeader(fmt.Sprintf("%s by %s, %s", what, ver.By, ver.At.Local().Format("2 Jan 2006 15:04")))
	card := container.NewVBox(head)
	if ver.Concept.Definition != "" {
		def := widget.NewLabel("Definition: " + ver.Concept.Definition)
		def.Wrapping = fyne.TextWrapWord
		card.Add(def)
	}
	for _, t := range ver.Concept.Terms {
		card.Add(glossaryTermLine(t))
	}
	btn := widget.NewButtonWithIcon("Restore this version", theme.ContentUndoIcon(), restore)
	if latest && ver.Action != "delete" {
		btn.Disable()
	}
	card.Add(container.NewHBox(btn))
	card.Add(widget.NewSeparator())
	return card
}

// restoreVersion brings back ver and selects term termID.
func (v *glossaryView) restoreVersion(ver storage.Version, termID int64) {
	v.inBackground(func(ctx context.Context) error {
		_, err := v.u.store.RestoreVersion(ctx, ver.ID, editorName())
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("restore the version of %s: %w\n\nA version whose terms clash with the entry's "+
				"other terms cannot come back as it is: edit the entry instead.", ver.At.Local().Format("2 Jan 2006 15:04"), err), v.u.win)
			return
		}
		v.undo.show("Restored the version of "+ver.At.Local().Format("2 Jan 2006 15:04")+".", nil)
		v.refreshSelecting(func(r glossaryRow) bool { return r.term.ID == termID })
	})
}
