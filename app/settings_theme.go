package app

import (
	"context"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tafsiri/exchange"
	"tafsiri/translate"
)

// The settings the window keeps in the database, beside the detection
// settings of package exchange.
const (
	// settingTargets holds the target languages Translate starts with,
	// comma-separated BCP 47 tags.
	settingTargets = "ui.targets"
	// settingTheme is "light", "dark" or "system" (the default).
	settingTheme = "ui.theme"
)

// The bounds and default of the fuzzy threshold, in percent.
const (
	minThreshold     = exchange.MinFuzzyThreshold
	maxThreshold     = 100
	defaultThreshold = translate.DefaultFuzzyThreshold
)

// variantTheme draws a theme always in one variant, light or dark, whatever
// the system prefers: Fyne has no other way to force it.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color is the base theme's colour n in the forced variant.
func (t *variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyTheme makes a draw in the theme choice names ("light", "dark",
// anything else the system's), keeping the fonts and sizes of its theme.
func applyTheme(a fyne.App, choice string) {
	base := a.Settings().Theme()
	if v, ok := base.(*variantTheme); ok {
		base = v.Theme
	}
	if base == nil {
		base = theme.DefaultTheme()
	}
	switch choice {
	case "light":
		a.Settings().SetTheme(&variantTheme{Theme: base, variant: theme.VariantLight})
	case "dark":
		a.Settings().SetTheme(&variantTheme{Theme: base, variant: theme.VariantDark})
	default:
		a.Settings().SetTheme(base)
	}
}

// applySettings applies the stored theme and translation settings; the window
// calls it once at start, before it is shown, so that it opens in the
// chosen theme. A setting it cannot read keeps its default (the Settings
// view shows the error).
func applySettings(u *UI) {
	ctx := context.Background()
	choice, _, err := u.store.Setting(ctx, settingTheme)
	if err != nil {
		fyne.LogError("read the theme setting", err)
	}
	applyTheme(u.app, choice)
	if err := exchange.ConfigureEngine(ctx, u.store, u.engine); err != nil {
		fyne.LogError("read the translation settings", err)
	}
}
