package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	xbidi "golang.org/x/text/unicode/bidi"
)

// lineFlow lays the chips of one output line out as text: in rows that wrap
// at the width given, each row in the visual order of the Unicode
// bidirectional algorithm (lines are broken first, then each row is
// reordered, as UAX #9 says), right-aligned in right-to-left languages.
// The chips are its objects in logical order; each chip's own text is
// already in display order (displayText).
type lineFlow struct {
	rtl   bool
	units []flowUnit // the chips and the spaces between them, in logical order
	// minSize is the size of the last layout, so that the line asks for
	// the height its rows took.
	minSize fyne.Size
}

// flowUnit is a chip, or the space before chip `chip` when gap is set.
type flowUnit struct {
	chip int
	gap  bool
	kind bidiKind
}

// bidiKind is the bidi behaviour of a chip as a whole, from its characters.
type bidiKind uint8

const (
	kindNeutral bidiKind = iota // punctuation, symbols, spaces
	kindL                       // its first strong character is left to right
	kindR                       // its first strong character is right to left
	kindNumber                  // digits and no strong character
)

// newLineFlow prepares the layout of chips with the given texts (logical
// order) in a paragraph of direction rtl.
func newLineFlow(rtl bool, specs []chipSpec) *lineFlow {
	l := &lineFlow{rtl: rtl}
	for i, s := range specs {
		if i > 0 && s.SpaceBefore {
			l.units = append(l.units, flowUnit{chip: i, gap: true, kind: kindNeutral})
		}
		l.units = append(l.units, flowUnit{chip: i, kind: bidiKindOf(s.Text)})
	}
	return l
}

// newWrapFlow lays n objects out in rows that wrap, left to right, as a
// lineFlow of neutral units: unlike layout.NewRowWrapLayout, it asks for one
// row's height until it has been laid out, so a long list of tick boxes
// does not make the window grow to stack them all.
func newWrapFlow(n int) *lineFlow {
	specs := make([]chipSpec, n)
	for i := range specs {
		specs[i].SpaceBefore = true
	}
	return newLineFlow(false, specs)
}

// bidiKindOf classifies text by its first strong character, with x/text's bidi classes.
func bidiKindOf(text string) bidiKind {
	kind := kindNeutral
	for _, r := range text {
		p, _ := xbidi.LookupRune(r)
		switch p.Class() {
		case xbidi.L:
			return kindL
		case xbidi.R, xbidi.AL:
			return kindR
		case xbidi.EN, xbidi.AN:
			kind = kindNumber
		}
	}
	return kind
}

// MinSize is the widest chip by the height of the rows of the last layout.
func (l *lineFlow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if !l.minSize.IsZero() {
		return l.minSize
	}
	var size fyne.Size
	for _, o := range objects {
		size = size.Max(o.MinSize())
	}
	return size
}

// Layout breaks the chips into rows and places each row in visual order.
func (l *lineFlow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	space := theme.Padding()
	var y float32
	for _, row := range l.rows(objects, size.Width, space) {
		order := chipVisualOrder(row, l.rtl)
		var width, height float32
		for _, u := range order {
			if u.gap {
				width += space
				continue
			}
			s := objects[u.chip].MinSize()
			width += s.Width
			height = max(height, s.Height)
		}
		x := float32(0)
		if l.rtl && width < size.Width {
			x = size.Width - width
		}
		for _, u := range order {
			if u.gap {
				x += space
				continue
			}
			o := objects[u.chip]
			s := o.MinSize()
			o.Resize(s)
			o.Move(fyne.NewPos(x, y+(height-s.Height)/2))
			x += s.Width
		}
		y += height + theme.LineSpacing()
	}
	l.minSize = fyne.NewSize(l.MinSize(objects).Width, max(y-theme.LineSpacing(), 0))
}

// rows breaks the units into rows no wider than width (a chip wider than
// that gets a row of its own); spaces at the ends of a row are dropped.
func (l *lineFlow) rows(objects []fyne.CanvasObject, width, space float32) [][]flowUnit {
	var rows [][]flowUnit
	var row []flowUnit
	var x float32
	for i, u := range l.units {
		if u.gap {
			continue
		}
		w := objects[u.chip].MinSize().Width
		gap := i > 0 && l.units[i-1].gap
		if len(row) > 0 && x+space*gapCount(gap)+w > width {
			rows, row, x = append(rows, row), nil, 0
		}
		if len(row) > 0 && gap {
			row = append(row, l.units[i-1])
			x += space
		}
		row = append(row, u)
		x += w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func gapCount(b bool) float32 {
	if b {
		return 1
	}
	return 0
}

// chipVisualOrder puts a row's units in the order they are drawn from left to
// right: levels per UAX #9 (W7 and N1–N2, I1–I2, with each chip one
// character of its kind), then reversed per rule L2.
func chipVisualOrder(row []flowUnit, rtl bool) []flowUnit {
	levels := chipLevels(row, rtl)
	order := append([]flowUnit(nil), row...)
	highest, lowestOdd := 0, 127
	for _, lv := range levels {
		highest = max(highest, lv)
		if lv%2 == 1 {
			lowestOdd = min(lowestOdd, lv)
		}
	}
	for lv := highest; lv >= lowestOdd && lv > 0; lv-- {
		for i := 0; i < len(order); {
			if levels[i] < lv {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[j] >= lv {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
				levels[a], levels[b] = levels[b], levels[a]
			}
			i = j
		}
	}
	return order
}

// chipLevels resolves the embedding level of each unit of a row.
func chipLevels(row []flowUnit, rtl bool) []int {
	base := kindL
	if rtl {
		base = kindR
	}
	// W7: numbers after a left-to-right word are left to right; other
	// numbers act as right-to-left for the neutrals around them (N1).
	dirs := make([]bidiKind, len(row))
	last := base
	for i, u := range row {
		switch u.kind {
		case kindL, kindR:
			last, dirs[i] = u.kind, u.kind
		case kindNumber:
			dirs[i] = kindNumber
			if last == kindL {
				dirs[i] = kindL
			}
		}
	}
	levels := make([]int, len(row))
	for i := range row {
		d := dirs[i]
		if d == kindNeutral {
			d = chipNeutralDirection(dirs, i, base)
		}
		levels[i] = chipLevel(d, rtl)
	}
	return levels
}

// chipNeutralDirection resolves neutral i by its strong neighbours (N1), else
// takes the paragraph direction (N2).
func chipNeutralDirection(dirs []bidiKind, i int, base bidiKind) bidiKind {
	strong := func(d bidiKind) bidiKind {
		if d == kindNumber {
			return kindR
		}
		return d
	}
	before, after := base, base
	for j := i - 1; j >= 0; j-- {
		if dirs[j] != kindNeutral {
			before = strong(dirs[j])
			break
		}
	}
	for j := i + 1; j < len(dirs); j++ {
		if dirs[j] != kindNeutral {
			after = strong(dirs[j])
			break
		}
	}
	if before == after {
		return before
	}
	return base
}

// chipLevel is the level of a resolved direction in a paragraph (I1–I2).
func chipLevel(d bidiKind, rtl bool) int {
	switch {
	case !rtl && d == kindL:
		return 0
	case !rtl && d == kindR:
		return 1
	case d == kindNumber:
		return 2
	case rtl && d == kindL:
		return 2
	}
	return 1
}
