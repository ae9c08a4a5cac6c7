package app

import (
	"unicode"

	"fyne.io/fyne/v2"
	"golang.org/x/text/language"
	xbidi "golang.org/x/text/unicode/bidi"

	"tafsiri/internal/bidi"
)

// How Fyne 2.7 draws right-to-left text, found with real windows under Xvfb
// (screenshots in the report of issue 7): it shapes Arabic itself (joining
// forms, lam-alef, Urdu and Persian letters are right), and a line made only
// of right-to-left text comes out in the right order, because go-text's
// segmenter cuts a line into bidi runs and HarfBuzz lays each right-to-left
// run out from right to left. But the runs are then placed from left to
// right in their logical order: "اغسل يديك 20 ثانية" shows its words in the
// wrong order around the number, "Call 112 اتصل" in an Arabic paragraph
// keeps the Latin first, and the spaces at run edges move to the wrong
// side. Handing Fyne a fully reversed (visual) string is wrong too: it
// reverses the Arabic runs a second time and breaks the joining.
//
// So displayText gives Fyne the runs in visual order, each with its
// characters in logical order and fenced with a directional override, so
// that Fyne's own bidi pass finds exactly these runs and lets HarfBuzz
// reverse (and join, and mirror brackets in) the right-to-left ones
// (bidi.ShaperOrder). The bundled font has every character a line of the
// app's languages holds, so Fyne never splits a run by font, which would
// put the pieces of a right-to-left run in the wrong order again.

// forLang marks obj as showing text of lang. Every script is in the app
// theme's font (see fonts.go), so no per-language theme is needed: a
// container.ThemeOverride would make Fyne parse the font again for each
// override and keep it cached forever (about 14 MB each), which list rows
// and re-rendered outputs would pile up. It returns obj as it is.
func forLang(lang string, obj fyne.CanvasObject) fyne.CanvasObject {
	return obj
}

// fontTheme returns the theme text of lang is drawn with: the app's current
// theme (light or dark, its colours, icons and sizes), with fonts that have
// the glyphs of lang's script. All of the app's scripts share one font per
// style (fonts.go explains why), so lang does not change the fonts today.
func fontTheme(lang string) fyne.Theme {
	return &scriptTheme{}
}

// scriptOf returns the ISO 15924 code of the script lang is written in:
// the tag's script if it names one (zh-Hant, sr-Latn, und-Arab), else the
// most likely one for the language (ur → Arab, zh → Hans, am and ti → Ethi).
// It returns "" for an undetermined ("und", "") or malformed tag, whose
// script only its text can tell.
func scriptOf(lang string) string {
	tag, err := language.Parse(lang)
	if err != nil {
		return ""
	}
	script, sconf := tag.Script()
	if sconf == language.Exact {
		return script.String()
	}
	base, bconf := tag.Base()
	if bconf != language.Exact { // "und": x/text guesses English
		return ""
	}
	if s, ok := knownScripts[base.String()]; ok {
		return s
	}
	if sconf == language.No {
		return ""
	}
	return script.String()
}

// knownScripts are the scripts of languages whose likely script x/text does
// not know.
var knownScripts = map[string]string{
	"prs": "Arab", // Dari
}

// rtlScripts are the scripts written right to left.
var rtlScripts = map[string]bool{
	"Arab": true, "Hebr": true, "Thaa": true, "Syrc": true, "Nkoo": true,
	"Adlm": true, "Rohg": true, "Samr": true, "Mand": true,
}

// isRTL reports whether lang is written right to left (Arabic, Urdu,
// Persian, Pashto, Dari, Sorani, Hebrew...).
func isRTL(lang string) bool {
	return rtlScripts[scriptOf(lang)]
}

// textAlign is how a paragraph of lang lines up: right for right-to-left languages.
func textAlign(lang string) fyne.TextAlign {
	if isRTL(lang) {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// lineAlign is how a line of text in lang lines up. When lang is
// undetermined ("", "und") the text's first strong character decides, as
// the Unicode bidirectional algorithm does for a paragraph.
func lineAlign(lang, text string) fyne.TextAlign {
	if scriptOf(lang) == "" {
		if firstStrongRTL(text) {
			return fyne.TextAlignTrailing
		}
		return fyne.TextAlignLeading
	}
	return textAlign(lang)
}

// displayText returns text (one or more lines) in lang as Fyne must be given
// it to show it in the right visual order: a right-to-left line, or one that
// mixes directions, comes back with its runs in display order (see the
// comment at the top of this file). A left-to-right line without
// right-to-left text comes back unchanged. The result is for display only:
// copy, search and store the original text, and keep editable entries in
// logical order. Fyne must not wrap the result (a wrapped display line
// would put its end first): wrap the logical text, then convert each line,
// as wrapDisplay does.
func displayText(lang, text string) string {
	return bidi.ShaperOrder(text, baseDirection(lang))
}

// baseDirection is the paragraph direction of lang's text; for an
// undetermined language the text's first strong character decides (Auto).
func baseDirection(lang string) bidi.Direction {
	switch {
	case scriptOf(lang) == "":
		return bidi.Auto
	case isRTL(lang):
		return bidi.RTL
	}
	return bidi.LTR
}

// firstStrongRTL reports whether the first strongly directional character
// of text is right to left (Arabic, Hebrew...).
func firstStrongRTL(text string) bool {
	for _, r := range text {
		p, _ := xbidi.LookupRune(r)
		switch p.Class() {
		case xbidi.L:
			return false
		case xbidi.R, xbidi.AL:
			return true
		}
	}
	return false
}

// letterScripts are the scripts textScript tells apart, with their ISO 15924
// codes: those of the languages the app serves, and the common others.
var letterScripts = []struct {
	code  string
	table *unicode.RangeTable
}{
	{"Latn", unicode.Latin}, {"Arab", unicode.Arabic}, {"Cyrl", unicode.Cyrillic},
	{"Grek", unicode.Greek}, {"Deva", unicode.Devanagari}, {"Beng", unicode.Bengali},
	{"Taml", unicode.Tamil}, {"Ethi", unicode.Ethiopic}, {"Mymr", unicode.Myanmar},
	{"Khmr", unicode.Khmer}, {"Hani", unicode.Han}, {"Hira", unicode.Hiragana},
	{"Kana", unicode.Katakana}, {"Hang", unicode.Hangul}, {"Hebr", unicode.Hebrew},
	{"Thai", unicode.Thai}, {"Guru", unicode.Gurmukhi}, {"Gujr", unicode.Gujarati},
	{"Telu", unicode.Telugu}, {"Knda", unicode.Kannada}, {"Mlym", unicode.Malayalam},
	{"Sinh", unicode.Sinhala}, {"Laoo", unicode.Lao}, {"Tibt", unicode.Tibetan},
	{"Geor", unicode.Georgian}, {"Armn", unicode.Armenian}, {"Thaa", unicode.Thaana},
	{"Syrc", unicode.Syriac}, {"Nkoo", unicode.Nko}, {"Adlm", unicode.Adlam},
	{"Tfng", unicode.Tifinagh}, {"Orya", unicode.Oriya},
}

// runeScript returns the ISO 15924 code of r's script among letterScripts,
// or "" for a character of none of them (digits, punctuation, symbols).
func runeScript(r rune) string {
	for _, s := range letterScripts {
		if unicode.Is(s.table, r) {
			return s.code
		}
	}
	return ""
}

// textScript returns the ISO 15924 code of the script most of text's
// letters are written in ("" when it has no letters), for text whose
// language is not known. Ties go to the script met first.
func textScript(text string) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			continue
		}
		s := runeScript(r)
		if s == "" {
			continue
		}
		counts[s]++
		if counts[s] > bestN {
			best, bestN = s, counts[s]
		}
	}
	return best
}

// bundledScripts are the scripts the bundled fonts are made for, with the
// Noto font each comes from (assets/fonts/README.md). Text in other scripts
// is drawn with the fonts installed on the machine, if any.
var bundledScripts = map[string]string{
	"Latn": "Noto Sans", "Cyrl": "Noto Sans", "Grek": "Noto Sans",
	"Arab": "Noto Sans Arabic", "Deva": "Noto Sans Devanagari",
	"Beng": "Noto Sans Bengali", "Taml": "Noto Sans Tamil",
	"Ethi": "Noto Sans Ethiopic", "Mymr": "Noto Sans Myanmar",
	"Khmr": "Noto Sans Khmer", "Hans": "Noto Sans CJK SC (GB 2312 subset)",
}

// hasBundledFont reports whether the app ships a font for lang's script.
// Simplified Chinese is covered; Traditional Chinese, Japanese and Korean
// only as far as GB 2312 reaches.
func hasBundledFont(lang string) bool {
	_, ok := bundledScripts[scriptOf(lang)]
	return ok
}
