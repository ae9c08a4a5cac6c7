package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/defaults"
	"tafsiri/storage"
)

func TestHomeShowsWhereTheDataIsAndWhatItHolds(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t, "home.db")
	for _, tag := range []string{"sw", "es-419", "ar"} {
		if _, err := st.AddLanguage(ctx, tag); err != nil {
			t.Fatal(err)
		}
	}

	a := test.NewTempApp(t)
	ui := New(a, st)
	ui.Window().Show()

	waitLoaded(t, ui)
	if ui.home.path.Text != st.Path() {
		t.Errorf("data file shown = %q, want %q", ui.home.path.Text, st.Path())
	}
	if got := ui.home.languages.Text; !strings.Contains(got, "Kiswahili (sw)") ||
		!strings.Contains(got, "español latinoamericano (es-419)") || !strings.Contains(got, "(ar)") {
		t.Errorf("languages shown = %q, want each named in its own language", got)
	}
	for label, want := range map[*widget.Label]string{
		ui.home.glossary: "0 concepts, 0 terms",
		ui.home.memory:   "0 segments",
		ui.home.models:   "0 ready to translate",
	} {
		if label.Text != want {
			t.Errorf("label = %q, want %q", label.Text, want)
		}
	}
}

func TestHomeSaysSoWhenThereAreNoLanguages(t *testing.T) {
	st := openTestStore(t, "empty.db")
	ui := New(test.NewTempApp(t), st)
	waitLoaded(t, ui)
	if got := ui.home.languages.Text; !strings.HasPrefix(got, "None yet") {
		t.Errorf("languages = %q, want a hint that there are none yet", got)
	}
}

// waitLoaded runs the UI until the home view shows what it read from the database.
func waitLoaded(t *testing.T, ui *UI) {
	t.Helper()
	waitUI(t, ui.home.loaded, "the home view's load")
}

// waitStarted runs the UI until every view shows what it read at start.
func waitStarted(t *testing.T, ui *UI) {
	t.Helper()
	waitLoaded(t, ui)
	waitUI(t, ui.translate.source.loaded, "the source languages")
	waitUI(t, ui.translate.targets.settled, "the target languages")
	waitUI(t, ui.glossary.loaded, "the glossary list")
	waitUI(t, ui.memory.loaded, "the memory list")
	waitUI(t, ui.models.loaded, "the models table")
	waitUI(t, ui.settings.loaded, "the settings")
}

// openTab opens the window on st at size, once every view has loaded, and
// brings the tab named tab to the front (which reads its data again).
func openTab(t *testing.T, st *storage.Store, tab string, size fyne.Size) *UI {
	t.Helper()
	ui := New(test.NewTempApp(t), st)
	ui.win.Resize(size)
	waitStarted(t, ui)
	if !ui.ShowTab(tab) {
		t.Fatalf("the window has no %s tab", tab)
	}
	return ui
}

func TestTheFirstStartInstallsTheDefaultsInTheBackground(t *testing.T) {
	st := openTestStore(t, "first.db")
	ui := New(test.NewTempApp(t), st)
	waitLoaded(t, ui)
	ui.RunSetup(func(ctx context.Context, progress func(string)) error {
		_, err := defaults.Install(ctx, st, progress)
		return err
	})
	if got := ui.home.status.Text; !strings.HasPrefix(got, "Preparing the default") {
		t.Errorf("status while installing = %q", got)
	}
	runUIUntil(t, "the home view shows the default models", func() bool {
		return ui.home.models.Text == "24 ready to translate"
	})
	if got := ui.home.glossary.Text; got != "371 concepts, 4823 terms" {
		t.Errorf("glossary shown = %q", got)
	}
}

// openTestStore opens a fresh database called name, closed (and the close
// checked) when the test ends.
func openTestStore(t *testing.T, name string) *storage.Store {
	t.Helper()
	return openStoreAt(t, filepath.Join(t.TempDir(), name))
}

// openStoreAt opens the database at path, closed (and the close checked)
// when the test ends.
func openStoreAt(t *testing.T, path string) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	return st
}
