package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/memory"
	"tafsiri/translate/tokenize"
)

// buildList makes the list of segments: the match (or where the segment
// comes from), the source with what differs from the search marked, and
// the translation, each side in its language's fonts and direction.
func (v *memoryView) buildList() {
	v.list = widget.NewList(
		func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			src := widget.NewRichText()
			src.Truncation = fyne.TextTruncateEllipsis
			tgt := widget.NewLabel("")
			tgt.Truncation = fyne.TextTruncateEllipsis
			return container.New(memoryColumns, widget.NewLabel(""), src, tgt)
		},
		func(id widget.ListItemID, obj fyne.CanvasObject) {
			if id < len(v.rows) {
				fillMemoryRow(obj.(*fyne.Container).Objects, v.rows[id])
			}
		})
	v.list.OnSelected = func(id widget.ListItemID) {
		v.selected = id
		v.editor.show(v.rows[id], true)
	}
	v.list.OnUnselected = func(widget.ListItemID) {
		v.selected = -1
		v.editor.show(memoryRow{}, false)
	}
}

// fillMemoryRow shows r in the cells of a list row.
func fillMemoryRow(cells []fyne.CanvasObject, r memoryRow) {
	match := cells[0].(*widget.Label)
	match.Text, match.Importance = matchText(r)
	match.Refresh()
	src := cells[1].(*widget.RichText)
	if r.hit {
		src.Segments = diffSegments(r.seg.SrcLang, r.diff)
	} else {
		src.Segments = plainSegments(r.seg.SrcLang, r.seg.Source)
	}
	src.Refresh()
	tgt := cells[2].(*widget.Label)
	tgt.Text, tgt.Alignment = displayText(r.seg.TgtLang, r.seg.Target), textAlign(r.seg.TgtLang)
	tgt.Refresh()
}

// matchText is the first column of a row: a search match's percentage, or
// where a listed segment comes from, with ✓ when an editor approved it.
func matchText(r memoryRow) (string, widget.Importance) {
	if r.hit {
		imp := widget.WarningImportance
		if r.score == 100 {
			imp = widget.SuccessImportance
		}
		return fmt.Sprintf("%d%%", r.score), imp
	}
	text := r.seg.Origin
	if r.seg.Approved {
		text += " ✓"
	}
	return text, widget.MediumImportance
}

// plainSegments shows text of lang as one paragraph.
func plainSegments(lang, text string) []widget.RichTextSegment {
	return []widget.RichTextSegment{&widget.TextSegment{Text: displayText(lang, text),
		Style: widget.RichTextStyle{Alignment: textAlign(lang), ColorName: theme.ColorNameForeground}}}
}

// Styles of the parts of a match's source.
var (
	diffSame    = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameForeground}
	diffChanged = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}}
	diffMissing = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Italic: true}}
)

// diffSegments shows the stored source of a match with what differs from
// the search marked: its words the search does not have, or has others
// for, in bold red; the search's words it lacks as [+words] in italics.
// A right-to-left source is shown run by run from the right.
func diffSegments(lang string, ops []memory.DiffOp) []widget.RichTextSegment {
	var segs []*widget.TextSegment
	prev := ""
	for _, op := range ops {
		text, style := op.Candidate, diffSame
		switch op.Kind {
		case memory.Replace, memory.Delete:
			style = diffChanged
		case memory.Insert:
			text, style = "[+"+op.Query+"]", diffMissing
		}
		if text == "" {
			continue
		}
		if prev != "" && spacedBetween(lang, prev, text) {
			text = " " + text
		}
		prev = text
		segs = append(segs, &widget.TextSegment{Text: text, Style: style})
	}
	if isRTL(lang) {
		slices.Reverse(segs)
	}
	out := make([]widget.RichTextSegment, len(segs))
	for i, s := range segs {
		s.Text = displayText(lang, s.Text)
		s.Style.Alignment = textAlign(lang)
		s.Style.Inline = i < len(segs)-1 // the last one ends the paragraph, which takes its alignment
		out[i] = s
	}
	return out
}

// spacedBetween reports whether lang writes a space between two stretches
// of text, as the tokenizer joins words: none in Chinese, none before a comma.
func spacedBetween(lang, a, b string) bool {
	return len(tokenize.Detokenize(lang, []string{a, b})) > len(a)+len(b)
}
