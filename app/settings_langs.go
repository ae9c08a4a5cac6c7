package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tafsiri/translate"
)

// languageChecks is a tick box for each stored language, each named in its
// own language. The boxes are not wrapped in forLang: the app theme's font
// has every script (fonts.go), and an override per box would load the font
// again for each.
type languageChecks struct {
	box     *fyne.Container
	tags    []string
	checks  map[string]*widget.Check
	changed func(ticked []string)
}

func newLanguageChecks(changed func(ticked []string)) *languageChecks {
	return &languageChecks{box: container.NewGridWithColumns(3), checks: map[string]*widget.Check{}, changed: changed}
}

// setLanguages shows a box for each of tags, ticked when ticked names it
// (ticked may spell a tag differently: "es" ticks "es-419"). It does not
// call changed.
func (c *languageChecks) setLanguages(tags, ticked []string) {
	c.tags = tags
	c.checks = make(map[string]*widget.Check, len(tags))
	c.box.RemoveAll()
	on := map[string]bool{}
	for _, want := range ticked {
		if tag, ok := translate.MatchTag(want, tags); ok {
			on[tag] = true
		}
	}
	for _, tag := range tags {
		check := widget.NewCheck(langLabel(tag), nil)
		check.SetChecked(on[tag])
		check.OnChanged = func(bool) { c.changed(c.ticked()) }
		c.checks[tag] = check
		c.box.Add(check)
	}
	c.box.Refresh()
}

// ticked lists the ticked languages, in the order shown.
func (c *languageChecks) ticked() []string {
	var out []string
	for _, tag := range c.tags {
		if c.checks[tag].Checked {
			out = append(out, tag)
		}
	}
	return out
}
