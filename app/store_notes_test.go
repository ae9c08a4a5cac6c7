package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/internal/unprivileged"
	"tafsiri/storage"
)

// readOnlyWindowDBEnv names the database TestReadOnlyWindowCheck opens.
const readOnlyWindowDBEnv = "TAFSIRI_TEST_READONLY_WINDOW_DB"

// noteText is the text of a note of the window.
func noteText(box *fyne.Container) string {
	for _, o := range walkObjects(box) {
		if l, ok := o.(*widget.Label); ok {
			return l.Text
		}
	}
	return ""
}

func TestTheWindowSaysWhenTheDatabaseIsReadOnly(t *testing.T) {
	dir := filepath.Join(unprivileged.Dir(t), "data")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "shared.db")
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if unprivileged.Restricted() {
		checkReadOnlyWindow(t, path)
		return
	}
	out, err := unprivileged.Run(t, "TestReadOnlyWindowCheck", readOnlyWindowDBEnv+"="+path)
	if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyWindowCheck") {
		t.Fatalf("check as user nobody (tests run as root, whom chmod does not stop): %v\n%s", err, out)
	}
}

// TestReadOnlyWindowCheck is run by TestTheWindowSaysWhenTheDatabaseIsReadOnly
// as an unprivileged user; alone it does nothing.
func TestReadOnlyWindowCheck(t *testing.T) {
	path := os.Getenv(readOnlyWindowDBEnv)
	if path == "" {
		t.Skip("runs only as the child of TestTheWindowSaysWhenTheDatabaseIsReadOnly")
	}
	checkReadOnlyWindow(t, path)
}

// checkReadOnlyWindow opens the window on the read-only database at path and
// checks that it says so, offers no import or training, and that a change
// tried anyway says why it failed.
func checkReadOnlyWindow(t *testing.T, path string) {
	st := openStoreAt(t, path)
	if st.ReadOnly() == nil {
		t.Fatalf("storage opened %s for writing; the check needs a file it cannot write", path)
	}
	ui := openTab(t, st, "Settings", fyne.NewSize(1100, 700))
	want := "This database is read-only (" + st.Path() + "): you can translate and search; saving, importing and training are off."
	if got := noteText(ui.notes.readOnly); !ui.notes.readOnly.Visible() || got != want {
		t.Errorf("read-only note = %q (shown: %v), want %q", got, ui.notes.readOnly.Visible(), want)
	}
	for name, b := range map[string]*widget.Button{"glossary add": ui.glossary.add, "glossary import": ui.glossary.importBtn,
		"memory import": ui.memory.importBtn, "lexicon import": ui.lexicon.importBtn,
		"lexicon folder import": ui.lexicon.importDir, "train": ui.models.train} {
		if !b.Disabled() {
			t.Errorf("the %s button is enabled on a read-only database", name)
		}
	}
	ui.settings.threshold.SetValue(82) // as a drag ending at 82
	waitSaved(t, ui.settings)
	if text := shownTexts(ui.win); !strings.Contains(text, "read-only") {
		t.Errorf("saving a setting shows:\n%s\nwant that the database is read-only", text)
	}
}

func TestAWritableDatabaseShowsNoNote(t *testing.T) {
	ui := openTab(t, storeWithLanguages(t, "en"), "Glossary", fyne.NewSize(1100, 700))
	if ui.notes.readOnly.Visible() || ui.notes.busy.Visible() {
		t.Errorf("notes shown: read-only %v, waiting %v; want none", ui.notes.readOnly.Visible(), ui.notes.busy.Visible())
	}
	if ui.glossary.importBtn.Disabled() || ui.models.train.Disabled() {
		t.Error("import or training is off on a writable database")
	}
}

func TestTheReadOnlyNoteSaysWhy(t *testing.T) {
	left := ": you can translate and search; saving, importing and training are off."
	for name, c := range map[string]struct {
		why  error
		want string
	}{
		"read-only": {fmt.Errorf("database /d/t.db: %w", storage.ErrReadOnly), "This database is read-only (/d/t.db)" + left},
		"disk full": {fmt.Errorf("database /d/t.db: %w", storage.ErrDiskFull), "The disk that holds this database is full (/d/t.db)" + left},
	} {
		t.Run(name, func(t *testing.T) {
			if got := readOnlyText("/d/t.db", c.why); got != c.want {
				t.Errorf("readOnlyText = %q, want %q", got, c.want)
			}
		})
	}
}

func TestAChangeThatWaitsForAnotherWriteSaysSoUntilItIsSaved(t *testing.T) {
	ctx := context.Background()
	st := storeWithLanguages(t, "en")
	v := openSettingsView(t, st)
	// Another process's import holds the write lock, as it does while it publishes.
	imp, err := openStoreAt(t, st.Path()).BeginLexiconImport(ctx)
	if err != nil {
		t.Fatal(err)
	}
	released := false
	t.Cleanup(func() {
		if !released {
			if err := imp.Close(); err != nil {
				t.Error(err)
			}
		}
	})

	v.threshold.SetValue(82) // as a drag ending at 82: saved at once, and waits
	runUIUntil(t, "the note that the change waits", v.u.notes.busy.Visible)
	if got := noteText(v.u.notes.busy); got != busyText {
		t.Errorf("waiting note = %q, want %q", got, busyText)
	}

	released = true
	if err := imp.Close(); err != nil { // the other import ends without a change
		t.Fatal(err)
	}
	waitSaved(t, v)
	if v.u.notes.busy.Visible() {
		t.Error("the waiting note still shows after the change was saved")
	}
	if got := stored(t, st, exchange.FuzzyThresholdSetting); got != "82" {
		t.Errorf("stored %s = %q, want 82", exchange.FuzzyThresholdSetting, got)
	}
	if text := shownTexts(v.u.win); text != "" {
		t.Errorf("the change that waited shows:\n%s\nwant no dialog", text)
	}
}
