package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/text/language"
)

// fontTheme returns the theme text of lang is drawn with: the app's theme,
// with fonts that have the glyphs of lang's script.
func fontTheme(lang string) fyne.Theme {
	return theme.DefaultTheme()
}

// forLang draws obj, and any text in it, with the fonts of lang's script.
func forLang(lang string, obj fyne.CanvasObject) *container.ThemeOverride {
	return container.NewThemeOverride(obj, fontTheme(lang))
}

// isRTL reports whether lang is written right to left (Arabic, Urdu,
// Persian, Pashto, Dari, Sorani, Hebrew...).
func isRTL(lang string) bool {
	tag, err := language.Parse(lang)
	if err != nil {
		return false
	}
	script, _ := tag.Script()
	switch script.String() {
	case "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg":
		return true
	}
	return false
}

// textAlign is how a paragraph of lang lines up: right for right-to-left languages.
func textAlign(lang string) fyne.TextAlign {
	if isRTL(lang) {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// displayText returns a line of lang as Fyne must be given it to show it
// in the right visual order.
func displayText(lang, text string) string {
	return text
}
