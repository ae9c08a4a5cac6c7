package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/storage"
)

// storeWithLanguages opens a fresh database that holds tags.
func storeWithLanguages(t *testing.T, tags ...string) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st := openTestStore(t, "settings.db")
	for _, tag := range tags {
		if _, err := st.AddLanguage(ctx, tag); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// openSettingsView shows a settings view of st in a test window and waits
// until it shows the stored values.
func openSettingsView(t *testing.T, st *storage.Store) *settingsView {
	t.Helper()
	return openTab(t, st, "Settings", fyne.NewSize(900, 700)).settings
}

// waitSaved waits until the latest change is saved and shown.
func waitSaved(t *testing.T, v *settingsView) {
	t.Helper()
	waitUI(t, v.saved, "the setting was not saved")
	waitUI(t, v.loaded, "the settings view did not show the stored values")
}

// stored reads setting key from st.
func stored(t *testing.T, st *storage.Store, key string) string {
	t.Helper()
	value, _, err := st.Setting(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	return value
}

func TestSettingsShowWhereTheDataIsAndCopyIt(t *testing.T) {
	st := storeWithLanguages(t, "en", "sw")
	v := openSettingsView(t, st)
	if v.path.Text != st.Path() {
		t.Errorf("data file shown = %q, want %q", v.path.Text, st.Path())
	}
	test.Tap(v.copyPath)
	if got := v.u.app.Clipboard().Content(); got != st.Path() {
		t.Errorf("clipboard = %q, want the data file's path", got)
	}
}

func TestTheFuzzyThresholdIsStoredAndUsedAtOnce(t *testing.T) {
	st := storeWithLanguages(t, "en")
	v := openSettingsView(t, st)
	if v.threshold.Value != 75 || v.percent.Text != "75 %" {
		t.Errorf("threshold shown = %v (%q), want the default 75", v.threshold.Value, v.percent.Text)
	}

	v.threshold.SetValue(82) // as a drag ending at 82
	waitSaved(t, v)
	v.threshold.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // and one step right with the keyboard
	waitSaved(t, v)

	if got := stored(t, st, exchange.FuzzyThresholdSetting); got != "83" {
		t.Errorf("stored %s = %q, want 83", exchange.FuzzyThresholdSetting, got)
	}
	if got := v.u.engine.FuzzyThreshold(); got != 83 {
		t.Errorf("engine.FuzzyThreshold() = %d, want 83", got)
	}
	if v.percent.Text != "83 %" {
		t.Errorf("percentage shown = %q", v.percent.Text)
	}
}

func TestTheDigitsSwahiliTimeAndCautionChoicesAreStoredAndUsedOnceSaved(t *testing.T) {
	st := storeWithLanguages(t, "en", "sw")
	v := openSettingsView(t, st)
	for _, c := range []struct {
		key      string
		radio    *widget.RadioGroup
		choices  []choice    // the default first
		inEngine func() bool // true for the value on
		on       string
	}{
		{exchange.DigitsSetting, v.digits, digitChoices, v.u.engine.WesternDigits, "western"},
		{exchange.SwahiliTimeSetting, v.clock, clockChoices, v.u.engine.SwahiliTime, "swahili"},
		{exchange.CautionSetting, v.caution, cautionChoices, v.u.engine.Careful, "careful"},
	} {
		def, other := c.choices[0], c.choices[1]
		if c.radio.Selected != def.label || c.inEngine() != (def.value == c.on) {
			t.Errorf("%s shown = %q, in the engine %v; want %q by default", c.key, c.radio.Selected, c.inEngine(), def.label)
		}
		for _, ch := range []choice{other, def} {
			c.radio.SetSelected(ch.label)
			waitSaved(t, v)
			if got := stored(t, st, c.key); got != ch.value || c.inEngine() != (ch.value == c.on) {
				t.Errorf("chose %q: stored %s = %q, in the engine %v; want %q, %v", ch.label, c.key, got, c.inEngine(), ch.value, ch.value == c.on)
			}
		}
	}
}

func TestLanguageChoicesAreStoredAsTags(t *testing.T) {
	st := storeWithLanguages(t, "en", "sw", "ar", "hi")
	ctx := context.Background()
	if err := st.SetSetting(ctx, settingTargets, "sw"); err != nil {
		t.Fatal(err)
	}
	v := openSettingsView(t, st)
	if got := v.targets.ticked(); strings.Join(got, ",") != "sw" {
		t.Fatalf("targets ticked = %q, want the stored sw", got)
	}
	if got := v.targets.checks["ar"].Text; got != displayText("en", "العربية (ar)") {
		t.Errorf("Arabic is shown as %q, want its own name", got)
	}

	test.Tap(v.targets.checks["ar"])
	test.Tap(v.detect.checks["hi"])
	test.Tap(v.detect.checks["en"])
	waitSaved(t, v)

	for key, want := range map[string]string{
		settingTargets:                  "ar,sw", // in the order shown
		exchange.DetectLanguagesSetting: "en,hi",
	} {
		if got := stored(t, st, key); got != want {
			t.Errorf("stored %s = %q, want %q", key, got, want)
		}
	}
}

func TestLinguaTakesOnlyItsModes(t *testing.T) {
	st := storeWithLanguages(t, "en")
	v := openSettingsView(t, st)
	if v.lingua.Selected != "Off" {
		t.Errorf("lingua shown = %q, want Off when unset", v.lingua.Selected)
	}

	v.lingua.SetSelected("High accuracy")
	waitSaved(t, v)
	if got := stored(t, st, exchange.DetectLinguaSetting); got != "high" {
		t.Errorf("stored lingua = %q, want high", got)
	}

	v.setLingua("medium")
	waitSaved(t, v)
	if got := dialogText(v.u.win); !strings.Contains(got, `"medium" is not off, low or high`) ||
		!strings.Contains(got, "Choose another value") {
		t.Errorf("error dialog = %q, want what was refused and what to do", got)
	}
	if got := stored(t, st, exchange.DetectLinguaSetting); got != "high" {
		t.Errorf("stored lingua after a refused value = %q, want high still", got)
	}
	if v.lingua.Selected != "High accuracy" {
		t.Errorf("lingua shown after a refused value = %q, want the stored High accuracy", v.lingua.Selected)
	}
}

func TestTheThemeChoiceIsStoredAndApplied(t *testing.T) {
	st := storeWithLanguages(t, "en")
	v := openSettingsView(t, st)
	a := v.u.app
	a.Settings().SetTheme(theme.DefaultTheme()) // the test app's theme has one variant only
	darkBackground := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	lightBackground := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)

	for _, c := range []struct {
		label, stored string
		background    any
	}{
		{"Dark", "dark", darkBackground},
		{"Light", "light", lightBackground},
	} {
		v.theme.SetSelected(c.label)
		waitSaved(t, v)
		if got := stored(t, st, settingTheme); got != c.stored {
			t.Errorf("after choosing %s, stored theme = %q, want %q", c.label, got, c.stored)
		}
		// Whatever variant the system asks for, the chosen one is drawn.
		for _, asked := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			if got := a.Settings().Theme().Color(theme.ColorNameBackground, asked); got != c.background {
				t.Errorf("after choosing %s, background = %v, want %v", c.label, got, c.background)
			}
		}
	}

	v.theme.SetSelected("As the system")
	waitSaved(t, v)
	if _, forced := a.Settings().Theme().(*variantTheme); forced || stored(t, st, settingTheme) != "system" {
		t.Errorf("after choosing the system's theme, the theme is %T and stored %q", a.Settings().Theme(), stored(t, st, settingTheme))
	}
}

func TestStoredSettingsApplyAtStart(t *testing.T) {
	st := storeWithLanguages(t, "en")
	ctx := context.Background()
	for key, value := range map[string]string{settingTheme: "dark", exchange.FuzzyThresholdSetting: "90", exchange.DigitsSetting: "western"} {
		if err := st.SetSetting(ctx, key, value); err != nil {
			t.Fatal(err)
		}
	}
	ui := New(test.NewTempApp(t), st)
	if got := ui.engine.FuzzyThreshold(); got != 90 {
		t.Errorf("engine.FuzzyThreshold() = %d, want the stored 90", got)
	}
	if !ui.engine.WesternDigits() {
		t.Error("engine.WesternDigits() = false, want the stored western")
	}
	if th, ok := ui.app.Settings().Theme().(*variantTheme); !ok || th.variant != theme.VariantDark {
		t.Errorf("theme = %T, want the dark variant", ui.app.Settings().Theme())
	}
}

func TestTheScreenshotDriverTicksTheSampleLanguages(t *testing.T) {
	st := storeWithLanguages(t, "en", "sw", "ar")
	v := openSettingsView(t, st)
	v.u.ShowSample(Sample{Tick: []string{"ar"}})
	waitSaved(t, v)
	if got := stored(t, st, settingTargets); got != "ar" {
		t.Errorf("stored %s = %q, want ar ticked", settingTargets, got)
	}
}

// Every setting, its hint included, fits the window's first width: a hint
// wider than that widened the form past the window and cut off the Copy
// button, the percentage and a column of languages.
func TestTheSettingsFitTheWindowsFirstWidth(t *testing.T) {
	v := openSettingsView(t, storeWithLanguages(t, "en", "sw", "ar", "hi", "zh-Hans", "es-419", "pt-BR"))
	if w := v.content.(*container.Scroll).Content.MinSize().Width; w > firstWindowSize.Width {
		t.Errorf("the settings need %.0f pixels, the window opens %.0f wide", w, firstWindowSize.Width)
	}
}
