package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tafsiri/assets"
)

// The app's text fonts, built by assets/fonts/build.py: Noto Sans (Latin,
// Greek, Cyrillic) merged with Noto Sans Arabic, Devanagari, Bengali, Tamil,
// Ethiopic, Myanmar, Khmer and Noto Sans CJK SC.
//
// They are one font per style, not one per script, because Fyne 2.7 measures
// text with the app theme's font whatever container.ThemeOverride a widget
// sits in (painter.RenderedTextSize is called without the widget), and caches
// text textures by string: a per-language override font is drawn into a box
// measured with another font, so text comes out clipped or truncated. With
// every script in the app theme's font, measuring and drawing agree in every
// widget, dialog, list, select pop-up and entry, whatever its language.
// Latin is merged in as well so that no line is split by font: Fyne places
// the font runs of a right-to-left stretch in logical order, which would put
// a bracket from another font on the wrong side of Arabic text.
var (
	fontRegular = fyne.NewStaticResource("TafsiriScripts-Regular.otf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("TafsiriScripts-Bold.otf", assets.FontBold)
)

// scriptTheme is a theme drawn with the bundled fonts: colours, icons and
// sizes come from base, or from the app's current theme when base is nil, so
// light and dark keep working.
type scriptTheme struct {
	base fyne.Theme
}

// appTheme returns base (the default theme when nil) with the fonts that
// have every script the app shows. The app must use it as its theme:
// a.Settings().SetTheme(appTheme(nil)); a theme that forces light or dark
// is passed as base. Fyne measures all text with the app theme's font.
func appTheme(base fyne.Theme) fyne.Theme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	if st, ok := base.(*scriptTheme); ok {
		return st
	}
	return &scriptTheme{base: base}
}

// baseTheme is the theme the colours, icons and sizes come from. The app's
// current theme is looked up at each call, not kept, so that a change of
// theme in the settings shows everywhere; a scriptTheme found there is
// unwrapped so that the lookup cannot loop.
func (t *scriptTheme) baseTheme() fyne.Theme {
	if t.base != nil {
		return t.base
	}
	if a := fyne.CurrentApp(); a != nil {
		if cur := a.Settings().Theme(); cur != nil {
			if st, ok := cur.(*scriptTheme); ok {
				if st.base != nil {
					return st.base
				}
				return theme.DefaultTheme()
			}
			return cur
		}
	}
	return theme.DefaultTheme()
}

// Color returns the base theme's colour for n in variant v.
func (t *scriptTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.baseTheme().Color(n, v)
}

// Icon returns the base theme's icon n.
func (t *scriptTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return t.baseTheme().Icon(n)
}

// Size returns the base theme's size n.
func (t *scriptTheme) Size(n fyne.ThemeSizeName) float32 {
	return t.baseTheme().Size(n)
}

// Font returns the bundled font for s. Italic text is drawn upright: an
// italic of every script would double the fonts' size, and an upright glyph
// is better than a box. Monospace and symbols keep the base theme's fonts,
// which are only used for code and icons.
func (t *scriptTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace, s.Symbol:
		return t.baseTheme().Font(s)
	case s.Bold:
		return fontBold
	default:
		return fontRegular
	}
}
