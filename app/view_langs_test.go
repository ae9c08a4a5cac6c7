package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/storage"
)

func TestTheImportsOfALanguagePairAskForItFirst(t *testing.T) {
	cases := map[string]struct {
		tab   string
		tap   func(ui *UI) *widget.Button
		wants []string // what the question says
	}{
		"memory": {tab: "Memory", tap: func(ui *UI) *widget.Button { return ui.memory.importBtn },
			wants: []string{"Import a translation memory", "Source language", "Target language",
				"A TMX may hold many languages: name the two to import, or leave both empty for a file of two"}},
		"lexicon": {tab: "Lexicon", tap: func(ui *UI) *widget.Button { return ui.lexicon.importBtn },
			wants: []string{"Import a dictionary", "Headword language", "Translation language",
				"A FreeDict dictionary's name and the TSV's header say them: leave both empty"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			ui := openTab(t, storeWithLanguages(t, "en", "sw"), c.tab, fyne.NewSize(1100, 700))
			test.Tap(c.tap(ui))
			text := shownTexts(ui.win)
			for _, want := range c.wants {
				if !strings.Contains(text, want) {
					t.Errorf("the question does not say %q; the dialogs show:\n%s", want, text)
				}
			}
			langs := overlayObjects[*widget.SelectEntry](ui.win)
			if len(langs) != 2 {
				t.Fatalf("the question has %d language boxes, want 2", len(langs))
			}
			before := len(ui.win.Canvas().Overlays().List())
			test.Tap(dialogButton(t, ui.win, "Choose file…"))
			if got := len(ui.win.Canvas().Overlays().List()); got != before || strings.Contains(shownTexts(ui.win), c.wants[0]) {
				t.Errorf("after Choose file… %d dialogs show:\n%s\nwant %d: the question gives way to the file dialog",
					got, shownTexts(ui.win), before)
			}
		})
	}
}

func TestAViewThatCannotReadItsLanguagesSaysWhichAndStopsWaiting(t *testing.T) {
	cases := map[string]struct {
		refresh func(ui *UI) <-chan struct{}
		want    string
	}{
		"glossary": {func(ui *UI) <-chan struct{} { ui.glossary.refresh(); return ui.glossary.loaded }, "Read the languages: "},
		"memory":   {func(ui *UI) <-chan struct{} { ui.memory.refresh(); return ui.memory.loaded }, "Read the memory's languages: "},
		"lexicon":  {func(ui *UI) <-chan struct{} { ui.lexicon.refresh(); return ui.lexicon.loaded }, "Read the lexicon's languages: "},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "closed.db"))
			if err != nil {
				t.Fatal(err)
			}
			ui := New(test.NewTempApp(t), st)
			waitStarted(t, ui)
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			waitUI(t, c.refresh(ui), "the refresh")
			if text := shownTexts(ui.win); !strings.Contains(text, c.want) || !strings.Contains(text, "tafsiri doctor") {
				t.Errorf("the dialogs show:\n%s\nwant %q and what to do", text, c.want)
			}
		})
	}
}
