package app

import (
	"image/color"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	xbidi "golang.org/x/text/unicode/bidi"

	"tafsiri/internal/bidi"
)

func TestScriptOf(t *testing.T) {
	cases := map[string]string{
		"en": "Latn", "ru": "Cyrl", "el": "Grek", "ar": "Arab", "fa": "Arab", "ur": "Arab",
		"ps": "Arab", "prs": "Arab", "ckb": "Arab", "hi": "Deva", "mr": "Deva", "ne": "Deva",
		"bn": "Beng", "ta": "Taml", "am": "Ethi", "ti": "Ethi", "my": "Mymr", "km": "Khmr",
		"zh": "Hans", "zh-Hans": "Hans", "zh-Hant": "Hant", "sr-Latn": "Latn", "es-419": "Latn",
		"pt-BR": "Latn", "he": "Hebr", "und": "", "": "", "not a tag!": "", "und-Arab": "Arab",
	}
	for lang, want := range cases {
		if got := scriptOf(lang); got != want {
			t.Errorf("scriptOf(%q) = %q, want %q", lang, got, want)
		}
	}
}

func TestIsRTLAndTextAlign(t *testing.T) {
	cases := []struct {
		lang  string
		rtl   bool
		align fyne.TextAlign
	}{
		{"ar", true, fyne.TextAlignTrailing},
		{"fa", true, fyne.TextAlignTrailing},
		{"ur", true, fyne.TextAlignTrailing},
		{"ps", true, fyne.TextAlignTrailing},
		{"prs", true, fyne.TextAlignTrailing},
		{"ckb", true, fyne.TextAlignTrailing},
		{"he", true, fyne.TextAlignTrailing},
		{"en", false, fyne.TextAlignLeading},
		{"hi", false, fyne.TextAlignLeading},
		{"zh-Hans", false, fyne.TextAlignLeading},
		{"am", false, fyne.TextAlignLeading},
		{"ku", false, fyne.TextAlignLeading}, // Kurmanji is written in Latin
		{"und", false, fyne.TextAlignLeading},
		{"", false, fyne.TextAlignLeading},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			if got := isRTL(c.lang); got != c.rtl {
				t.Errorf("isRTL(%q) = %v, want %v", c.lang, got, c.rtl)
			}
			if got := textAlign(c.lang); got != c.align {
				t.Errorf("textAlign(%q) = %v, want %v", c.lang, got, c.align)
			}
		})
	}
}

func TestLineAlignOfUndeterminedTextFollowsItsFirstLetter(t *testing.T) {
	cases := []struct {
		lang, text string
		want       fyne.TextAlign
	}{
		{"und", "اغسل يديك", fyne.TextAlignTrailing},
		{"", "112 اتصل", fyne.TextAlignTrailing},
		{"und", "Call 112 اتصل", fyne.TextAlignLeading},
		{"und", "", fyne.TextAlignLeading},
		{"en", "اغسل يديك", fyne.TextAlignLeading}, // a known language decides
		{"ar", "COVID-19", fyne.TextAlignTrailing},
	}
	for _, c := range cases {
		if got := lineAlign(c.lang, c.text); got != c.want {
			t.Errorf("lineAlign(%q, %q) = %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

func TestTextScript(t *testing.T) {
	cases := map[string]string{
		"Wash your hands":    "Latn",
		"اغسل يديك 20 ثانية": "Arab",
		"COVID-19 کا ٹیکہ":   "Arab", // more Arabic letters than Latin ones
		"WHO की सलाह":        "Deva",
		"请用肥皂洗手":             "Hani",
		"እጅዎን ይታጠቡ":          "Ethi",
		"ဆပ်ပြာ":             "Mymr",
		"សាប៊ូ":              "Khmr",
		"২০ সেকেন্ড":         "Beng",
		"கைகளைக் கழுவுங்கள்": "Taml",
		"Мойте руки":         "Cyrl",
		"20 (112) - !":       "",
		"":                   "",
	}
	for text, want := range cases {
		if got := textScript(text); got != want {
			t.Errorf("textScript(%q) = %q, want %q", text, got, want)
		}
	}
}

// rtl writes s as it appears on screen when drawn right to left: its
// characters in reverse order.
func rtl(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

// TestDisplayTextIsDrawnInVisualOrder gives Fyne's layout (drawnOrder: the
// segmenter, font and shaper Fyne uses) what displayText returns, and reads
// back the characters in the order they land on the screen from left to
// right. Right-to-left words appear reversed on screen, written rtl("...").
func TestDisplayTextIsDrawnInVisualOrder(t *testing.T) {
	cases := []struct {
		name, lang, text, screen string
	}{
		{"pure Arabic", "ar", "اغسل يديك جيدا", rtl("اغسل يديك جيدا")},
		{"Arabic with a number", "ar", "اغسل يديك 20 ثانية", rtl(" ثانية") + "20" + rtl("اغسل يديك ")},
		{"Latin then Arabic in an Arabic line", "ar", "Call 112 اتصل", rtl("اتصل") + " " + "Call 112"},
		{"Latin then Arabic in an English line", "en", "Call 112 اتصل", "Call 112 " + rtl("اتصل")},
		{"Urdu with a Latin acronym", "ur", "COVID-19 کا ٹیکہ", rtl("کا ٹیکہ") + " " + "COVID-19"},
		{"brackets are mirrored", "ar", "اتصل (الإسعاف)", "(" + rtl("الإسعاف") + ") " + rtl("اتصل")},
		{"Persian digits and guillemets", "fa", "در «مرکز» ۲۰ دقیقه", rtl(" دقیقه") + "۲۰" + " «" + rtl("مرکز") + "» " + rtl("در")},
		{"Hindi with an acronym is untouched", "hi", "WHO की सलाह", "WHO की सलाह"},
		{"Chinese is untouched", "zh-Hans", "接种COVID-19疫苗", "接种COVID-19疫苗"},
		{"undetermined Arabic", "und", "اتصل 112", "112" + rtl("اتصل ")},
		{"undetermined Latin", "und", "Call 112 اتصل", "Call 112 " + rtl("اتصل")},
		{"empty", "ar", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := drawnOrder(t, displayText(c.lang, c.text))
			if got != c.screen {
				t.Errorf("displayText(%q, %q) is drawn as\n%q, want\n%q", c.lang, c.text, got, c.screen)
			}
		})
	}
}

// TestFyneMisordersMixedLinesOnItsOwn records what displayText is for: the
// same mixed line given to Fyne as it is comes out in the wrong order, while
// a line of Arabic alone comes out right. Should Fyne learn to reorder runs,
// this fails and displayText can become the identity.
func TestFyneMisordersMixedLinesOnItsOwn(t *testing.T) {
	mixed := "اغسل يديك 20 ثانية"
	if got, want := drawnOrder(t, mixed), rtl(" ثانية")+"20"+rtl("اغسل يديك "); got == want {
		t.Errorf("Fyne alone draws %q in visual order already", mixed)
	}
	pure := "اغسل يديك"
	if got, want := drawnOrder(t, pure), rtl(pure); got != want {
		t.Errorf("Fyne alone draws %q as %q, want %q", pure, got, want)
	}
}

// TestDisplayTextMatchesTheBidiAlgorithm checks every sample line against
// the reference visual order of internal/bidi.
func TestDisplayTextMatchesTheBidiAlgorithm(t *testing.T) {
	for _, s := range samples {
		t.Run(s.lang, func(t *testing.T) {
			got := drawnOrder(t, displayText(s.lang, s.text))
			want := withoutControls(bidi.Visual(s.text, baseDirection(s.lang)))
			if got != want {
				t.Errorf("displayText(%q, %q) is drawn as\n%q, want\n%q", s.lang, s.text, got, want)
			}
		})
	}
}

func TestDisplayPiecesKeepSpansInVisualOrder(t *testing.T) {
	line := "اتصل بالرقم 112 الآن"
	// Spans: "اتصل " | "بالرقم " | "112" | " الآن"
	cuts := []int{len("اتصل "), len("اتصل بالرقم "), len("اتصل بالرقم 112")}
	pieces := displayPieces("ar", line, cuts)
	var got []string
	var screen strings.Builder
	for _, p := range pieces {
		got = append(got, strings.TrimSpace(line[p.Start:p.End]))
		screen.WriteString(drawnOrder(t, p.Text))
	}
	want := []string{"الآن", "112", "بالرقم", "اتصل"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces from left to right = %q, want %q", got, want)
	}
	if w := withoutControls(bidi.Visual(line, bidi.RTL)); screen.String() != w {
		t.Errorf("pieces drawn one after another give %q, want %q", screen.String(), w)
	}
	if plain := displayPieces("en", "Wash hands", []int{5}); len(plain) != 2 || plain[0].Text != "Wash " || plain[1].Text != "hands" {
		t.Errorf("a plain English line is cut without controls, got %+v", plain)
	}
}

func TestWrapDisplayWrapsLogicallyThenReorders(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(appTheme(nil))
	text := "اغسل يديك بالماء والصابون لمدة 20 ثانية على الأقل"
	size := theme.TextSize()
	width := fyne.MeasureText("اغسل يديك بالماء", size, fyne.TextStyle{}).Width + 1
	rows := wrapLogical(text, width, size, fyne.TextStyle{})
	if len(rows) < 3 {
		t.Fatalf("wrapLogical gave %d rows at width %v, want at least 3", len(rows), width)
	}
	if first := strings.TrimSpace(text[rows[0].Start:rows[0].End]); first != "اغسل يديك بالماء" {
		t.Errorf("first row = %q, want the start of the sentence", first)
	}
	shown := strings.Split(wrapDisplay("ar", text, width, size, fyne.TextStyle{}), "\n")
	for i, r := range rows {
		if want := displayText("ar", strings.TrimRight(text[r.Start:r.End], " ")); shown[i] != want {
			t.Errorf("row %d shown as %q, want %q", i, shown[i], want)
		}
		if w := fyne.MeasureText(shown[i], size, fyne.TextStyle{}).Width; w > width && strings.Contains(shown[i], " ") {
			t.Errorf("row %d is %v wide, more than %v", i, w, width)
		}
	}
}

func TestLangTextWrapsToItsWidth(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(appTheme(nil))
	text := "اغسل يديك بالماء والصابون لمدة 20 ثانية على الأقل"
	lt := newLangText("ar", text)
	w := test.NewWindow(lt)
	defer w.Close()
	w.Resize(fyne.NewSize(200, 300))
	if lt.label.Alignment != fyne.TextAlignTrailing {
		t.Errorf("Arabic text is aligned %v, want trailing", lt.label.Alignment)
	}
	rows := strings.Split(lt.label.Text, "\n")
	if len(rows) < 2 {
		t.Fatalf("at 200 wide the text shows %d rows (%q), want it wrapped", len(rows), lt.label.Text)
	}
	if lt.Text() != text {
		t.Errorf("Text() = %q, want the logical text", lt.Text())
	}
	w.Resize(fyne.NewSize(900, 300))
	if got := lt.label.Text; strings.Contains(got, "\n") {
		t.Errorf("at 900 wide the text still wraps: %q", got)
	}
}

func TestThemeKeepsColoursOfLightAndDark(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(appTheme(nil))
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		got := appTheme(nil).Color(theme.ColorNameBackground, v)
		want := theme.DefaultTheme().Color(theme.ColorNameBackground, v)
		if got != want {
			t.Errorf("background in variant %v = %v, want %v", v, got, want)
		}
		if got := fontTheme("ar").Color(theme.ColorNameForeground, v); got != theme.DefaultTheme().Color(theme.ColorNameForeground, v) {
			t.Errorf("fontTheme foreground in variant %v = %v", v, got)
		}
	}
	th := appTheme(nil)
	if th.Font(fyne.TextStyle{}) != fontRegular || th.Font(fyne.TextStyle{Bold: true}) != fontBold {
		t.Error("the app theme does not use the bundled fonts")
	}
	if th.Font(fyne.TextStyle{Monospace: true}) != theme.DefaultTheme().Font(fyne.TextStyle{Monospace: true}) {
		t.Error("monospace text should keep the default monospace font")
	}
	if appTheme(th) != th {
		t.Error("appTheme wraps a scriptTheme twice")
	}
}

func TestFontThemeFollowsTheAppTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(appTheme(darkOnly{theme.DefaultTheme()}))
	got := fontTheme("ar").Color(theme.ColorNameBackground, theme.VariantLight)
	if want := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark); got != want {
		t.Errorf("fontTheme background = %v, want the app theme's dark %v", got, want)
	}
}

// darkOnly is a theme that forces the dark variant, as a settings view may.
type darkOnly struct{ fyne.Theme }

func (d darkOnly) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return d.Theme.Color(n, theme.VariantDark)
}

// shapedRun is a run of a line as Fyne shapes it.
type shapedRun struct {
	runes  []rune
	input  shaping.Input
	glyphs []shaping.Glyph
}

// fyneFaces resolves a rune to a face as Fyne's painter does for text in
// the app theme: the theme's font first, then Fyne's own Noto Sans.
type fyneFaces []*font.Face

func (f fyneFaces) ResolveFace(r rune) *font.Face {
	for _, face := range f {
		if _, ok := face.NominalGlyph(r); ok {
			return face
		}
	}
	return f[0]
}

// layoutRuns cuts s into runs and shapes them the way Fyne 2.7's painter
// (internal/painter/font.go walkString) does: go-text's Segmenter (bidi,
// script and font runs, logical order) and its HarfBuzz shaper.
func layoutRuns(t *testing.T, s string) []shapedRun {
	t.Helper()
	fm := fyneFaces{faceOf(t, fontRegular), faceOf(t, theme.DefaultTextFont())}
	runes := []rune(s)
	in := shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: fm[0], Size: fixed.I(14)}
	var seg shaping.Segmenter
	var shaper shaping.HarfbuzzShaper
	var out []shapedRun
	for _, run := range seg.Split(in, fm) {
		if run.Face != fm[0] && strings.TrimSpace(string(runes[run.RunStart:run.RunEnd])) != "" {
			t.Errorf("%q is split by font at %q: Fyne would misplace that run", s, string(runes[run.RunStart:run.RunEnd]))
		}
		out = append(out, shapedRun{runes: runes, input: run, glyphs: shaper.Shape(run).Glyphs})
	}
	return out
}

// drawnOrder returns the characters of s in the order Fyne draws them on
// screen from left to right: each shaped run's glyph clusters as HarfBuzz
// placed them (right-to-left runs come out reversed, their brackets
// mirrored), runs one after the other. Invisible controls are left out.
func drawnOrder(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	for _, run := range layoutRuns(t, s) {
		rtlRun := run.input.Direction.Progression() == di.TowardTopLeft
		last := -1
		for _, g := range run.glyphs {
			if g.ClusterIndex == last {
				continue
			}
			last = g.ClusterIndex
			cluster := run.runes[g.ClusterIndex : g.ClusterIndex+g.RuneCount]
			if !rtlRun {
				b.WriteString(string(cluster))
				continue
			}
			// A ligature (lam-alef) is one cluster of several letters, drawn
			// right to left like the letters it joins.
			units := characters(cluster)
			for i := len(units) - 1; i >= 0; i-- {
				for _, r := range units[i] {
					b.WriteRune(mirrored(r))
				}
			}
		}
	}
	return withoutControls(b.String())
}

// characters splits rs into letters with the marks that follow them.
func characters(rs []rune) [][]rune {
	var out [][]rune
	for i, r := range rs {
		if i > 0 && (unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || r == 0x200C || r == 0x200D) {
			out[len(out)-1] = append(out[len(out)-1], r)
			continue
		}
		out = append(out, []rune{r})
	}
	return out
}

// mirrored returns the mirror image of a bracket, as shaping a
// right-to-left run draws it.
func mirrored(r rune) rune {
	pairs := map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<', '（': '）', '）': '（'}
	if m, ok := pairs[r]; ok {
		return m
	}
	return r
}

// withoutControls drops bidi formatting characters and joiners, which draw
// nothing.
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		p, _ := xbidi.LookupRune(r)
		switch p.Class() {
		case xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF, xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI:
			return -1
		}
		if r == 0x200E || r == 0x200F || r == 0x061C || r == 0x200C || r == 0x200D {
			return -1
		}
		return r
	}, s)
}
