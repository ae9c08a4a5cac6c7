package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/glossary"
	"tafsiri/storage"
)

// exportFlow is one view's export as the user runs it.
type exportFlow struct {
	open  func(t *testing.T, st *storage.Store) *UI // shows the view with data to export
	start func(t *testing.T, ui *UI)                // opens the dialog that asks where to export
	done  func(ui *UI) chan struct{}                // closes when the export has ended
	kept  func(t *testing.T, st *storage.Store)     // fails unless the store still holds its data
	wrote string                                    // a text the exported file holds
}

// exportFlows are the window's exports to files, by view.
var exportFlows = map[string]exportFlow{
	"memory": {
		open: func(t *testing.T, st *storage.Store) *UI {
			v := openMemory(t, st)
			importClinicTMX(t, v)
			return v.u
		},
		start: func(t *testing.T, ui *UI) { ui.memory.chooseExport() },
		done:  func(ui *UI) chan struct{} { return ui.memory.done },
		kept: func(t *testing.T, st *storage.Store) {
			segs, err := st.Segments(context.Background(), "en", "sw")
			if err != nil || len(segs) != 3 {
				t.Errorf("the store holds %d segments, %v; want 3", len(segs), err)
			}
		},
		wrote: "Funika mdomo wako unapokohoa.",
	},
	"glossary": {
		open: func(t *testing.T, st *storage.Store) *UI {
			addConcepts(t, st, glossary.Approved, "clinic", []string{"en:fever", "sw:homa"})
			return openGlossary(t, st).u
		},
		start: func(t *testing.T, ui *UI) {
			ui.glossary.chooseExport()
			test.Tap(dialogButton(t, ui.win, "Choose file…"))
		},
		done: func(ui *UI) chan struct{} { return ui.glossary.done },
		kept: func(t *testing.T, st *storage.Store) {
			cs, err := st.Concepts(context.Background(), storage.ConceptFilter{})
			if err != nil || len(cs) != 1 {
				t.Errorf("the store holds %d concepts, %v; want 1", len(cs), err)
			}
		},
		wrote: "homa",
	},
}

// exportAs types path into the dialog that asks where to export, and confirms it.
func exportAs(t *testing.T, ui *UI, path string) {
	t.Helper()
	var entry *widget.Entry
	for _, e := range overlayObjects[*widget.Entry](ui.win) {
		if e.Visible() {
			entry = e
		}
	}
	if entry == nil {
		t.Fatalf("no dialog asks where to export; the dialogs show:\n%s", shownTexts(ui.win))
	}
	entry.SetText(path)
	test.Tap(dialogButton(t, ui.win, "Export"))
}

// startsAsSQLite reports whether the file path is still a SQLite database.
func startsAsSQLite(t *testing.T, path string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.HasPrefix(data, []byte("SQLite format 3\x00"))
}

func TestAnExportNeverWritesOverTheOpenDatabase(t *testing.T) {
	for name, f := range exportFlows {
		t.Run(name, func(t *testing.T) {
			st := curationStore(t)
			ui := f.open(t, st)
			f.start(t, ui)
			exportAs(t, ui, st.Path())
			// Fyne's save dialog had emptied the file by now.
			if !startsAsSQLite(t, st.Path()) {
				t.Fatal("choosing the database emptied it before the export ran")
			}
			test.Tap(dialogButton(t, ui.win, "Replace"))
			waitUI(t, f.done(ui), "the export")
			text := shownTexts(ui.win)
			if !strings.Contains(text, "is the open database") || !strings.Contains(text, "choose another file") {
				t.Errorf("the dialogs show:\n%s\nwant that the file is the open database", text)
			}
			if !startsAsSQLite(t, st.Path()) {
				t.Fatal("the export wrote over the database")
			}
			f.kept(t, st)
		})
	}
}

func TestAnExportReplacesAFileOnlyOnceAskedAndWrittenWhole(t *testing.T) {
	for name, f := range exportFlows {
		t.Run(name, func(t *testing.T) {
			ui := f.open(t, curationStore(t))
			path := filepath.Join(t.TempDir(), "out")
			if err := os.WriteFile(path, []byte("earlier export"), 0o644); err != nil {
				t.Fatal(err)
			}
			fileHolds := func(want string) bool {
				t.Helper()
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				return strings.Contains(string(data), want)
			}

			f.start(t, ui)
			exportAs(t, ui, path)
			if !fileHolds("earlier export") {
				t.Fatal("the file was emptied before the user agreed to replace it")
			}
			test.Tap(dialogButton(t, ui.win, "Cancel"))
			if !fileHolds("earlier export") {
				t.Fatal("the file changed although the user did not replace it")
			}

			f.start(t, ui)
			exportAs(t, ui, path)
			test.Tap(dialogButton(t, ui.win, "Replace"))
			waitUI(t, f.done(ui), "the export")
			if !fileHolds(f.wrote) {
				t.Errorf("the replaced file does not hold %q; the dialogs show:\n%s", f.wrote, shownTexts(ui.win))
			}
			if ui.exportDir != filepath.Dir(path) {
				t.Errorf("the next export is offered the folder %q, want %q", ui.exportDir, filepath.Dir(path))
			}
		})
	}
}

func TestGlossaryExportSaysHowManyCellsItNeutralised(t *testing.T) {
	for name, c := range map[string]struct {
		format   string
		wantNote string // "" when no cell is changed
	}{
		"csv": {"csv", "2 cells that start with = + - @ were prefixed with ' so spreadsheets do not run them as formulas."},
		"tsv": {"tsv", "2 cells that start with = + - @ were prefixed with ' so spreadsheets do not run them as formulas."},
		"tbx": {"tbx", ""},
	} {
		t.Run(name, func(t *testing.T) {
			st := curationStore(t)
			addConcepts(t, st, glossary.Approved, "clinic", []string{"en:=SUM(A1)", "sw:@homa"}, []string{"en:fever", "sw:homa"})
			v := openGlossary(t, st)
			path := filepath.Join(t.TempDir(), "out."+c.format)
			v.exportTo(path, c.format, storage.ConceptFilter{})
			waitUI(t, v.done, "the export")
			text := shownTexts(v.u.win)
			if !strings.Contains(text, "Wrote 2 entries to out."+c.format+".") {
				t.Fatalf("the dialogs show:\n%s", text)
			}
			if got := strings.Contains(text, "prefixed with '"); got != (c.wantNote != "") || !strings.Contains(text, c.wantNote) {
				t.Errorf("the dialogs show:\n%s\nwant the note %q", text, c.wantNote)
			}
		})
	}
}

func TestAnExportPathNamesAFileFromTheTop(t *testing.T) {
	root := string(filepath.Separator)
	for name, c := range map[string]struct {
		path string
		ok   bool
	}{
		"a whole path":     {filepath.Join(root, "home", "amina", "memory.tmx"), true},
		"a relative path":  {"memory.tmx", false},
		"a folder":         {filepath.Join(root, "home", "amina") + root, false},
		"the top folder":   {root, false},
		"nothing at all":   {"", false},
		"spaces around it": {"  " + filepath.Join(root, "tmp", "g.csv") + " ", true},
	} {
		t.Run(name, func(t *testing.T) {
			if err := validExportPath(c.path); (err == nil) != c.ok {
				t.Errorf("validExportPath(%q) = %v, want ok %v", c.path, err, c.ok)
			}
		})
	}
}

// TestANoticeExportNeverWritesOverTheOpenDatabase: the Translate view's
// notice export names its file in the same dialog as the other exports and
// writes through exchange, so choosing the database leaves it whole, and
// another file gets the page.
func TestANoticeExportNeverWritesOverTheOpenDatabase(t *testing.T) {
	st := translateStore(t)
	ui, v := openTranslate(t, st)
	typeSource(t, v, "Wash your hands with soap.")
	test.Tap(v.targets.checks["es-419"])
	translateNow(t, v)

	v.exportNotice()
	exportAs(t, ui, st.Path())
	test.Tap(dialogButton(t, ui.win, "Replace"))
	waitUI(t, v.exported, "the notice export")
	if !startsAsSQLite(t, st.Path()) {
		t.Fatal("the notice export wrote over the database")
	}
	if text := shownTexts(ui.win); !strings.Contains(text, "is the open database") {
		t.Errorf("the dialogs show:\n%s\nwant that the file is the open database", text)
	}

	path := filepath.Join(t.TempDir(), "notice.html")
	v.exportNotice()
	exportAs(t, ui, path)
	waitUI(t, v.exported, "the notice export")
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "jabón") {
		t.Errorf("the notice file holds %q (%v), want the translation with jabón", data, err)
	}
}
