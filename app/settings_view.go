package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
)

// The choices of the lingua and theme settings: the stored value and how
// the view names it.
var (
	linguaChoices  = []choice{{"off", "Off"}, {"low", "Low accuracy, faster"}, {"high", "High accuracy"}}
	digitChoices   = []choice{{"native", "The language's own"}, {"western", "0–9 everywhere"}}
	clockChoices   = []choice{{"24-hour", "24-hour (8:00, 16:00)"}, {"swahili", "Swahili time (saa 2, saa 10 jioni)"}}
	cautionChoices = []choice{{"careful", "Careful"}, {"standard", "Standard"}}
	themeChoices   = []choice{{"system", "As the system"}, {"light", "Light"}, {"dark", "Dark"}}
)

// choice is one option of a setting: its stored value and its label.
type choice struct{ value, label string }

// settingsView shows where the data lives and changes the settings kept in
// the database; each change is saved at once.
type settingsView struct {
	u       *UI
	content fyne.CanvasObject

	path      *widget.Label
	copyPath  *widget.Button
	targets   *languageChecks
	threshold *widget.Slider
	percent   *widget.Label
	detect    *languageChecks
	lingua    *widget.RadioGroup
	digits    *widget.RadioGroup
	clock     *widget.RadioGroup
	caution   *widget.RadioGroup
	theme     *widget.RadioGroup

	// ready is false until the stored values are shown: changes made to the
	// widgets before then are the view's own, not the user's.
	ready bool
	// loaded closes when the stored values are shown; saved closes when the
	// latest change has been saved, or its error shown.
	loaded, saved chan struct{}
}

func newSettingsView(u *UI) *settingsView {
	v := &settingsView{u: u, saved: make(chan struct{})}
	close(v.saved)
	v.path = selectableLabel()
	v.copyPath = widget.NewButton("Copy", func() { u.app.Clipboard().SetContent(v.path.Text) })
	v.targets = newLanguageChecks(func(tags []string) { v.save(settingTargets, strings.Join(tags, ","), nil) })
	v.detect = newLanguageChecks(func(tags []string) {
		v.save(exchange.DetectLanguagesSetting, strings.Join(tags, ","), nil)
	})
	v.threshold = widget.NewSlider(minThreshold, maxThreshold)
	v.threshold.Step = 1
	v.percent = widget.NewLabel("")
	v.threshold.OnChanged = func(f float64) { v.percent.SetText(fmt.Sprintf("%.0f %%", f)) }
	v.threshold.OnChangeEnded = func(f float64) { v.setThreshold(int(f)) }
	v.lingua = widget.NewRadioGroup(labels(linguaChoices), func(label string) { v.setLingua(valueOf(linguaChoices, label)) })
	v.digits = widget.NewRadioGroup(labels(digitChoices), func(label string) { v.setDigits(valueOf(digitChoices, label)) })
	v.clock = widget.NewRadioGroup(labels(clockChoices), func(label string) { v.setSwahiliTime(valueOf(clockChoices, label)) })
	v.caution = widget.NewRadioGroup(labels(cautionChoices), func(label string) { v.setCaution(valueOf(cautionChoices, label)) })
	v.theme = widget.NewRadioGroup(labels(themeChoices), func(label string) { v.setTheme(valueOf(themeChoices, label)) })
	for _, r := range []*widget.RadioGroup{v.lingua, v.digits, v.clock, v.caution, v.theme} {
		r.Horizontal, r.Required = true, true
	}
	v.content = container.NewVScroll(v.form())
	v.load()
	return v
}

// form lays the settings out, each with a hint of what it does.
func (v *settingsView) form() fyne.CanvasObject {
	item := func(label string, obj fyne.CanvasObject, hint string) *widget.FormItem {
		it := widget.NewFormItem(label, obj)
		it.HintText = hint
		return it
	}
	return widget.NewForm(
		item("Data file", container.NewBorder(nil, nil, nil, v.copyPath, v.path),
			"Glossary, memory, models and settings all live in this one file: back it up to keep them."),
		item("Translate into", v.targets.box, "The target languages Translate starts with."),
		item("Memory matches from", container.NewBorder(nil, nil, nil, v.percent, v.threshold),
			"A stored sentence this similar is repaired (its new words marked) or shown as a suggestion to review."),
		item("Digits", v.digits, "Numbers, times and dates in the language's own digits where they are the norm "+
			"(Persian ۰–۹, Bengali ০–৯), or 0–9."),
		item("Swahili times", v.clock, "As the source writes them, or in Swahili time, counted from 6:00 and 18:00 "+
			"(saa 2 asubuhi is 8:00)."),
		item("Model output", v.caution, "Careful prefers phrases whose every word the source accounts for: "+
			"fewer added words, plainer output. Standard reads smoother and adds more."),
		item("Detect among", v.detect.box, "None ticked: every language the database holds."),
		item("Lingua models", v.lingua, "Let lingua-go's models help detection of the languages it knows."),
		item("Theme", v.theme, ""),
	)
}

// settingsValues is what the view shows, read from the database.
type settingsValues struct {
	path                string
	languages           []string
	targets, detect     []string
	threshold           int
	lingua, themeChoice string
	digits, clock       string
	caution             string
}

// load reads the stored values in the background and shows them; until
// then, changes are not saved.
func (v *settingsView) load() {
	v.ready = false
	loaded := make(chan struct{})
	v.loaded = loaded
	go func() {
		vals, err := readSettings(context.Background(), v.u)
		onUI(func() {
			defer close(loaded)
			if err != nil {
				dialog.ShowError(fmt.Errorf("%w\n\nThe settings shown are the defaults; check the database with 'tafsiri doctor'.", err), v.u.win)
			}
			v.show(vals)
			v.ready = true
		})
	}()
}

// readSettings reads every value the view shows; on an error it returns
// what it read, the rest left at the defaults.
func readSettings(ctx context.Context, u *UI) (settingsValues, error) {
	vals := settingsValues{path: u.store.Path(), threshold: defaultThreshold, lingua: "off", digits: "native", clock: "24-hour", caution: "careful", themeChoice: "system"}
	var err error
	if vals.languages, err = u.store.Languages(ctx); err != nil {
		return vals, fmt.Errorf("read the languages: %w", err)
	}
	read := func(key string) string {
		value, _, e := u.store.Setting(ctx, key)
		if e != nil && err == nil {
			err = e
		}
		return value
	}
	vals.targets = splitTags(read(settingTargets))
	vals.detect = splitTags(read(exchange.DetectLanguagesSetting))
	vals.threshold = exchange.FuzzyThreshold(read(exchange.FuzzyThresholdSetting))
	if d := read(exchange.DigitsSetting); d != "" {
		vals.digits = d
	}
	if c := read(exchange.SwahiliTimeSetting); c != "" {
		vals.clock = c
	}
	if c := read(exchange.CautionSetting); c != "" {
		vals.caution = c
	}
	if l := read(exchange.DetectLinguaSetting); l != "" {
		vals.lingua = strings.ToLower(l)
	}
	if t := read(settingTheme); t != "" {
		vals.themeChoice = t
	}
	return vals, err
}

// show puts vals in the widgets.
func (v *settingsView) show(vals settingsValues) {
	v.path.SetText(vals.path)
	v.targets.setLanguages(vals.languages, vals.targets)
	v.detect.setLanguages(vals.languages, vals.detect)
	v.threshold.SetValue(float64(vals.threshold))
	v.percent.SetText(fmt.Sprintf("%d %%", vals.threshold))
	v.lingua.SetSelected(labelOf(linguaChoices, vals.lingua))
	v.digits.SetSelected(labelOf(digitChoices, vals.digits))
	v.clock.SetSelected(labelOf(clockChoices, vals.clock))
	v.caution.SetSelected(labelOf(cautionChoices, vals.caution))
	v.theme.SetSelected(labelOf(themeChoices, vals.themeChoice))
}

// setThreshold makes translation use a new fuzzy threshold at once, and stores it.
func (v *settingsView) setThreshold(percent int) {
	if !v.ready {
		return
	}
	v.u.engine.SetFuzzyThreshold(percent)
	v.save(exchange.FuzzyThresholdSetting, strconv.Itoa(percent), nil)
}

// setDigits stores the digits choice, "native" or "western", and makes
// translation use it once it is saved.
func (v *settingsView) setDigits(value string) {
	v.save(exchange.DigitsSetting, value, func() { v.u.engine.SetWesternDigits(value == "western") })
}

// setSwahiliTime stores how Swahili translations write times, "24-hour" or
// "swahili", and makes translation use it once it is saved.
func (v *settingsView) setSwahiliTime(value string) {
	v.save(exchange.SwahiliTimeSetting, value, func() { v.u.engine.SetSwahiliTime(value == "swahili") })
}

// setCaution stores how careful the model is, "standard" or "careful", and
// makes translation use it once it is saved.
func (v *settingsView) setCaution(value string) {
	v.save(exchange.CautionSetting, value, func() { v.u.engine.SetCareful(value == "careful") })
}

// setLingua stores how lingua-go helps detection: "off", "low" or "high".
func (v *settingsView) setLingua(value string) {
	v.save(exchange.DetectLinguaSetting, value, nil)
}

// setTheme stores a theme choice and then draws the window in it.
func (v *settingsView) setTheme(value string) {
	v.save(settingTheme, value, func() { applyTheme(v.u.app, value) })
}

// isExchangeSetting reports the settings package exchange checks and
// applies; the others are the window's own.
func isExchangeSetting(key string) bool {
	return exchange.IsSetting(key)
}

// save stores value under key in the background (the settings of package
// exchange checked first), then runs applied, if any. An error is shown as a dialog
// and the view reads the stored values again, so it never shows a value
// that was not saved.
func (v *settingsView) save(key, value string, applied func()) {
	if !v.ready {
		return
	}
	prev, saved := v.saved, make(chan struct{})
	v.saved = saved
	go func() {
		<-prev // changes are saved in the order they were made
		ctx := context.Background()
		var err error
		if isExchangeSetting(key) {
			err = exchange.SetSetting(ctx, v.u.store, key, value)
		} else {
			err = v.u.store.SetSetting(ctx, key, value)
		}
		onUI(func() {
			defer close(saved)
			if err != nil {
				dialog.ShowError(fmt.Errorf("save the setting %s: %w\n\nChoose another value; "+
					"if saving keeps failing, check the database with 'tafsiri doctor'.", key, err), v.u.win)
				v.load()
				return
			}
			if applied != nil {
				applied()
			}
		})
	}()
}

// labels are the labels of choices, in order.
func labels(choices []choice) []string {
	out := make([]string, len(choices))
	for i, c := range choices {
		out[i] = c.label
	}
	return out
}

// valueOf is the stored value of the choice labelled label; a label that is
// none of them (nothing chosen) stands for itself, to be refused on saving.
func valueOf(choices []choice, label string) string {
	for _, c := range choices {
		if c.label == label {
			return c.value
		}
	}
	return label
}

// labelOf is the label of the choice whose value is value, "" when none is.
func labelOf(choices []choice, value string) string {
	for _, c := range choices {
		if c.value == value {
			return c.label
		}
	}
	return ""
}

// splitTags reads a comma-separated list of language tags.
func splitTags(value string) []string {
	var tags []string
	for _, tag := range strings.Split(value, ",") {
		if tag = strings.TrimSpace(tag); tag != "" {
			tags = append(tags, tag)
		}
	}
	return tags
}
