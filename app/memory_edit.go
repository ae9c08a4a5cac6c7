package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/memory"
)

// memoryEditor shows the selected segment, with its translation editable.
type memoryEditor struct {
	box      fyne.CanvasObject
	source   *widget.Label
	target   *widget.Entry
	info     *widget.Label
	save     *widget.Button
	del      *widget.Button
	original string // the stored translation, to tell whether it was edited
}

func newMemoryEditor(v *memoryView) *memoryEditor {
	e := &memoryEditor{source: widget.NewLabel(""), target: widget.NewMultiLineEntry(), info: widget.NewLabel("")}
	e.source.Wrapping = fyne.TextWrapWord
	e.source.Selectable = true
	e.target.Wrapping = fyne.TextWrapWord
	e.target.SetMinRowsVisible(2)
	e.target.OnChanged = func(text string) {
		if text != e.original && !e.target.Disabled() {
			e.save.Enable()
		} else {
			e.save.Disable()
		}
	}
	e.save = widget.NewButtonWithIcon("Save translation", theme.DocumentSaveIcon(), v.saveTarget)
	e.save.Importance = widget.HighImportance
	e.del = widget.NewButtonWithIcon("Delete segment", theme.DeleteIcon(), v.confirmDelete)
	e.box = container.NewVScroll(container.NewVBox(columnHeader("Source"), e.source,
		columnHeader("Translation"), e.target, container.NewHBox(e.save, e.del, e.info)))
	e.show(memoryRow{}, false)
	return e
}

// show puts row r in the editor, or empties it when ok is false.
func (e *memoryEditor) show(r memoryRow, ok bool) {
	if !ok {
		e.original = ""
		e.source.SetText("Select a segment to correct its translation or delete it.")
		e.target.SetText("")
		e.target.Disable()
		e.info.SetText("")
		e.save.Disable()
		e.del.Disable()
		return
	}
	e.source.Alignment = textAlign(r.seg.SrcLang)
	e.source.SetText(displayText(r.seg.SrcLang, r.seg.Source))
	e.original = r.seg.Target
	e.target.Enable()
	e.target.SetText(r.seg.Target) // an editable entry keeps the logical order
	info := fmt.Sprintf("From %s, used %d times", r.seg.Origin, r.seg.UseCount)
	if r.seg.Approved {
		info += ", approved"
	}
	e.info.SetText(info)
	e.save.Disable()
	e.del.Enable()
}

// inBackground runs work off the UI goroutine, then after with its error
// on the UI goroutine, and closes v.done.
func (v *memoryView) inBackground(work func(ctx context.Context) error, after func(err error)) {
	v.done = runInBackground(work, after)
}

// saveTarget stores the edited translation of the selected segment.
func (v *memoryView) saveTarget() {
	r, ok := v.current()
	if !ok {
		return
	}
	index, text := v.selected, v.editor.target.Text
	var saved memory.Segment
	v.inBackground(func(ctx context.Context) (err error) {
		saved, err = v.u.store.UpdateSegment(ctx, r.seg.ID, text)
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("save the translation: %w\n\nA translation must not be empty nor the same as "+
				"another segment's for this text.", err), v.u.win)
			return
		}
		if index < len(v.rows) && v.rows[index].seg.ID == saved.ID {
			v.rows[index].seg = saved
			v.list.RefreshItem(index)
			if v.selected == index {
				v.editor.show(v.rows[index], true)
			}
		}
		v.undo.show("Saved the translation; it is now yours and approved.", nil)
	})
}

// confirmDelete asks before deleting the selected segment.
func (v *memoryView) confirmDelete() {
	r, ok := v.current()
	if !ok {
		return
	}
	dialog.ShowConfirm("Delete the segment", fmt.Sprintf("Delete “%s” → “%s” from the memory?\nYou can undo this right after.",
		r.seg.Source, r.seg.Target), func(ok bool) {
		if ok {
			v.deleteSegment(r.seg)
		}
	}, v.u.win)
}

// deleteSegment deletes seg and offers to undo it.
func (v *memoryView) deleteSegment(seg memory.Segment) {
	var deleted memory.Segment
	v.inBackground(func(ctx context.Context) (err error) {
		deleted, err = v.u.store.DeleteSegment(ctx, seg.ID)
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("delete the segment: %w\n\nReload the list and try again.", err), v.u.win)
			return
		}
		v.undo.show(fmt.Sprintf("Deleted “%s”.", seg.Source), func() { v.restoreSegment(deleted) })
		v.reload()
	})
}

// restoreSegment puts a deleted segment back and selects it.
func (v *memoryView) restoreSegment(seg memory.Segment) {
	v.inBackground(func(ctx context.Context) error {
		return v.u.store.RestoreSegment(ctx, seg)
	}, func(err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("undo the delete: %w", err), v.u.win)
			return
		}
		loaded := make(chan struct{})
		v.loaded = loaded
		v.reloadAnd(loaded, func(r memoryRow) bool { return r.seg.ID == seg.ID })
	})
}
