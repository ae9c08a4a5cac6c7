// Package app is Tafsiri's desktop window. It composes views over the store
// and the engine: work runs in goroutines and every widget change happens
// inside fyne.Do, so the window never waits on the database.
package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"tafsiri/assets"
	"tafsiri/storage"
	"tafsiri/translate"
)

// AppID is the application identifier shared with FyneApp.toml.
const AppID = "org.tafsiri.desktop"

// UI is Tafsiri's main window.
type UI struct {
	app    fyne.App
	win    fyne.Window
	store  *storage.Store
	engine *translate.Engine // keeps to the glossary and answers from the memory first
	home   *homeView
}

// New builds the main window of a on st and starts loading what it shows.
func New(a fyne.App, st *storage.Store) *UI {
	icon := fyne.NewStaticResource("icon.png", assets.IconPNG)
	a.SetIcon(icon)
	win := a.NewWindow("Tafsiri")
	win.SetIcon(icon)
	engine := translate.NewEngine(st)
	engine.Terms, engine.Memory = st, st
	u := &UI{app: a, win: win, store: st, engine: engine, home: newHomeView(win, st)}
	tabs := container.NewAppTabs(
		container.NewTabItem("Home", u.home.content),
	)
	win.SetContent(tabs)
	win.Resize(fyne.NewSize(900, 600))
	u.home.refresh()
	return u
}

// RunSetup runs a first-start task, such as installing the default data, in
// the background: the home view shows its stages, then what the database
// holds once it is done, or the error.
func (u *UI) RunSetup(task func(ctx context.Context, progress func(stage string)) error) {
	u.home.setupStarted()
	go func() {
		err := task(context.Background(), func(stage string) { fyne.Do(func() { u.home.status.SetText(stage + "…") }) })
		fyne.Do(func() { u.home.setupDone(err) })
	}()
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window and runs the app until it is closed.
func (u *UI) ShowAndRun() { u.win.ShowAndRun() }
