package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/storage"
)

// busyText is the note shown while a change waits for another process's write.
const busyText = "Waiting for another import or save to finish…"

// storeNotes are the notes across the top of the window about the database
// itself, as storage reports it: that it could only be opened for reading
// (shown as long as the window is open), and that a change is waiting for
// another process's write, such as an import, to end.
type storeNotes struct {
	box      *fyne.Container
	readOnly *fyne.Container
	busy     *fyne.Container
	// relayout lays the window out again: showing or hiding a note does not
	// lay its parent out again.
	relayout func()
}

// newStoreNotes builds the notes about st; the read-only one shows from the start when st says so.
func newStoreNotes(st *storage.Store) *storeNotes {
	n := &storeNotes{relayout: func() {}}
	why := st.ReadOnly()
	n.readOnly = noteBox(theme.WarningIcon(), readOnlyText(st.Path(), why), widget.WarningImportance)
	n.readOnly.Hidden = why == nil
	n.busy = noteBox(theme.InfoIcon(), busyText, widget.MediumImportance)
	n.busy.Hide()
	n.box = container.NewVBox(n.readOnly, n.busy)
	return n
}

// readOnlyText says what a database at path that storage opened for reading
// only, for the reason why, still lets the user do.
func readOnlyText(path string, why error) string {
	const left = "you can translate and search; saving, importing and training are off."
	if errors.Is(why, storage.ErrDiskFull) {
		return fmt.Sprintf("The disk that holds this database is full (%s): %s", path, left)
	}
	return fmt.Sprintf("This database is read-only (%s): %s", path, left)
}

// noteBox is a note of the window: an icon and a wrapped label.
func noteBox(icon fyne.Resource, text string, importance widget.Importance) *fyne.Container {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = importance
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}

// setWaiting shows the waiting note while a change waits for another
// write to end, and takes it down when none waits any more (storage's
// WhenBusy notice, handed to the UI goroutine).
func (n *storeNotes) setWaiting(waiting bool) {
	if n.busy.Hidden == waiting {
		n.busy.Hidden = !waiting
		n.relayout()
	}
}

// withStoreNotes puts the notes about u's store above tabs and hands the
// store's busy notice to them.
func (u *UI) withStoreNotes(tabs fyne.CanvasObject) fyne.CanvasObject {
	content := container.NewBorder(u.notes.box, nil, nil, nil, tabs)
	u.notes.relayout = content.Refresh
	u.store.WhenBusy(func(waiting bool) { onUI(func() { u.notes.setWaiting(waiting) }) })
	return content
}

// disableWrites turns off the buttons that only write, when the database
// cannot be written: the banner says why. The others say so in the error
// dialog of the change they try.
func (u *UI) disableWrites() {
	if u.store.ReadOnly() == nil {
		return
	}
	for _, b := range []*widget.Button{u.glossary.add, u.glossary.importBtn, u.memory.importBtn,
		u.lexicon.importBtn, u.lexicon.importDir, u.models.train} {
		b.Disable()
	}
}
