package app

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/defaults"
	"tafsiri/glossary"
	"tafsiri/storage"
)

// curationStore opens a fresh database that is closed when the test ends.
func curationStore(t *testing.T) *storage.Store {
	t.Helper()
	return openTestStore(t, "curation.db")
}

// addConcepts stores entries of "lang:text" terms, all with status, from source.
func addConcepts(t *testing.T, st *storage.Store, status glossary.Status, source string, entries ...[]string) {
	t.Helper()
	var cs []glossary.Concept
	for _, e := range entries {
		c := glossary.Concept{Source: source}
		for _, spec := range e {
			lang, text, _ := strings.Cut(spec, ":")
			c.Terms = append(c.Terms, glossary.Term{Lang: lang, Text: text, Status: status})
		}
		cs = append(cs, c)
	}
	if _, err := st.ImportConcepts(context.Background(), cs, storage.ImportOptions{By: "test"}); err != nil {
		t.Fatal(err)
	}
}

// openGlossary shows the glossary view of st in a test window and waits until it has loaded.
func openGlossary(t *testing.T, st *storage.Store) *glossaryView {
	t.Helper()
	v := openTab(t, st, "Glossary", fyne.NewSize(1100, 700)).glossary
	waitUI(t, v.loaded, "the glossary list")
	return v
}

// settle waits for the glossary view's latest action and the reload it started.
func (v *glossaryView) settle(t *testing.T) {
	t.Helper()
	waitUI(t, v.done, "the glossary action")
	waitUI(t, v.loaded, "the glossary list")
}

// shownTexts is the text of every label, rich text and text the window's
// dialogs show, one per line.
func shownTexts(w fyne.Window) string {
	var out []string
	for _, o := range w.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			switch x := obj.(type) {
			case *widget.Label:
				out = append(out, x.Text)
			case *widget.RichText:
				out = append(out, x.String())
			case *canvas.Text:
				out = append(out, x.Text)
			}
		}
	}
	return strings.Join(out, "\n")
}

// dialogButton finds a button of the window's dialogs by its text.
func dialogButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	for _, o := range w.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if b, ok := obj.(*widget.Button); ok && b.Text == text && b.Visible() && !b.Disabled() {
				return b
			}
		}
	}
	t.Fatalf("no %q button in the dialogs; they show:\n%s", text, shownTexts(w))
	return nil
}

// selectTerm selects the row of text in the list.
func (v *glossaryView) selectTerm(t *testing.T, text string) glossaryRow {
	t.Helper()
	for i, r := range v.rows {
		if r.term.Text == text {
			v.list.Select(i)
			return r
		}
	}
	t.Fatalf("%q is not in the list: %v", text, v.terms())
	return glossaryRow{}
}

// terms are the terms the list shows, in order.
func (v *glossaryView) terms() []string {
	var out []string
	for _, r := range v.rows {
		out = append(out, r.term.Text)
	}
	return out
}

func TestGlossaryImportThroughTheViewShowsTheReport(t *testing.T) {
	st := curationStore(t)
	v := openGlossary(t, st)
	path := filepath.Join(t.TempDir(), "clinic.csv")
	csv := "en,es-419,status\n" +
		"vaccination,vacunación,approved\n" +
		"fever,fiebre,sometimes\n" +
		"hand washing,lavado de manos,draft\n" +
		"cough,tos,draft,extra\n" +
		"rash,erupción,\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	rc, err := fstorage.Reader(fstorage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}

	v.importFrom(rc) // what the file dialog's callback calls
	v.settle(t)

	report := shownTexts(v.u.win)
	for _, want := range []string{
		"Imported from clinic.csv: 3 new concepts, 6 new terms.",
		"Skipped 2 entries.",
		"clinic.csv:3: ", // the unknown status
		"clinic.csv:5: ", // the row with a field too many
		"No conflicts.",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report does not say %q; the dialogs show:\n%s", want, report)
		}
	}
	if got, want := v.terms(), []string{"hand washing", "rash", "vaccination"}; !slices.Equal(got, want) {
		t.Errorf("English terms listed after the import = %q, want %q", got, want)
	}
}

func TestGlossaryImportReportListsConflicts(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Approved, "clinic", []string{"en:vaccination", "es-419:vacunación"})
	v := openGlossary(t, st)
	path := filepath.Join(t.TempDir(), "other.csv")
	if err := os.WriteFile(path, []byte("en,es-419,status\nvaccination,inmunización,approved\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	v.importGlossary(f, "other.csv", 0)
	v.settle(t)
	report := shownTexts(v.u.win)
	if !strings.Contains(report, "1 conflict with what the glossary holds; nothing was overwritten") ||
		!strings.Contains(report, `es-419 "inmunización"`) {
		t.Errorf("the report does not list the conflict; the dialogs show:\n%s", report)
	}
}

func TestGlossaryApproveForbidAndDraftATerm(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Draft, "clinic", []string{"en:fever", "sw:homa"})
	v := openGlossary(t, st)
	r := v.selectTerm(t, "fever")
	if !v.draft.Disabled() || v.approve.Disabled() {
		t.Error("for a draft term, Draft should be disabled and Approve enabled")
	}
	for _, step := range []struct {
		button *widget.Button
		want   glossary.Status
	}{{v.approve, glossary.Approved}, {v.forbid, glossary.Forbidden}, {v.draft, glossary.Draft}} {
		test.Tap(step.button)
		v.settle(t)
		c, err := st.Concept(context.Background(), r.concept.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Terms[0].Status; got != step.want {
			t.Errorf("after tapping %s the stored status is %s, want %s", step.button.Text, got, step.want)
		}
		if cur, ok := v.current(); !ok || cur.term.Status != step.want {
			t.Errorf("after tapping %s the selected row is %+v, want the term, %s", step.button.Text, cur.term, step.want)
		}
	}
}

func TestGlossaryDeleteAsksFirstAndCanBeUndone(t *testing.T) {
	ctx := context.Background()
	st := curationStore(t)
	addConcepts(t, st, glossary.Approved, "clinic", []string{"en:measles", "sw:surua"}, []string{"en:malaria", "sw:malaria"})
	v := openGlossary(t, st)
	r := v.selectTerm(t, "measles")

	test.Tap(v.del)
	if text := shownTexts(v.u.win); !strings.Contains(text, "Delete the entry “measles” with its 2 terms") {
		t.Fatalf("the confirmation does not name the entry; the dialogs show:\n%s", text)
	}
	if _, err := st.Concept(ctx, r.concept.ID); err != nil {
		t.Fatalf("the entry is gone before the delete was confirmed: %v", err)
	}
	test.Tap(dialogButton(t, v.u.win, "Yes"))
	v.settle(t)
	if _, err := st.Concept(ctx, r.concept.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("after the delete the entry reads with err = %v, want ErrNotFound", err)
	}
	if got := v.terms(); !slices.Equal(got, []string{"malaria"}) {
		t.Errorf("listed after the delete: %q", got)
	}
	if !v.undo.box.Visible() || !strings.Contains(v.undo.msg.Text, "measles") {
		t.Fatalf("no undo banner after the delete (visible %v, %q)", v.undo.box.Visible(), v.undo.msg.Text)
	}

	test.Tap(v.undo.undo)
	v.settle(t)
	c, err := st.Concept(ctx, r.concept.ID)
	if err != nil {
		t.Fatalf("undo did not bring the entry back: %v", err)
	}
	if len(c.Terms) != 2 || c.Terms[1].Text != "surua" || c.Terms[1].Status != glossary.Approved {
		t.Errorf("restored entry = %+v, want measles and surua, approved", c.Terms)
	}
	if cur, ok := v.current(); !ok || cur.term.Text != "measles" {
		t.Errorf("after undo the selected term is %q, want measles", cur.term.Text)
	}
	if v.undo.box.Visible() {
		t.Error("the undo banner is still shown after undoing")
	}
}

func TestGlossarySearchCanIgnoreAccents(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Draft, "clinic",
		[]string{"en:vaccination", "es-419:vacunación"}, []string{"en:fever", "es-419:fiebre"})
	v := openGlossary(t, st)
	v.langSel.SetSelected(langLabel("es-419"))
	waitUI(t, v.loaded, "the Spanish list")

	// Each change reloads the list in the background: wait for it.
	v.search.SetText("vacunacion")
	waitUI(t, v.loaded, "the search")
	if got, want := v.terms(), []string{"vacunación"}; !slices.Equal(got, want) {
		t.Errorf("searching vacunacion, accents ignored, lists %q, want %q", got, want)
	}
	v.accents.SetChecked(false)
	waitUI(t, v.loaded, "the search")
	if got := v.terms(); len(got) != 0 {
		t.Errorf("searching vacunacion, accents heeded, lists %q, want nothing", got)
	}
}

func TestGlossaryFocusSearch(t *testing.T) {
	v := openGlossary(t, curationStore(t))
	v.focusSearch()
	if got := v.u.win.Canvas().Focused(); got != v.search {
		t.Errorf("focused = %v, want the search box", got)
	}
}

func TestGlossaryRowsSortInEachLanguagesOwnOrder(t *testing.T) {
	for _, c := range []struct {
		lang  string
		terms []string
		want  []string
	}{
		{"es", []string{"oso", "ñame", "Zika", "nube", "agua"}, []string{"agua", "nube", "ñame", "oso", "Zika"}},
		{"de", []string{"Zebra", "Ost", "Öl"}, []string{"Öl", "Ost", "Zebra"}},
		{"sv", []string{"öl", "zebra", "ost"}, []string{"ost", "zebra", "öl"}},
		{"zh-Hans", []string{"中", "阿", "爸"}, []string{"阿", "爸", "中"}}, // pinyin: ā, bà, zhōng
	} {
		t.Run(c.lang, func(t *testing.T) {
			var concepts []glossary.Concept
			for i, text := range c.terms {
				concepts = append(concepts, glossary.Concept{ID: int64(i + 1), Terms: []glossary.Term{
					{Lang: "en", Text: "x"}, {Lang: c.lang, Text: text, Status: glossary.Draft}}})
			}
			var got []string
			for _, r := range glossaryRows(concepts, c.lang, "") {
				got = append(got, r.term.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("sorted = %q, want %q", got, c.want)
			}
		})
	}
}

func TestGlossaryListsSpanishInSpanishOrderWithEachStatus(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Draft, "clinic",
		[]string{"en:bear", "es-419:oso"}, []string{"en:yam", "es-419:ñame"}, []string{"en:cloud", "es-419:nube"})
	addConcepts(t, st, glossary.Approved, "clinic", []string{"en:Zika", "es-419:Zika"})
	v := openGlossary(t, st)
	v.langSel.SetSelected(langLabel("es-419"))
	waitUI(t, v.loaded, "the Spanish list")
	if got, want := v.terms(), []string{"nube", "ñame", "oso", "Zika"}; !slices.Equal(got, want) {
		t.Errorf("Spanish list = %q, want %q", got, want)
	}
	v.statusSel.SetSelected(string(glossary.Approved))
	waitUI(t, v.loaded, "the approved list")
	if got, want := v.terms(), []string{"Zika"}; !slices.Equal(got, want) {
		t.Errorf("approved Spanish terms = %q, want %q", got, want)
	}
}

func TestGlossaryShowsTheSourceOfTheDefaults(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Draft, defaults.Label, []string{"en:cholera", "ar:كوليرا"})
	v := openGlossary(t, st)
	if !v.drafts.Visible() {
		t.Error("the notice about the unreviewed default data is hidden")
	}
	v.selectTerm(t, "cholera")
	var shown []string
	for _, o := range test.LaidOutObjects(v.content) {
		if l, ok := o.(*widget.Label); ok {
			shown = append(shown, l.Text)
		}
	}
	if all := strings.Join(shown, "\n"); !strings.Contains(all, "Source: "+defaults.Label) || !strings.Contains(all, "كوليرا") {
		t.Errorf("the entry does not show its source and Arabic term; labels:\n%s", all)
	}
}

func TestGlossaryAddEditAndHistory(t *testing.T) {
	ctx := context.Background()
	st := curationStore(t)
	addConcepts(t, st, glossary.Draft, "clinic", []string{"en:fever", "sw:homa"})
	v := openGlossary(t, st)

	v.addEntry(addRequest{srcLang: "en", srcText: "mosquito net", tgtLang: "sw", tgtText: "chandarua",
		status: glossary.Approved, definition: "A net hung over a bed."})
	v.settle(t)
	cur, ok := v.current()
	if !ok || cur.term.Text != "mosquito net" || cur.concept.Definition != "A net hung over a bed." ||
		cur.concept.Terms[1].Text != "chandarua" || cur.term.Status != glossary.Approved {
		t.Fatalf("after Add the selected row is %+v of %+v; dialogs:\n%s", cur.term, cur.concept, shownTexts(v.u.win))
	}

	v.saveTerm(cur, "bed net", "noun", "A net over a bed, against mosquitoes.", "say ITN in campaigns")
	v.settle(t)
	c, err := st.Concept(ctx, cur.concept.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Terms[0]; got.Text != "bed net" || got.PartOfSpeech != "noun" || got.Note != "say ITN in campaigns" ||
		c.Definition != "A net over a bed, against mosquitoes." {
		t.Errorf("after Edit the stored entry is %+v", c)
	}

	test.Tap(v.history)
	waitUI(t, v.done, "the history")
	text := shownTexts(v.u.win)
	if !strings.Contains(text, "Created by") || !strings.Contains(text, "Changed by") {
		t.Fatalf("the history does not list the creation and the change:\n%s", text)
	}
	test.Tap(dialogButton(t, v.u.win, "Restore this version")) // the newest enabled one: the creation
	v.settle(t)
	c, err = st.Concept(ctx, cur.concept.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Terms[0].Text != "mosquito net" {
		t.Errorf("after restoring the first version the term is %q, want mosquito net", c.Terms[0].Text)
	}
}

func TestGlossaryExportOfTheListedEntriesWritesOnlyThem(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Approved, "clinic", []string{"en:fever", "sw:homa"})
	addConcepts(t, st, glossary.Approved, "clinic", []string{"en:cough", "sw:kikohozi"})
	v := openGlossary(t, st)
	path := filepath.Join(t.TempDir(), "listed.csv")
	v.exportTo(path, "csv", storage.ConceptFilter{Search: "cough", Limit: 1})
	waitUI(t, v.done, "the export")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(data); !strings.Contains(got, "cough,kikohozi") || strings.Contains(got, "fever") {
		t.Errorf("exported CSV of the entries listed:\n%s", got)
	}
}

func TestGlossaryExportWritesTheChosenFormat(t *testing.T) {
	st := curationStore(t)
	addConcepts(t, st, glossary.Approved, "clinic", []string{"en:fever", "sw:homa"})
	v := openGlossary(t, st)
	path := filepath.Join(t.TempDir(), "out.csv")
	v.exportTo(path, "csv", storage.ConceptFilter{})
	waitUI(t, v.done, "the export")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimPrefix(string(data), "\ufeff"); !strings.HasPrefix(got, "en,sw") || !strings.Contains(got, "fever,homa") {
		t.Errorf("exported CSV:\n%s", got)
	}
	if text := shownTexts(v.u.win); !strings.Contains(text, "Wrote 1 entry to out.csv.") {
		t.Errorf("the dialogs show:\n%s", text)
	}
}

func TestGlossaryImportCanBeCancelled(t *testing.T) {
	st := curationStore(t)
	v := openGlossary(t, st)
	pr, pw := io.Pipe()
	wrote := make(chan error, 1)
	go func() { // a slow file: the first rows now, the rest once the user has cancelled
		rows := "en,sw\n" + strings.Repeat("fever,homa\n", 600)
		_, err := pw.Write([]byte(rows))
		wrote <- err
	}()
	v.importGlossary(pr, "slow.csv", 0)
	test.Tap(dialogButton(t, v.u.win, "Cancel"))
	// The import may stop reading and close the file before or after these rows.
	if _, err := pw.Write([]byte("cough,kikohozi\n")); err != nil && !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("write the last row: %v", err)
	}
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	waitUI(t, v.done, "the cancelled import")
	if err := <-wrote; err != nil && !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("write the first rows: %v", err)
	}
	if text := shownTexts(v.u.win); !strings.Contains(text, "Nothing of slow.csv was imported.") {
		t.Errorf("after Cancel the dialogs show:\n%s", text)
	}
	concepts, err := st.Concepts(context.Background(), storage.ConceptFilter{})
	if err != nil || len(concepts) != 0 {
		t.Errorf("after Cancel the glossary holds %d entries (%v), want none", len(concepts), err)
	}
}
