package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tafsiri/lexicon"
)

// buildList makes the list of entries: the word with its forms, its part
// of speech, the translation with its forms, and where the entry comes
// from, each side in its language's direction.
func (v *lexiconView) buildList() {
	v.list = widget.NewList(
		func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			cells := make([]fyne.CanvasObject, 4)
			for i := range cells {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				cells[i] = l
			}
			return container.New(lexiconColumns, cells...)
		},
		func(id widget.ListItemID, obj fyne.CanvasObject) {
			if id < len(v.rows) {
				fillLexiconRow(obj.(*fyne.Container).Objects, v.rows[id])
			}
		})
	v.list.OnSelected = func(id widget.ListItemID) {
		if id < len(v.rows) {
			v.detail.SetText(lexiconDetail(v.rows[id]))
		}
	}
	v.list.OnUnselected = func(widget.ListItemID) { v.detail.SetText("") }
}

// fillLexiconRow shows e in the cells of a list row.
func fillLexiconRow(cells []fyne.CanvasObject, e lexicon.Entry) {
	texts := []struct{ lang, text string }{
		{e.SrcLang, formsText(e.SrcForms)}, {"en", e.POS}, {e.TgtLang, formsText(e.TgtForms)}, {"en", e.Source},
	}
	for i, t := range texts {
		l := cells[i].(*widget.Label)
		l.Text, l.Alignment = displayText(t.lang, t.text), textAlign(t.lang)
		l.Refresh()
	}
}

// formsText shows a side's forms: "hand (hands)".
func formsText(forms []string) string {
	if len(forms) <= 1 {
		return strings.Join(forms, "")
	}
	return forms[0] + " (" + strings.Join(forms[1:], ", ") + ")"
}

// lexiconDetail says in words what entry e is, where it comes from and
// under which licence.
func lexiconDetail(e lexicon.Entry) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s) → %s (%s)", lexicon.JoinForms(e.SrcForms), e.SrcLang, lexicon.JoinForms(e.TgtForms), e.TgtLang)
	if e.POS != "" {
		fmt.Fprintf(&b, ", %s", e.POS)
	}
	fmt.Fprintf(&b, ". From %s", e.Source)
	if e.Licence != "" {
		fmt.Fprintf(&b, "; licence: %s", e.Licence)
	}
	b.WriteString(".")
	return b.String()
}
