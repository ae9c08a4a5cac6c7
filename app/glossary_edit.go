package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/glossary"
	"tafsiri/storage"
)

// handSource is the source of entries added in the window.
const handSource = "added in the Tafsiri window"

// inBackground runs work off the UI goroutine, then after with its error
// on the UI goroutine, and closes v.done.
func (v *glossaryView) inBackground(work func(ctx context.Context) error, after func(err error)) {
	v.done = runInBackground(work, after)
}

// addRequest is what the Add form asks for.
type addRequest struct {
	srcLang, srcText, tgtLang, tgtText string
	status                             glossary.Status
	definition                         string
}

// showAdd asks for a new entry: a source term, its translation, their
// status and a definition.
func (v *glossaryView) showAdd() {
	srcLang, tgtLang := widget.NewSelectEntry(v.langs.offered()), widget.NewSelectEntry(v.langs.offered())
	srcLang.SetPlaceHolder("e.g. en")
	tgtLang.SetPlaceHolder("e.g. sw")
	if v.langs.has("en") {
		srcLang.SetText(v.langs.label("en"))
	}
	if l := v.langs.tag(v.langSel.Selected); l != "" && l != "en" {
		tgtLang.SetText(v.langs.label(l))
	}
	srcText, tgtText := widget.NewEntry(), widget.NewEntry()
	srcText.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("give the term")
		}
		return nil
	}
	status := widget.NewSelect(statusChoices[1:], nil)
	status.SetSelected(string(glossary.Draft))
	def := widget.NewMultiLineEntry()
	def.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem("Source language", srcLang), widget.NewFormItem("Source term", srcText),
		widget.NewFormItem("Target language", tgtLang), widget.NewFormItem("Target term", tgtText),
		widget.NewFormItem("Status", status), widget.NewFormItem("Definition", def),
	}
	items[3].HintText = "Leave empty to add the source term alone"
	d := dialog.NewForm("Add to the glossary", "Add", "Cancel", items, func(ok bool) {
		if ok {
			v.addEntry(addRequest{srcLang: v.langs.tag(srcLang.Text), srcText: srcText.Text, tgtLang: v.langs.tag(tgtLang.Text),
				tgtText: tgtText.Text, status: glossary.Status(status.Selected), definition: def.Text})
		}
	}, v.u.win)
	d.Resize(fyne.NewSize(520, 460))
	d.Show()
}

// addEntry stores a new entry as one strict import: it joins the entry
// that has its source term already, and nothing is written when a term
// disagrees with what is there.
func (v *glossaryView) addEntry(in addRequest) {
	c := glossary.Concept{Definition: strings.TrimSpace(in.definition), Source: handSource}
	for _, t := range [][2]string{{in.srcLang, in.srcText}, {in.tgtLang, in.tgtText}} {
		if strings.TrimSpace(t[1]) != "" {
			c.Terms = append(c.Terms, glossary.Term{Lang: t[0], Text: strings.TrimSpace(t[1]), Status: in.status, Source: handSource})
		}
	}
	var rep *storage.ImportReport
	v.inBackground(func(ctx context.Context) error {
		if err := exchange.NewLangResolver(v.u.store).Resolve(ctx, &c); err != nil {
			return err
		}
		var err error
		rep, err = v.u.store.ImportConcepts(ctx, []glossary.Concept{c}, storage.ImportOptions{By: editorName(), Strict: true})
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("add to the glossary: %w\n\nCheck the languages (tags such as en or sw) and the terms; "+
				"to change a term that is there, select it and use Edit.", err), v.u.win)
			return
		}
		if rep.Terms == 0 {
			dialog.ShowInformation("Already in the glossary", "The glossary already has these terms as they are.", v.u.win)
		}
		first := c.Terms[0]
		v.refreshSelecting(func(r glossaryRow) bool { return r.term.Lang == first.Lang && r.term.Text == first.Text })
	})
}

// refreshSelecting reads the languages and the list again and selects the
// first row pick accepts.
func (v *glossaryView) refreshSelecting(pick func(glossaryRow) bool) {
	loaded := make(chan struct{})
	v.loaded = loaded
	go func() {
		tags, err := v.u.store.Languages(context.Background())
		onUI(func() {
			if err == nil {
				v.setLanguages(tags)
			}
			v.reloadAnd(loaded, pick)
		})
	}()
}

// showEdit asks for the selected term's text, part of speech and note, and
// its entry's definition.
func (v *glossaryView) showEdit() {
	r, ok := v.current()
	if !ok {
		return
	}
	text := widget.NewEntry()
	text.SetText(r.term.Text)
	pos := widget.NewEntry()
	pos.SetText(r.term.PartOfSpeech)
	def := widget.NewMultiLineEntry()
	def.Wrapping = fyne.TextWrapWord
	def.SetText(r.concept.Definition)
	note := widget.NewMultiLineEntry()
	note.Wrapping = fyne.TextWrapWord
	note.SetText(r.term.Note)
	items := []*widget.FormItem{
		widget.NewFormItem("Term ("+r.term.Lang+")", forLang(r.term.Lang, text)),
		widget.NewFormItem("Part of speech", pos),
		widget.NewFormItem("Definition", def), widget.NewFormItem("Note", note),
	}
	items[2].HintText = "The definition is shared by the entry's terms in every language"
	d := dialog.NewForm("Edit the term", "Save", "Cancel", items, func(ok bool) {
		if ok {
			v.saveTerm(r, text.Text, pos.Text, def.Text, note.Text)
		}
	}, v.u.win)
	d.Resize(fyne.NewSize(520, 420))
	d.Show()
}

// saveTerm writes the edited fields of row r's term and entry.
func (v *glossaryView) saveTerm(r glossaryRow, text, pos, definition, note string) {
	c := *r.concept
	c.Terms = slices.Clone(c.Terms)
	c.Definition = strings.TrimSpace(definition)
	for k := range c.Terms {
		if t := &c.Terms[k]; t.ID == r.term.ID {
			t.Text, t.PartOfSpeech, t.Note = strings.TrimSpace(text), strings.TrimSpace(pos), strings.TrimSpace(note)
		}
	}
	v.inBackground(func(ctx context.Context) error {
		return v.u.store.SaveConcept(ctx, c, editorName())
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("save the term: %w\n\nThe term must not be empty, and an entry has one approved term per language.", err), v.u.win)
			return
		}
		v.reload()
	})
}

// setStatus approves, forbids or sets back to draft the selected term.
func (v *glossaryView) setStatus(status glossary.Status) {
	r, ok := v.current()
	if !ok {
		return
	}
	v.inBackground(func(ctx context.Context) error {
		_, err := v.u.store.SetTermStatus(ctx, r.term.ID, status, editorName())
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("mark %q %s: %w\n\nReload the list and try again.", r.term.Text, status, err), v.u.win)
			return
		}
		v.reload()
	})
}

// confirmDelete asks before deleting the selected term's entry.
func (v *glossaryView) confirmDelete() {
	r, ok := v.current()
	if !ok {
		return
	}
	msg := fmt.Sprintf("Delete the entry “%s” with its %s in every language?\nYou can undo this right after.",
		r.term.Text, count(int64(len(r.concept.Terms)), "term"))
	dialog.ShowConfirm("Delete the entry", msg, func(ok bool) {
		if ok {
			v.deleteEntry(r)
		}
	}, v.u.win)
}

// deleteEntry deletes row r's entry and offers to undo it.
func (v *glossaryView) deleteEntry(r glossaryRow) {
	var historyID int64
	v.inBackground(func(ctx context.Context) (err error) {
		historyID, err = v.u.store.DeleteConcept(ctx, r.concept.ID, editorName())
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("delete the entry “%s”: %w\n\nReload the list and try again.", r.term.Text, err), v.u.win)
			return
		}
		v.undo.show(fmt.Sprintf("Deleted the entry “%s”.", r.term.Text), func() { v.restore(historyID, r.term.ID) })
		v.reload()
	})
}

// restore brings back history entry historyID and selects term termID.
func (v *glossaryView) restore(historyID, termID int64) {
	v.inBackground(func(ctx context.Context) error {
		_, err := v.u.store.RestoreVersion(ctx, historyID, editorName())
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("restore the entry: %w\n\nOpen its history to restore another version.", err), v.u.win)
			return
		}
		v.refreshSelecting(func(r glossaryRow) bool { return r.term.ID == termID })
	})
}
