package app

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// ShowTab brings the tab called name (any case) to the front and reports
// whether there is one.
func (u *UI) ShowTab(name string) bool {
	tabs := findTabs(u.win.Content())
	if tabs == nil {
		return false
	}
	for _, item := range tabs.Items {
		if strings.EqualFold(item.Text, name) {
			tabs.Select(item)
			return true
		}
	}
	return false
}

// findTabs finds the window's tabs in o.
func findTabs(o fyne.CanvasObject) *container.AppTabs {
	if o == nil {
		return nil
	}
	for _, obj := range walkObjects(o) {
		if tabs, ok := obj.(*container.AppTabs); ok {
			return tabs
		}
	}
	return nil
}

// Sample is what ShowSample puts into a view, as a user would to look at
// text of some languages.
type Sample struct {
	// Langs go to the view's lists of languages in order: the first list
	// that offers Langs[0] is set to it, the next that offers Langs[1] to
	// that (a memory's source and target), and so on.
	Langs []string
	// Text is typed into the view's first text box: a search box filters, a
	// source box is filled and Translate pressed.
	Text string
	// Tick are the languages whose tick boxes are ticked (Translate's targets).
	Tick []string
}

// SampleFromEnv reads a Sample from the environment: TAFSIRI_SCREENSHOT_LANG
// and TAFSIRI_SCREENSHOT_TICK (comma-separated tags) and
// TAFSIRI_SCREENSHOT_TEXT.
func SampleFromEnv(getenv func(string) string) Sample {
	return Sample{
		Langs: splitTags(getenv("TAFSIRI_SCREENSHOT_LANG")),
		Text:  getenv("TAFSIRI_SCREENSHOT_TEXT"),
		Tick:  splitTags(getenv("TAFSIRI_SCREENSHOT_TICK")),
	}
}

// ShowSample puts s into the tab in front. Views need nothing special for
// it: it finds their language lists, tick boxes, first text box and
// Translate button by what they show.
func (u *UI) ShowSample(s Sample) {
	tabs := findTabs(u.win.Content())
	if tabs == nil || tabs.Selected() == nil {
		return
	}
	objs := walkObjects(tabs.Selected().Content)
	langs := s.Langs
	for _, o := range objs {
		if sel, ok := o.(*widget.Select); ok && len(langs) > 0 && sel.Visible() && !sel.Disabled() {
			if opt, ok := optionFor(sel.Options, langs[0]); ok {
				sel.SetSelected(opt)
				langs = langs[1:]
			}
		}
		if c, ok := o.(*widget.Check); ok && !c.Disabled() {
			for _, tag := range s.Tick {
				if namesLang(c.Text, tag) {
					c.SetChecked(true)
				}
			}
		}
	}
	if s.Text == "" {
		return
	}
	for _, o := range objs {
		// Entries, and the view's own types built on one.
		if e, ok := o.(interface {
			fyne.Disableable
			SetText(string)
			SetPlaceHolder(string)
		}); ok && o.Visible() && !e.Disabled() {
			e.SetText(s.Text)
			break
		}
	}
	for _, o := range objs {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Translate") && b.OnTapped != nil && !b.Disabled() {
			b.OnTapped()
			break
		}
	}
}

// optionFor finds the option of a language list that is tag.
func optionFor(options []string, tag string) (string, bool) {
	for _, opt := range options {
		if namesLang(opt, tag) {
			return opt, true
		}
	}
	return "", false
}

// namesLang reports whether a label is the language tag: the tag itself, or
// a name with "(tag)" after it, however bidi marks were put around it.
func namesLang(label, tag string) bool {
	label = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Bidi_Control, r) {
			return -1
		}
		return r
	}, label)
	return label == tag || strings.Contains(label, "("+tag+")") || strings.Contains(label, ")"+tag+"(")
}

// walkObjects lists o and everything inside it in drawing order: the
// children of containers and of the widgets that hold others.
func walkObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	for _, child := range children(o) {
		if child != nil {
			out = append(out, walkObjects(child)...)
		}
	}
	return out
}

// children are the objects o holds, for containers and the widgets views
// nest others in.
func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch o := o.(type) {
	case *fyne.Container:
		return o.Objects
	case *container.ThemeOverride:
		return []fyne.CanvasObject{o.Content}
	case *container.Scroll:
		return []fyne.CanvasObject{o.Content}
	case *container.Split:
		return []fyne.CanvasObject{o.Leading, o.Trailing}
	case *widget.Card:
		return []fyne.CanvasObject{o.Content}
	case *widget.Form:
		var out []fyne.CanvasObject
		for _, it := range o.Items {
			out = append(out, it.Widget)
		}
		return out
	case *widget.Accordion:
		var out []fyne.CanvasObject
		for _, it := range o.Items {
			out = append(out, it.Detail)
		}
		return out
	case *container.AppTabs:
		if sel := o.Selected(); sel != nil {
			return []fyne.CanvasObject{sel.Content}
		}
	}
	return nil
}

// Screenshot prepares the window for a screenshot of the tab called tab with
// the sample s (see ShowSample): once the first frame is shown it
// brings the tab forward, gives the views time to read the database, puts
// the sample in, waits for it to be shown and writes "tafsiri: screenshot
// ready" to w. An empty tab does nothing.
func (u *UI) Screenshot(tab string, s Sample, w io.Writer) {
	if tab == "" {
		return
	}
	const settle = 2 * time.Second // views read the database and translate in the background
	u.OnFirstFrame(func() {
		if !u.ShowTab(tab) {
			fmt.Fprintf(w, "tafsiri: screenshot: no tab %q\ntafsiri: screenshot ready\n", tab)
			return
		}
		go func() {
			time.Sleep(settle)
			onUIAndWait(func() { u.ShowSample(s) })
			time.Sleep(settle)
			onUIAndWait(func() { fmt.Fprintln(w, "tafsiri: screenshot ready") })
		}()
	})
}
