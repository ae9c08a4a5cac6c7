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

	"tafsiri/memory"
)

// Memory view sizes.
const (
	memoryPage      = 200 // segments listed at a time
	memoryHits      = 100 // search results listed at most
	memoryThreshold = 50  // the lowest match shown: lower than when translating, to find more
)

// memoryView lets translators browse and search the translation memory of
// a language pair, correct or delete segments, and import and export TMX.
type memoryView struct {
	u       *UI
	content fyne.CanvasObject

	srcSel, tgtSel *widget.Select
	search         *widget.Entry
	list           *widget.List
	status         *widget.Label
	prev, next     *widget.Button
	undo           *undoBanner
	editor         *memoryEditor

	swap, importBtn, export *widget.Button

	langs    langChoices
	rows     []memoryRow
	selected int // index in rows, -1 for none
	offset   int // of the page shown, when browsing
	total    int // segments of the pair

	cancelLoad context.CancelFunc
	// loaded closes when the latest load of the list has been shown; done
	// closes when the latest edit, import or export has ended. Tests wait on them.
	loaded, done chan struct{}
}

// memoryRow is one line of the list: a segment, and when it was found by a
// search its score and how its source differs from the search.
type memoryRow struct {
	seg   memory.Segment
	hit   bool
	score int
	diff  []memory.DiffOp
}

// newMemoryView builds the memory view of u; refresh loads it once it is in the window.
func newMemoryView(u *UI) *memoryView {
	v := &memoryView{u: u, selected: -1, undo: newUndoBanner()}
	v.srcSel = widget.NewSelect(nil, nil)
	v.tgtSel = widget.NewSelect(nil, nil)
	v.srcSel.PlaceHolder, v.tgtSel.PlaceHolder = "Source language", "Target language"
	v.swap = widget.NewButtonWithIcon("", theme.ViewRefreshIcon(), v.swapPair)
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Search the memory: exact and fuzzy matches (Ctrl+F)")
	v.status = widget.NewLabel("")
	v.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.page(-memoryPage) })
	v.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.page(memoryPage) })
	v.importBtn = widget.NewButtonWithIcon("Import TMX…", theme.FolderOpenIcon(), v.chooseImport)
	v.export = widget.NewButtonWithIcon("Export TMX…", theme.DocumentSaveIcon(), v.chooseExport)
	v.editor = newMemoryEditor(v)
	v.buildList()
	v.content = v.layout()
	// Every change of the pair or the search reads the list again.
	v.srcSel.OnChanged = func(string) { v.pairChanged() }
	v.tgtSel.OnChanged = func(string) { v.pairChanged() }
	v.search.OnChanged = func(string) { v.reload() }
	return v
}

func (v *memoryView) layout() fyne.CanvasObject {
	pair := container.NewHBox(v.srcSel, widget.NewLabel("→"), v.tgtSel, v.swap)
	bar := container.NewBorder(nil, nil, pair, container.NewHBox(v.importBtn, v.export), v.search)
	top := container.NewVBox(bar, v.undo.box)
	header := container.New(memoryColumns, columnHeader("Match"), columnHeader("Source"), columnHeader("Translation"))
	paging := container.NewHBox(v.status, layout.NewSpacer(), v.prev, v.next)
	listPane := container.NewBorder(header, paging, nil, nil, v.list)
	split := container.NewVSplit(listPane, v.editor.box)
	split.Offset = 0.7
	content := container.NewBorder(top, nil, nil, nil, split)
	v.undo.relayout = content.Refresh // a banner shown or hidden changes the height of the top
	return content
}

// memoryColumns are the widths of the list's columns: match, source, translation.
var memoryColumns = fractionColumns{0.10, 0.45, 0.45}

// focusSearch puts the keyboard in the search box (Ctrl+F).
func (v *memoryView) focusSearch() {
	v.u.win.Canvas().Focus(v.search)
}

// pair is the language direction chosen.
func (v *memoryView) pair() (src, tgt string) {
	return v.langs.tag(v.srcSel.Selected), v.langs.tag(v.tgtSel.Selected)
}

func (v *memoryView) pairChanged() {
	v.offset = 0
	v.reload()
}

func (v *memoryView) swapPair() {
	src, tgt := v.pair()
	v.setPair(tgt, src)
	v.pairChanged()
}

// setPair chooses a pair without reading the list.
func (v *memoryView) setPair(src, tgt string) {
	onSrc, onTgt := v.srcSel.OnChanged, v.tgtSel.OnChanged
	v.srcSel.OnChanged, v.tgtSel.OnChanged = nil, nil
	v.srcSel.SetSelected(v.langs.label(src))
	v.tgtSel.SetSelected(v.langs.label(tgt))
	v.srcSel.OnChanged, v.tgtSel.OnChanged = onSrc, onTgt
}

// refresh reads the languages and the pairs the memory holds, then the
// list; the first time, it chooses the pair with the most segments.
func (v *memoryView) refresh() { v.refreshWith("", "") }

// refreshWith is refresh that then shows the src→tgt pair, when given.
func (v *memoryView) refreshWith(src, tgt string) {
	loaded := make(chan struct{})
	v.loaded = loaded
	var best [2]string // the pair with the most segments: read with the languages, shown with them
	readLanguages(v.u.win, "the memory's languages", loaded, func(ctx context.Context) ([]string, error) {
		tags, err := v.u.store.Languages(ctx)
		if err != nil {
			return nil, err
		}
		pairs, err := v.u.store.SegmentPairs(ctx)
		if err == nil && len(pairs) > 0 {
			best = [2]string{pairs[0].Src, pairs[0].Tgt}
		}
		return tags, err
	}, func(tags []string) {
		v.setLanguages(tags, best, src, tgt)
		v.reloadAnd(loaded, nil)
	})
}

// setLanguages offers tags in the pair selects and chooses src→tgt when
// given, else keeps the pair chosen, else takes best.
func (v *memoryView) setLanguages(tags []string, best [2]string, src, tgt string) {
	curSrc, curTgt := v.pair()
	v.langs = newLangChoices(tags)
	v.srcSel.SetOptions(v.langs.labels)
	v.tgtSel.SetOptions(v.langs.labels)
	switch {
	case src != "" && tgt != "":
		v.setPair(src, tgt)
	case curSrc != "" && curTgt != "":
		v.setPair(curSrc, curTgt)
	case best[0] != "":
		v.setPair(best[0], best[1])
	case len(tags) >= 2:
		v.setPair(tags[0], tags[1])
	}
}

// reload reads the list again for the pair and the search.
func (v *memoryView) reload() {
	loaded := make(chan struct{})
	v.loaded = loaded
	v.reloadAnd(loaded, nil)
}

// reloadAnd reads a page of the pair's segments, or the search's matches,
// in the background, superseding any read under way; shows them, selects
// the first row that pick accepts, and closes loaded.
func (v *memoryView) reloadAnd(loaded chan struct{}, pick func(memoryRow) bool) {
	if v.cancelLoad != nil {
		v.cancelLoad()
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancelLoad = cancel
	src, tgt := v.pair()
	query, offset := strings.TrimSpace(v.search.Text), v.offset
	go func() {
		rows, total, err := v.readRows(ctx, src, tgt, query, offset)
		onUI(func() {
			if ctx.Err() != nil {
				return // a newer read replaces this one
			}
			defer close(loaded)
			if err != nil {
				dialog.ShowError(fmt.Errorf("read the memory: %w\n\nCheck the database with 'tafsiri doctor'.", err), v.u.win)
				return
			}
			v.show(rows, total, query, pick)
		})
	}()
}

// readRows reads the matches of query, or a page of segments when it is empty.
func (v *memoryView) readRows(ctx context.Context, src, tgt, query string, offset int) ([]memoryRow, int, error) {
	if src == "" || tgt == "" {
		return nil, 0, nil
	}
	if query != "" {
		hits, err := memory.Search(ctx, v.u.store, src, tgt, query, memoryThreshold, memoryHits)
		rows := make([]memoryRow, len(hits))
		for i, h := range hits {
			rows[i] = memoryRow{seg: h.Segment, hit: true, score: h.Score, diff: h.Diff}
		}
		return rows, len(rows), err
	}
	segs, total, err := v.u.store.SegmentPage(ctx, src, tgt, offset, memoryPage)
	rows := make([]memoryRow, len(segs))
	for i, s := range segs {
		rows[i] = memoryRow{seg: s}
	}
	return rows, total, err
}

// show puts rows in the list, says what they are, and selects the first that pick accepts.
func (v *memoryView) show(rows []memoryRow, total int, query string, pick func(memoryRow) bool) {
	v.rows, v.total = rows, total
	v.selected = -1
	v.list.UnselectAll()
	v.list.Refresh()
	v.prev.Disable()
	v.next.Disable()
	src, tgt := v.pair()
	switch {
	case src == "" || tgt == "":
		v.status.SetText("Choose a language pair, or import a TMX file.")
	case query != "":
		noun := "matches"
		if len(rows) == 1 {
			noun = "match"
		}
		v.status.SetText(fmt.Sprintf("%d %s of %d%% or more", len(rows), noun, memoryThreshold))
	case total == 0:
		v.status.SetText(fmt.Sprintf("No %s → %s segments yet.", src, tgt))
	default:
		v.status.SetText(fmt.Sprintf("Segments %d–%d of %d", v.offset+1, v.offset+len(rows), total))
		if v.offset > 0 {
			v.prev.Enable()
		}
		if v.offset+len(rows) < total {
			v.next.Enable()
		}
	}
	for i, r := range rows {
		if pick != nil && pick(r) {
			v.list.Select(i)
			v.list.ScrollTo(i)
			break
		}
	}
	if v.selected < 0 {
		v.editor.show(memoryRow{}, false)
	}
}

// page moves the list by delta segments.
func (v *memoryView) page(delta int) {
	v.offset = max(0, v.offset+delta)
	v.reload()
}

// current is the selected row.
func (v *memoryView) current() (memoryRow, bool) {
	if v.selected < 0 || v.selected >= len(v.rows) {
		return memoryRow{}, false
	}
	return v.rows[v.selected], true
}
