package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tafsiri/defaults"
	"tafsiri/glossary"
)

// buildList makes the list of terms, one row each, every term drawn with
// the fonts and direction of its language.
func (v *glossaryView) buildList() {
	v.list = widget.NewList(
		func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			cell := func() *widget.Label {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				return l
			}
			return container.New(glossaryColumns, cell(), cell(), cell(), cell())
		},
		func(id widget.ListItemID, obj fyne.CanvasObject) {
			if id < len(v.rows) {
				fillGlossaryRow(obj.(*fyne.Container).Objects, v.rows[id])
			}
		})
	v.list.OnSelected = func(id widget.ListItemID) {
		v.selected = id
		v.showDetail()
		v.enableActions()
	}
	v.list.OnUnselected = func(widget.ListItemID) {
		v.selected = -1
		v.showDetail()
		v.enableActions()
	}
}

// fillGlossaryRow shows row r in the cells of a list row.
func fillGlossaryRow(cells []fyne.CanvasObject, r glossaryRow) {
	term := cells[0].(*widget.Label)
	term.Alignment = textAlign(r.term.Lang)
	term.Text = displayText(r.term.Lang, r.term.Text)
	term.Refresh()
	cells[1].(*widget.Label).SetText(r.term.Lang)
	status := cells[2].(*widget.Label)
	status.Importance = statusImportance(r.term.Status)
	status.SetText(string(r.term.Status))
	source := cells[3].(*widget.Label)
	source.Importance = widget.MediumImportance
	if termSourceOf(r) == defaults.Label {
		source.Importance = widget.WarningImportance
	}
	source.SetText(termSourceOf(r))
}

// termSourceOf is where a row's term comes from: its own source, else its concept's.
func termSourceOf(r glossaryRow) string {
	if r.term.Source != "" {
		return r.term.Source
	}
	return r.concept.Source
}

// showDetail shows the selected entry in full: the term, where it comes
// from, its definition and notes, and its terms in every language.
func (v *glossaryView) showDetail() {
	r, ok := v.current()
	if !ok {
		hint := widget.NewLabel("Select a term to see its entry in every language.")
		hint.Wrapping = fyne.TextWrapWord
		v.detail.Objects = []fyne.CanvasObject{hint}
		v.detail.Refresh()
		return
	}
	title := widget.NewLabelWithStyle(displayText(r.term.Lang, r.term.Text), textAlign(r.term.Lang), fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{forLang(r.term.Lang, title), glossaryStatusLine(r.term)}
	source := widget.NewLabel("Source: " + termSourceOf(r))
	source.Wrapping = fyne.TextWrapWord
	if termSourceOf(r) == defaults.Label {
		source.Importance = widget.WarningImportance
	}
	objs = append(objs, source)
	for _, f := range []struct{ name, text string }{
		{"Part of speech", r.term.PartOfSpeech}, {"Definition", r.concept.Definition},
		{"Subject", r.concept.Subject}, {"Note", r.concept.Note}, {"Note on this term", r.term.Note},
	} {
		if f.text != "" {
			l := widget.NewLabel(f.name + ": " + f.text)
			l.Wrapping = fyne.TextWrapWord
			objs = append(objs, l)
		}
	}
	if r.term.ChangedBy != "" {
		objs = append(objs, widget.NewLabel(fmt.Sprintf("Changed by %s, %s", r.term.ChangedBy,
			r.term.ChangedAt.Local().Format("2 Jan 2006 15:04"))))
	}
	objs = append(objs, widget.NewSeparator(), columnHeader("In every language"))
	for _, t := range r.concept.Terms {
		objs = append(objs, glossaryTermLine(t))
	}
	v.detail.Objects = objs
	v.detail.Refresh()
}

// glossaryStatusLine says a term's status in its colour.
func glossaryStatusLine(t glossary.Term) *widget.Label {
	l := widget.NewLabel("Status: " + string(t.Status))
	l.Importance = statusImportance(t.Status)
	return l
}

// glossaryTermLine shows one term of an entry: its language, its text in its own
// fonts and direction, and its status.
func glossaryTermLine(t glossary.Term) fyne.CanvasObject {
	text := widget.NewLabel(displayText(t.Lang, t.Text))
	text.Alignment = textAlign(t.Lang)
	text.Wrapping = fyne.TextWrapWord
	status := widget.NewLabel(string(t.Status))
	status.Importance = statusImportance(t.Status)
	return container.NewBorder(nil, nil, widget.NewLabel(t.Lang), status, forLang(t.Lang, text))
}
