// Package app is Tafsiri's desktop window. It composes views over the store
// and the engine: work runs in goroutines and every widget change happens
// on the UI goroutine, handed over through onUI (dispatch.go), so the window
// never waits on the database.
package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"

	"tafsiri/assets"
	"tafsiri/exchange"
	"tafsiri/storage"
	"tafsiri/translate"
)

// AppID is the application identifier shared with FyneApp.toml.
const AppID = "org.tafsiri.desktop"

// firstWindowSize is the size the window opens at.
var firstWindowSize = fyne.NewSize(1000, 700)

// UI is Tafsiri's main window.
type UI struct {
	app    fyne.App
	win    fyne.Window
	store  *storage.Store
	engine *translate.Engine // keeps to the glossary and answers from the memory first
	tabs   *container.AppTabs
	// exportDir is the folder of the last export, offered for the next one.
	exportDir string

	translate *translateView
	glossary  *glossaryView
	memory    *memoryView
	lexicon   *lexiconView
	models    *modelsView
	settings  *settingsView
	home      *homeView
	notes     *storeNotes // about the database: read-only, or a change waiting
}

// New builds the main window of a on st and starts loading what it shows.
func New(a fyne.App, st *storage.Store) *UI {
	icon := fyne.NewStaticResource("icon.png", assets.IconPNG)
	a.SetIcon(icon)
	a.Settings().SetTheme(appTheme(nil)) // the bundled fonts; settings may force light or dark
	win := a.NewWindow("Tafsiri")
	win.SetIcon(icon)
	engine := exchange.NewEngine(st)
	u := &UI{app: a, win: win, store: st, engine: engine}
	applySettings(u)
	u.translate = newTranslateView(u)
	u.glossary, u.memory = newGlossaryView(u), newMemoryView(u)
	u.lexicon = newLexiconView(u)
	u.models, u.settings = newModelsView(u), newSettingsView(u)
	u.home = newHomeView(win, st)
	u.notes = newStoreNotes(st)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("Translate", u.translate.content),
		container.NewTabItem("Glossary", u.glossary.content),
		container.NewTabItem("Memory", u.memory.content),
		container.NewTabItem("Lexicon", u.lexicon.content),
		container.NewTabItem("Models", u.models.content),
		container.NewTabItem("Settings", u.settings.content),
		container.NewTabItem("Data", u.home.content),
	)
	u.tabs.OnSelected = func(*container.TabItem) { u.refreshSelected() }
	win.SetContent(u.withStoreNotes(u.tabs))
	u.disableWrites()
	win.Resize(firstWindowSize)
	u.addShortcuts()
	win.SetOnDropped(u.translate.onDropped)
	// Views start reading the database once they are in the window.
	u.refreshAll()
	return u
}

// refreshAll reads again what every view shows: at start, and after the
// defaults are installed or a model is trained.
func (u *UI) refreshAll() {
	u.translate.reload()
	u.glossary.refresh()
	u.memory.refresh()
	u.lexicon.refresh()
	u.models.refresh()
	u.settings.load()
	u.home.refresh()
}

// refreshSelected reads again what the tab brought forward shows, since
// other views may have changed the data.
func (u *UI) refreshSelected() {
	switch u.tabs.Selected().Content {
	case u.translate.content:
		// Glossary edits, imports and training elsewhere change what the
		// engine must know: it reads models and terms again when next used.
		u.engine.Refresh()
		u.translate.reload()
	case u.glossary.content:
		u.glossary.refresh()
	case u.memory.content:
		u.memory.refresh()
	case u.lexicon.content:
		u.lexicon.refresh()
	case u.models.content:
		u.models.refresh()
	case u.home.content:
		u.home.refresh()
	}
}

// addShortcuts binds Ctrl+Enter (translate), Ctrl+Shift+C (copy the output)
// and Ctrl+F (search the list of the tab in front).
func (u *UI) addShortcuts() {
	c := u.win.Canvas()
	u.translate.registerShortcuts(c)
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		switch u.tabs.Selected().Content {
		case u.glossary.content:
			u.glossary.focusSearch()
		case u.memory.content:
			u.memory.focusSearch()
		case u.lexicon.content:
			u.lexicon.focusSearch()
		case u.models.content:
			c.Focus(u.models.filter)
		}
	})
}

// RunSetup runs a first-start task, such as installing the default data, in
// the background: the home view shows its stages; when it is done every view
// shows what the database holds, or the error is shown.
func (u *UI) RunSetup(task func(ctx context.Context, progress func(stage string)) error) {
	u.home.setupStarted()
	go func() {
		err := task(context.Background(), func(stage string) { onUI(func() { u.home.status.SetText(stage + "…") }) })
		onUI(func() {
			u.home.setupDone(err)
			if err == nil {
				u.engine.Refresh()
				u.refreshAll()
			}
		})
	}()
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window and runs the app until it is closed.
func (u *UI) ShowAndRun() { u.win.ShowAndRun() }
