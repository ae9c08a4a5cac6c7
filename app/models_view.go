package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// modelsView lists the language pairs the app can translate, with what each
// model learnt from and how good it measured, and trains new ones from a TMX.
type modelsView struct {
	u       *UI
	content fyne.CanvasObject

	all     []modelRow // every pair; replaced only on the UI goroutine
	rows    []modelRow // the pairs the filter lets through, as the table shows them
	filter  *widget.Entry
	table   *widget.Table
	summary *widget.Label
	status  *widget.Label // how the last training ended, when it did not succeed

	train    *widget.Button
	stage    *widget.Label
	progress *widget.ProgressBar
	cancel   *widget.Button
	training *fyne.Container    // the stage, progress bar and Cancel, shown while training
	stop     context.CancelFunc // cancels the training in progress

	// loaded closes when the latest refresh has been shown; trained closes
	// when the latest training has ended and its outcome is shown.
	loaded, trained chan struct{}
	// onStage, when set, hears each training stage once it is shown, on the
	// UI goroutine: tests act at a known point of training with it.
	onStage func(stage string)
}

func newModelsView(u *UI) *modelsView {
	v := &modelsView{u: u, loaded: make(chan struct{}), trained: make(chan struct{})}
	close(v.trained) // no training yet
	v.summary = widget.NewLabel("Reading the installed models…")
	v.summary.Wrapping = fyne.TextWrapWord
	v.status = widget.NewLabel("")
	v.status.Hide()
	v.table = v.newTable()
	v.filter = widget.NewEntry()
	v.filter.SetPlaceHolder("Filter by language: its name or tag")
	v.filter.OnChanged = func(string) { v.applyFilter() }
	v.train = widget.NewButton("Train from TMX…", v.chooseFile)
	v.stage = widget.NewLabel("")
	v.progress = widget.NewProgressBar()
	v.cancel = widget.NewButton("Cancel", v.cancelTraining)
	v.training = container.NewBorder(nil, nil, v.stage, v.cancel, v.progress)
	v.training.Hide()
	top := container.NewVBox(
		widget.NewLabelWithStyle("Language pairs", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		v.summary,
		container.NewBorder(nil, nil, nil, v.train, v.filter),
		v.training,
		v.status,
	)
	v.content = container.NewBorder(top, nil, nil, nil, v.table)
	v.refresh()
	return v
}

// newTable builds the table of pairs: one row per pair, language names in
// their own script and direction. Cells are plain labels, not forLang
// overrides: the app theme's font has every script (fonts.go), and an
// override per cell would load the font again for each.
func (v *modelsView) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(modelColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		v.updateCell,
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("") }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(modelColumns[id.Col].title)
		}
	}
	for i, c := range modelColumns {
		t.SetColumnWidth(i, c.width)
	}
	return t
}

// updateCell shows row id.Row, column id.Col: every cell is a line of the
// interface, the language names in it put in display order.
func (v *modelsView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(v.rows) {
		return
	}
	o.(*widget.Label).SetText(displayText("en", v.cell(id.Row, id.Col)))
}

// cell is the text of a table cell, in logical order.
func (v *modelsView) cell(row, col int) string {
	return modelColumns[col].text(v.rows[row])
}

// refresh reads the models and the pairs they serve in the background and
// shows them when they arrive.
func (v *modelsView) refresh() {
	loaded := make(chan struct{})
	v.loaded = loaded
	go func() {
		rows, err := modelRows(context.Background(), v.u.engine)
		onUI(func() {
			defer close(loaded)
			if err != nil {
				v.summary.SetText("Could not read the installed models.")
				dialog.ShowError(fmt.Errorf("%w\n\nCheck the database with 'tafsiri doctor'.", err), v.u.win)
				return
			}
			v.all = rows
			v.summary.SetText(rowsSummary(rows))
			v.applyFilter()
		})
	}()
}

// rowsSummary counts the pairs served directly and through English.
func rowsSummary(rows []modelRow) string {
	direct := 0
	for _, r := range rows {
		if !r.Pivot {
			direct++
		}
	}
	if direct == 0 {
		return "No models yet: install the defaults ('tafsiri defaults install') or train from a TMX."
	}
	return fmt.Sprintf("Direct models: %s. Through English, with two models in a row: %s.",
		count(int64(direct), "pair"), count(int64(len(rows)-direct), "pair"))
}

// applyFilter shows the pairs of the languages the filter names.
func (v *modelsView) applyFilter() {
	v.rows = v.rows[:0:0]
	for _, r := range v.all {
		if rowMatches(r, v.filter.Text) {
			v.rows = append(v.rows, r)
		}
	}
	v.table.Refresh()
	v.table.ScrollToTop()
}
