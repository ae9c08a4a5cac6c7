package app

import (
	"context"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"tafsiri/translate"
)

// targetPicker is a tick box for every language the installed models can
// translate into; those the source language cannot reach (directly or
// through English) are disabled.
type targetPicker struct {
	v       *translateView
	content fyne.CanvasObject
	box     *fyne.Container
	hint    *widget.Label

	tags      []string // every model's target language, sorted
	checks    map[string]*widget.Check
	chosen    map[string]bool // ticked, whether or not reachable now
	reachable map[string]bool // from the current source; nil when unknown
	source    string          // the source language reachable was computed for
	// settled closes when the latest load or setSource has been shown; tests wait on it.
	settled chan struct{}
	// saved closes when the latest choice has been stored (or failed to
	// be); each store waits for the one before, so that an earlier choice
	// never overwrites a later one.
	saved chan struct{}
}

func newTargetPicker(v *translateView) *targetPicker {
	p := &targetPicker{v: v, checks: map[string]*widget.Check{}, chosen: map[string]bool{}, settled: make(chan struct{})}
	p.box = container.New(newWrapFlow(0))
	p.hint = widget.NewLabel("Reading the installed models…")
	p.content = container.NewBorder(nil, nil, widget.NewLabel("To:"), nil, container.NewVBox(p.box, p.hint))
	return p
}

// load lists the models' target languages and the remembered choice, in the background.
func (p *targetPicker) load() {
	u := p.v.u
	done := make(chan struct{})
	p.settled = done
	go func() {
		ctx := context.Background()
		models, err := u.engine.Models(ctx)
		if err != nil {
			onUI(func() {
				defer close(done)
				p.v.showError(err, "Check the database with 'tafsiri doctor'.")
			})
			return
		}
		saved, _, err := u.store.Setting(ctx, settingTargets)
		onUI(func() {
			defer close(done)
			if err != nil {
				p.v.showError(err, "The target languages were not remembered: tick them again.")
			}
			p.build(modelTargetLangs(models), targetTagList(saved))
		})
	}()
}

// modelTargetLangs is every language some model translates into, sorted.
func modelTargetLangs(models []translate.ModelInfo) []string {
	var tags []string
	for _, m := range models {
		if !slices.Contains(tags, m.Tgt) {
			tags = append(tags, m.Tgt)
		}
	}
	slices.Sort(tags)
	return tags
}

func targetTagList(value string) []string {
	var tags []string
	for _, t := range strings.Split(value, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	return tags
}

// build shows a tick box per target language, ticking the saved ones.
func (p *targetPicker) build(tags, saved []string) {
	p.tags, p.checks = tags, map[string]*widget.Check{}
	p.chosen = map[string]bool{}
	for _, t := range saved {
		p.chosen[t] = true
	}
	var items []fyne.CanvasObject
	for _, tag := range tags {
		c := widget.NewCheck(languageLabel(tag), nil)
		c.Checked = p.chosen[tag]
		c.OnChanged = func(on bool) {
			p.chosen[tag] = on
			p.save()
		}
		p.checks[tag] = c
		items = append(items, forLang(tag, c))
	}
	p.box.Layout, p.box.Objects = newWrapFlow(len(items)), items
	p.box.Refresh()
	p.setHint("")
	if len(tags) == 0 {
		p.setHint("No phrase models yet: install the defaults or train one in the Models view.")
	}
	p.reachable = nil
	if p.source != "" {
		p.setSource(p.source)
	}
}

// save remembers the ticked languages in the background.
func (p *targetPicker) save() {
	var tags []string
	for _, t := range p.tags {
		if p.chosen[t] {
			tags = append(tags, t)
		}
	}
	value := strings.Join(tags, ",")
	st := p.v.u.store
	prev, done := p.saved, make(chan struct{})
	p.saved = done
	go func() {
		if prev != nil {
			<-prev
		}
		err := st.SetSetting(context.Background(), settingTargets, value)
		onUI(func() {
			defer close(done)
			if err != nil {
				p.v.showError(err, "The choice is used now but will not be remembered.")
			}
		})
	}()
}

// setSource disables the targets that no model route reaches from lang.
func (p *targetPicker) setSource(lang string) {
	p.source = lang
	tags, engine := p.tags, p.v.u.engine
	done := make(chan struct{})
	p.settled = done
	go func() {
		reach := map[string]bool{}
		for _, tag := range tags {
			_, err := engine.Route(context.Background(), lang, tag)
			reach[tag] = err == nil && !sameBaseLanguage(lang, tag)
		}
		onUI(func() {
			if p.settled != done {
				return // superseded by a newer load or source
			}
			defer close(done)
			p.reachable = reach
			for tag, c := range p.checks {
				if reach[tag] {
					c.Enable()
				} else {
					c.Disable()
				}
			}
			p.showReach()
		})
	}()
}

// showReach says why the list may be empty.
func (p *targetPicker) showReach() {
	for _, ok := range p.reachable {
		if ok {
			p.setHint("")
			return
		}
	}
	if len(p.tags) > 0 {
		p.setHint("No model translates from " + languageLabel(p.source) +
			": train one in the Models view, or choose another source language.")
	}
}

// setHint shows text under the tick boxes, and takes no room when it is "".
func (p *targetPicker) setHint(text string) {
	p.hint.SetText(text)
	if text == "" {
		p.hint.Hide()
	} else {
		p.hint.Show()
	}
}

// selected is the ticked targets the source language can reach, in list order.
func (p *targetPicker) selected() []string {
	var out []string
	for _, t := range p.tags {
		if p.chosen[t] && (p.reachable == nil || p.reachable[t]) {
			out = append(out, t)
		}
	}
	return out
}

// sameBaseLanguage reports whether two tags name the same base language, which
// is no translation (es and es-419).
func sameBaseLanguage(a, b string) bool {
	ta, err1 := language.Parse(a)
	tb, err2 := language.Parse(b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	ba, _ := ta.Base()
	bb, _ := tb.Base()
	return ba == bb
}
