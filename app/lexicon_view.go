package app

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/lexicon"
	"tafsiri/storage"
)

// lexiconPage is how many lexicon entries the list shows at a time.
const lexiconPage = 200

// lexiconView lets translators browse and search the lexicon, the
// bilingual dictionary the engine falls back on for the words its model
// does not know, and import dictionaries (FreeDict, the team's TSV) and
// export it.
type lexiconView struct {
	u       *UI
	content fyne.CanvasObject

	srcSel, tgtSel *widget.Select
	search         *widget.Entry
	list           *widget.List
	status         *widget.Label
	detail         *widget.Label
	prev, next     *widget.Button

	importBtn, importDir, export *widget.Button

	langs  langChoices
	rows   []lexicon.Entry
	offset int // of the page shown
	total  int // entries the list could show

	cancelLoad context.CancelFunc
	// loaded closes when the latest load of the list has been shown; done
	// closes when the latest import or export has ended. Tests wait on them.
	loaded, done chan struct{}
}

// newLexiconView builds the lexicon view of u; refresh loads it once it is in the window.
func newLexiconView(u *UI) *lexiconView {
	v := &lexiconView{u: u}
	v.srcSel = widget.NewSelect(nil, nil)
	v.tgtSel = widget.NewSelect(nil, nil)
	v.srcSel.PlaceHolder, v.tgtSel.PlaceHolder = allLanguages, allLanguages
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Search the lexicon: a word or a form, either language (Ctrl+F)")
	v.status = widget.NewLabel("")
	v.detail = widget.NewLabel("")
	v.detail.Wrapping = fyne.TextWrapWord
	v.detail.Selectable = true
	v.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.page(-lexiconPage) })
	v.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.page(lexiconPage) })
	v.importBtn = widget.NewButtonWithIcon("Import dictionary…", theme.FolderOpenIcon(), v.chooseImport)
	v.importDir = widget.NewButtonWithIcon("Import folder…", theme.FolderOpenIcon(), v.chooseImportFolder)
	v.export = widget.NewButtonWithIcon("Export TSV…", theme.DocumentSaveIcon(), v.chooseExport)
	v.buildList()
	v.content = v.layout()
	v.srcSel.OnChanged = func(string) { v.filterChanged() }
	v.tgtSel.OnChanged = func(string) { v.filterChanged() }
	v.search.OnChanged = func(string) { v.filterChanged() }
	return v
}

func (v *lexiconView) layout() fyne.CanvasObject {
	pair := container.NewHBox(v.srcSel, widget.NewLabel("→"), v.tgtSel)
	bar := container.NewBorder(nil, nil, pair, container.NewHBox(v.importBtn, v.importDir, v.export), v.search)
	header := container.New(lexiconColumns, columnHeader("Word"), columnHeader("Part of speech"),
		columnHeader("Translation"), columnHeader("From"))
	paging := container.NewHBox(v.status, layout.NewSpacer(), v.prev, v.next)
	bottom := container.NewVBox(paging, v.detail)
	return container.NewBorder(bar, bottom, nil, nil, container.NewBorder(header, nil, nil, nil, v.list))
}

// lexiconColumns are the widths of the list's columns: word, part of speech, translation, source.
var lexiconColumns = fractionColumns{0.28, 0.12, 0.32, 0.28}

// focusSearch puts the keyboard in the search box (Ctrl+F).
func (v *lexiconView) focusSearch() {
	v.u.win.Canvas().Focus(v.search)
}

// query is what the filters ask for, from the page shown.
func (v *lexiconView) query() storage.LexiconQuery {
	return storage.LexiconQuery{Src: v.langs.tag(v.srcSel.Selected), Tgt: v.langs.tag(v.tgtSel.Selected),
		Text: strings.TrimSpace(v.search.Text), Limit: lexiconPage, Offset: v.offset}
}

func (v *lexiconView) filterChanged() {
	v.offset = 0
	v.reload()
}

// page moves the list by delta entries.
func (v *lexiconView) page(delta int) {
	v.offset = max(0, v.offset+delta)
	v.reload()
}

// refresh reads the lexicon's languages, then the list.
func (v *lexiconView) refresh() {
	loaded := make(chan struct{})
	v.loaded = loaded
	readLanguages(v.u.win, "the lexicon's languages", loaded, v.u.store.LexiconLanguages, func(tags []string) {
		v.setLanguages(tags)
		v.reloadAnd(loaded)
	})
}

// setLanguages offers tags in the language selects, keeping the choice.
func (v *lexiconView) setLanguages(tags []string) {
	src, tgt := v.langs.tag(v.srcSel.Selected), v.langs.tag(v.tgtSel.Selected)
	v.langs = newLangChoices(tags, allLanguages)
	v.srcSel.SetOptions(v.langs.labels)
	v.tgtSel.SetOptions(v.langs.labels)
	v.selectLanguages(src, tgt)
}

// setPair chooses the languages shown (each "" for all) and reads the list again.
func (v *lexiconView) setPair(src, tgt string) {
	v.selectLanguages(src, tgt)
	v.filterChanged()
}

// selectLanguages chooses src and tgt (each "" for all) without reading the list.
func (v *lexiconView) selectLanguages(src, tgt string) {
	onSrc, onTgt := v.srcSel.OnChanged, v.tgtSel.OnChanged
	v.srcSel.OnChanged, v.tgtSel.OnChanged = nil, nil
	for _, c := range []struct {
		sel *widget.Select
		tag string
	}{{v.srcSel, src}, {v.tgtSel, tgt}} {
		if c.tag == "" {
			c.sel.SetSelected(allLanguages)
		} else {
			c.sel.SetSelected(v.langs.label(c.tag))
		}
	}
	v.srcSel.OnChanged, v.tgtSel.OnChanged = onSrc, onTgt
}

// reload reads the list again for the filters.
func (v *lexiconView) reload() {
	loaded := make(chan struct{})
	v.loaded = loaded
	v.reloadAnd(loaded)
}

// reloadAnd reads a page of entries in the background, superseding any
// read under way, shows them and closes loaded.
func (v *lexiconView) reloadAnd(loaded chan struct{}) {
	if v.cancelLoad != nil {
		v.cancelLoad()
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancelLoad = cancel
	q := v.query()
	go func() {
		entries, total, err := v.u.store.LexiconEntries(ctx, q)
		onUI(func() {
			if ctx.Err() != nil {
				return // a newer read replaces this one
			}
			defer close(loaded)
			if err != nil {
				dialog.ShowError(fmt.Errorf("read the lexicon: %w\n\nCheck the database with 'tafsiri doctor'.", err), v.u.win)
				return
			}
			v.show(entries, total, q)
		})
	}()
}

// show puts entries in the list and says what they are.
func (v *lexiconView) show(entries []lexicon.Entry, total int, q storage.LexiconQuery) {
	v.rows, v.total = entries, total
	v.list.UnselectAll()
	v.list.Refresh()
	v.detail.SetText("")
	v.prev.Disable()
	v.next.Disable()
	switch {
	case total == 0 && q.Text != "":
		v.status.SetText(fmt.Sprintf("No entry holds “%s”.", q.Text))
	case total == 0 && q.Src == "" && q.Tgt == "":
		v.status.SetText("The lexicon is empty: import a dictionary (a FreeDict package's folder, /usr/share/dictd) or the team's TSV.")
	case total == 0:
		v.status.SetText("No entry between these languages.")
	default:
		v.status.SetText(fmt.Sprintf("Entries %d–%d of %d", q.Offset+1, q.Offset+len(entries), total))
		if q.Offset > 0 {
			v.prev.Enable()
		}
		if q.Offset+len(entries) < total {
			v.next.Enable()
		}
	}
}
