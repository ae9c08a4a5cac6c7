package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/defaults"
	"tafsiri/glossary"
	"tafsiri/storage"
)

// glossaryLimit is how many concepts the list shows at most: more than the
// default glossary holds, few enough to read in a moment.
const glossaryLimit = 2000

// allLanguages is the language filter's option for every language.
const allLanguages = "All languages"

// glossaryView lets editors search, sort, add, edit, review and delete
// glossary entries, see their history, and import and export glossaries.
type glossaryView struct {
	u       *UI
	content fyne.CanvasObject

	search    *widget.Entry
	accents   *widget.Check
	langSel   *widget.Select
	statusSel *widget.Select
	list      *widget.List
	count     *widget.Label
	detail    *fyne.Container
	drafts    *fyne.Container // says what the default data is, when the list shows some
	relayout  func()          // lays the top of the view out again when drafts shows or hides
	undo      *undoBanner

	add, edit, approve, forbid, draft, del, history, importBtn, export *widget.Button

	langs    langChoices
	rows     []glossaryRow
	selected int // index in rows, -1 for none

	cancelLoad context.CancelFunc
	// loaded closes when the latest load of the list has been shown; done
	// closes when the latest edit, import or export has ended. Tests wait on them.
	loaded, done chan struct{}
}

// newGlossaryView builds the glossary view of u; refresh loads it once it is in the window.
func newGlossaryView(u *UI) *glossaryView {
	v := &glossaryView{u: u, selected: -1, undo: newUndoBanner()}
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Search terms (Ctrl+F)")
	v.accents = widget.NewCheck("Ignore accents", nil)
	v.accents.SetChecked(true)
	v.langSel = widget.NewSelect([]string{allLanguages}, nil)
	v.statusSel = widget.NewSelect(statusChoices, nil)
	v.statusSel.SetSelected(statusChoices[0])
	// Every change of the search or a filter reads the list again.
	v.search.OnChanged = func(string) { v.reload() }
	v.accents.OnChanged = func(bool) { v.reload() }
	v.langSel.OnChanged = func(string) { v.reload() }
	v.statusSel.OnChanged = func(string) { v.reload() }
	v.count = widget.NewLabel("")
	v.detail = container.NewVBox()
	v.buildList()
	v.buildButtons()
	v.drafts = v.draftsNotice()
	v.content = v.layout()
	return v
}

func (v *glossaryView) layout() fyne.CanvasObject {
	filters := container.NewHBox(v.accents, v.langSel, v.statusSel)
	bar := container.NewBorder(nil, nil, nil, filters, v.search)
	actions := container.NewHBox(v.add, v.edit, v.approve, v.forbid, v.draft, v.del, v.history,
		layout.NewSpacer(), v.importBtn, v.export)
	top := container.NewVBox(bar, container.NewHScroll(actions), v.undo.box, v.drafts)
	header := container.New(glossaryColumns,
		columnHeader("Term"), columnHeader("Language"), columnHeader("Status"), columnHeader("Source"))
	listPane := container.NewBorder(header, v.count, nil, nil, v.list)
	split := container.NewHSplit(listPane, container.NewVScroll(v.detail))
	split.Offset = 0.62
	content := container.NewBorder(top, nil, nil, nil, split)
	// Showing or hiding a banner changes the height of the top: lay it all out again.
	v.undo.relayout, v.relayout = content.Refresh, content.Refresh
	return content
}

// glossaryColumns are the widths of the list's columns: term, language, status, source.
var glossaryColumns = fractionColumns{0.40, 0.16, 0.14, 0.30}

func columnHeader(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (v *glossaryView) buildButtons() {
	v.add = widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), v.showAdd)
	v.edit = widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), v.showEdit)
	v.approve = widget.NewButtonWithIcon("Approve", theme.ConfirmIcon(), func() { v.setStatus(glossary.Approved) })
	v.forbid = widget.NewButtonWithIcon("Forbid", theme.ErrorIcon(), func() { v.setStatus(glossary.Forbidden) })
	v.draft = widget.NewButtonWithIcon("Draft", theme.QuestionIcon(), func() { v.setStatus(glossary.Draft) })
	v.del = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), v.confirmDelete)
	v.history = widget.NewButtonWithIcon("History", theme.HistoryIcon(), v.showHistory)
	v.importBtn = widget.NewButtonWithIcon("Import…", theme.FolderOpenIcon(), v.chooseImport)
	v.export = widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), v.chooseExport)
	v.enableActions()
}

// draftsNotice is the banner that says the default entries are unreviewed drafts.
func (v *glossaryView) draftsNotice() *fyne.Container {
	l := widget.NewLabel("Entries from the default data: “" + defaults.Label + "”. Check them before relying on them.")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	box := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
	box.Hide()
	return box
}

// focusSearch puts the keyboard in the search box (Ctrl+F).
func (v *glossaryView) focusSearch() {
	v.u.win.Canvas().Focus(v.search)
}

// refresh reads the languages, then the list: after an import, or when
// the view is shown again and other views may have changed the glossary.
func (v *glossaryView) refresh() {
	loaded := make(chan struct{})
	v.loaded = loaded
	readLanguages(v.u.win, "the languages", loaded, v.u.store.Languages, func(tags []string) {
		v.setLanguages(tags)
		v.reloadAnd(loaded, nil)
	})
}

// setLanguages offers tags in the language filter, keeping the choice; when
// the first languages come it chooses English if there is some, as most
// glossaries start from English.
func (v *glossaryView) setLanguages(tags []string) {
	cur := v.langs.tag(v.langSel.Selected)
	first := len(v.langs.offered()) == 0
	v.langs = newLangChoices(tags, allLanguages)
	v.langSel.OnChanged = nil
	v.langSel.SetOptions(v.langs.labels)
	switch {
	case first && v.langs.has("en"):
		v.langSel.SetSelected(v.langs.label("en"))
	case cur != "" && v.langs.has(cur):
		v.langSel.SetSelected(v.langs.label(cur))
	default:
		v.langSel.SetSelected(allLanguages)
	}
	v.langSel.OnChanged = func(string) { v.reload() }
}

// filter is what the search box and the filters ask for.
func (v *glossaryView) filter() storage.ConceptFilter {
	return storage.ConceptFilter{
		Lang:          v.langs.tag(v.langSel.Selected),
		Status:        statusOf(v.statusSel.Selected),
		Search:        v.search.Text,
		IgnoreAccents: v.accents.Checked,
		Limit:         glossaryLimit,
	}
}

// reload reads the list again for the current search and filters.
func (v *glossaryView) reload() {
	loaded := make(chan struct{})
	v.loaded = loaded
	v.reloadAnd(loaded, nil)
}

// reloadAnd reads the list in the background, superseding any read under
// way, shows it, selects the first row that pick accepts (or the row
// selected before), and closes loaded.
func (v *glossaryView) reloadAnd(loaded chan struct{}, pick func(glossaryRow) bool) {
	if v.cancelLoad != nil {
		v.cancelLoad()
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancelLoad = cancel
	f := v.filter()
	if pick == nil && v.selected >= 0 && v.selected < len(v.rows) {
		id := v.rows[v.selected].term.ID
		pick = func(r glossaryRow) bool { return r.term.ID == id }
	}
	go func() {
		concepts, err := v.u.store.Concepts(ctx, f)
		rows := glossaryRows(concepts, f.Lang, f.Status)
		onUI(func() {
			if ctx.Err() != nil {
				return // a newer read replaces this one
			}
			defer close(loaded)
			if err != nil {
				dialog.ShowError(fmt.Errorf("read the glossary: %w\n\nCheck the database with 'tafsiri doctor'.", err), v.u.win)
				return
			}
			v.show(rows, len(concepts), pick)
		})
	}()
}

// show puts rows in the list and selects the first that pick accepts.
func (v *glossaryView) show(rows []glossaryRow, concepts int, pick func(glossaryRow) bool) {
	v.rows = rows
	v.selected = -1
	v.list.UnselectAll()
	v.list.Refresh()
	msg := fmt.Sprintf("%s in %s", count(int64(len(rows)), "term"), countEntries(concepts))
	if concepts >= glossaryLimit {
		msg += fmt.Sprintf(" (the first %d entries: search to narrow the list)", glossaryLimit)
	}
	v.count.SetText(msg)
	drafts := false
	for i, r := range rows {
		drafts = drafts || termSourceOf(r) == defaults.Label || r.concept.Source == defaults.Label
		if pick != nil && v.selected < 0 && pick(r) {
			v.list.Select(i)
			v.list.ScrollTo(i)
		}
	}
	if drafts != v.drafts.Visible() {
		v.drafts.Hidden = !drafts
		v.relayout()
	}
	if v.selected < 0 {
		v.showDetail()
	}
	v.enableActions()
}

// current is the selected row.
func (v *glossaryView) current() (glossaryRow, bool) {
	if v.selected < 0 || v.selected >= len(v.rows) {
		return glossaryRow{}, false
	}
	return v.rows[v.selected], true
}

// enableActions enables the buttons that act on a term when one is selected.
func (v *glossaryView) enableActions() {
	r, ok := v.current()
	for _, b := range []*widget.Button{v.edit, v.del, v.history, v.approve, v.forbid, v.draft} {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if !ok {
		return
	}
	for status, b := range map[glossary.Status]*widget.Button{glossary.Approved: v.approve,
		glossary.Forbidden: v.forbid, glossary.Draft: v.draft} {
		if r.term.Status == status {
			b.Disable()
		}
	}
}
