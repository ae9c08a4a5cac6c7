package app

import (
	"bytes"
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"tafsiri/glossary"
)

// glossaryRow is one line of the glossary list: a term and its concept.
type glossaryRow struct {
	concept *glossary.Concept
	term    glossary.Term
}

// glossaryRows lists the terms of concepts, one row each: only those in
// lang and of status when they are given. Rows are grouped by language
// (in tag order) and sorted within it as that language sorts its words
// (Spanish puts "ñame" after "nube", German "Öl" before "Ost"), then by
// concept, so that the order does not depend on the database's.
func glossaryRows(concepts []glossary.Concept, lang string, status glossary.Status) []glossaryRow {
	type keyed struct {
		row glossaryRow
		key []byte
	}
	collators := map[string]*collate.Collator{}
	var buf collate.Buffer
	var rows []keyed
	for i := range concepts {
		c := &concepts[i]
		for _, t := range c.Terms {
			if (lang != "" && t.Lang != lang) || (status != "" && t.Status != status) {
				continue
			}
			col, ok := collators[t.Lang]
			if !ok {
				col = collate.New(language.Make(t.Lang))
				collators[t.Lang] = col
			}
			key := slices.Clone(col.KeyFromString(&buf, t.Text))
			buf.Reset()
			rows = append(rows, keyed{glossaryRow{concept: c, term: t}, key})
		}
	}
	slices.SortStableFunc(rows, func(a, b keyed) int {
		if c := cmp.Compare(a.row.term.Lang, b.row.term.Lang); c != 0 {
			return c
		}
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := cmp.Compare(a.row.term.Text, b.row.term.Text); c != 0 {
			return c
		}
		return cmp.Compare(a.row.concept.ID, b.row.concept.ID)
	})
	out := make([]glossaryRow, len(rows))
	for i, r := range rows {
		out[i] = r.row
	}
	return out
}

// statusChoices are the options of the status filter; the first stands for any status.
var statusChoices = []string{"All statuses", string(glossary.Draft), string(glossary.Approved), string(glossary.Forbidden)}

// statusOf is the status an option of statusChoices filters by.
func statusOf(choice string) glossary.Status {
	if choice == statusChoices[0] {
		return ""
	}
	return glossary.Status(choice)
}

// statusImportance colours a status: approved green, forbidden red, and
// draft amber, as it still waits for review.
func statusImportance(s glossary.Status) widget.Importance {
	switch s {
	case glossary.Approved:
		return widget.SuccessImportance
	case glossary.Forbidden:
		return widget.DangerImportance
	}
	return widget.WarningImportance
}

// fractionColumns lays objects out side by side, each taking its fraction of the width.
type fractionColumns []float32

func (c fractionColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		if i >= len(c) {
			break
		}
		w := size.Width * c[i]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (c fractionColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h, w float32
	for _, o := range objs {
		m := o.MinSize()
		h = max(h, m.Height)
		w += m.Width
	}
	return fyne.NewSize(w, h)
}
