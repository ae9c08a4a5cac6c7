package app

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"tafsiri/translate/detect"
)

// ownLanguageName names a language in itself, with its tag: "English (en)",
// "español latinoamericano (es-419)"; the bare tag when x/text has no name.
// The text is in logical order: for searching and for English messages.
func ownLanguageName(tag string) string {
	if name := selfName(tag); name != "" {
		return fmt.Sprintf("%s (%s)", name, tag)
	}
	return tag
}

// languageLabel is ownLanguageName ready to show in a left-to-right line of
// the app: the name in its own visual order, then the tag. A right-to-left
// name is put between left-to-right marks: Fyne takes a line's direction
// from its first strong character, and would otherwise draw the line right
// to left, with the tag's brackets mirrored.
func languageLabel(tag string) string {
	name := selfName(tag)
	switch {
	case name == "":
		return tag
	case isRTL(tag):
		return fmt.Sprintf("\u200e%s\u200e (%s)", displayText(tag, name), tag)
	}
	return fmt.Sprintf("%s (%s)", displayText(tag, name), tag)
}

// selfName is the language's name in itself, "" when x/text has none.
func selfName(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	return display.Self.Name(t)
}

// detectionText says what detection found: "Detected: English (en) 97%",
// with a warning when the detector is unsure.
func detectionText(res detect.Result) string {
	if res.Lang == detect.Undetermined {
		return "No language detected: the text has no words yet."
	}
	pct := int(math.Round(res.Confidence * 100))
	text := fmt.Sprintf("Detected: %s %d%%", languageLabel(res.Lang), pct)
	if res.Unsure {
		text += " — unsure: choose the language if this is wrong"
	}
	return text
}

// pickerChoice is a language as the picker lists and searches it.
type pickerChoice struct {
	Tag, Name string // Name is in the language itself, with the tag
	English   string // for searching by the English name
}

// pickerChoices lists tags for the picker; a first entry with Tag ""
// stands for automatic detection.
func pickerChoices(tags []string) []pickerChoice {
	out := []pickerChoice{{Name: "Detect automatically", English: "auto detect"}}
	for _, tag := range tags {
		c := pickerChoice{Tag: tag, Name: ownLanguageName(tag)}
		if t, err := language.Parse(tag); err == nil {
			c.English = display.English.Languages().Name(t)
		}
		out = append(out, c)
	}
	return out
}

// filterPickerChoices keeps the choices whose own name, English name or tag
// contains query, ignoring case.
func filterPickerChoices(choices []pickerChoice, query string) []pickerChoice {
	query = strings.ToLower(strings.TrimSpace(query))
	if query == "" {
		return choices
	}
	var out []pickerChoice
	for _, c := range choices {
		hay := strings.ToLower(c.Name + " " + c.English + " " + c.Tag)
		if strings.Contains(hay, query) {
			out = append(out, c)
		}
	}
	return out
}

// showLanguagePicker shows a searchable list of tags, each named in its own
// language and script, and calls chosen with the one tapped ("" for
// automatic detection).
func showLanguagePicker(win fyne.Window, title string, tags []string, chosen func(tag string)) {
	all := pickerChoices(tags)
	shown := all
	var d dialog.Dialog
	list := widget.NewList(
		func() int { return len(shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*widget.Label)
			c := shown[i]
			lang := c.Tag
			if lang == "" {
				lang = "en"
			}
			text := c.Name
			if c.Tag != "" {
				text = languageLabel(c.Tag)
			}
			row.Alignment = textAlign(lang)
			row.SetText(text)
		})
	list.OnSelected = func(i widget.ListItemID) {
		d.Hide()
		chosen(shown[i].Tag)
	}
	search := widget.NewEntry()
	search.SetPlaceHolder("Search by name or code")
	search.OnChanged = func(q string) {
		shown = filterPickerChoices(all, q)
		list.UnselectAll()
		list.Refresh()
	}
	search.OnSubmitted = func(string) {
		if len(shown) > 0 {
			d.Hide()
			chosen(shown[0].Tag)
		}
	}
	d = dialog.NewCustom(title, "Cancel", container.NewBorder(search, nil, nil, nil, list), win)
	d.Resize(fyne.NewSize(420, 460))
	d.Show()
	win.Canvas().Focus(search)
}
