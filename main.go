// Command tafsiri is an offline translator for health notices: with no
// command it opens the desktop window, with one it runs headless.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"time"

	fyneapp "fyne.io/fyne/v2/app"

	"tafsiri/app"
	"tafsiri/cli"
	"tafsiri/defaults"
	"tafsiri/internal/fynelocale" // initialized before Fyne's lang package: see its doc
	"tafsiri/storage"
)

// version is set at build time with -ldflags "-X main.version=...".
var version string

func main() {
	start := time.Now()
	fynelocale.Revert() // Fyne has read the locale; a command and what it runs see the user's environment
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	m := &cli.Main{
		Stdin:      os.Stdin,
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		Version:    buildVersion(),
		OpenWindow: func(ctx context.Context, st *storage.Store) error { return openWindow(ctx, st, start) },
	}
	stopProfile := startProfile(os.Getenv("TAFSIRI_CPUPROFILE"))
	code := m.Run(ctx, os.Args[1:])
	stopProfile()
	stop()
	os.Exit(code)
}

// startProfile writes a CPU profile to path, for developers measuring a command; "" does nothing.
func startProfile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "tafsiri: start CPU profile: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "tafsiri: write CPU profile: %v\n", err)
		}
	}
}

// openWindow runs the desktop app on st until its window is closed; on the
// first start it installs the default data in the background, unless
// defaults.Automatic says not to, as the command line does.
// TAFSIRI_TIMING=1 prints when the first frame was shown; TAFSIRI_SCREENSHOT
// (a tab name) and TAFSIRI_SCREENSHOT_LANG/_TEXT/_TICK prepare a view for
// scripts/screenshots.
func openWindow(_ context.Context, st *storage.Store, start time.Time) error {
	fynelocale.Apply() // the window asks for the locale again while it runs
	ui := app.New(fyneapp.NewWithID(app.AppID), st)
	if defaults.Automatic(st, os.Getenv) {
		ui.RunSetup(func(ctx context.Context, progress func(string)) error {
			_, err := defaults.Install(ctx, st, progress)
			return err
		})
	}
	if os.Getenv("TAFSIRI_TIMING") != "" {
		ui.ReportFirstFrame(os.Stderr, start)
	}
	ui.Screenshot(os.Getenv("TAFSIRI_SCREENSHOT"), app.SampleFromEnv(os.Getenv), os.Stderr)
	ui.ShowAndRun()
	return nil
}

// buildVersion is the -ldflags version, else the module or VCS version Go recorded.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return "dev"
}
