package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// analysis is a text with its resolved levels, split into paragraphs.
type analysis struct {
	decoded
	classes []xbidi.Class
	levels  []Level
	paras   []span
}

// span is one paragraph in rune indexes: its line is [start, body) and its
// separator, if any, [body, end); level is its paragraph level.
type span struct {
	start, body, end int
	level            Level
}

// runeRun is a run in rune indexes.
type runeRun struct {
	start, end int
	rtl        bool
}

// Levels returns the resolved embedding level of each rune of text, after
// rule L1, that is as the text is displayed with each paragraph on one line.
// There is one level per rune as a range loop over text decodes it (each
// invalid byte is one rune). Characters that rule X9 removes (embedding and
// override controls, BN) get the level of the character before them.
func Levels(text string, base Direction) []Level {
	return analyse(text, base).levels
}

func analyse(text string, base Direction) analysis {
	a := analysis{decoded: decode(text)}
	a.classes = classes(a.runes)
	a.levels = make([]Level, 0, len(a.runes))
	start := 0
	for _, end := range paragraphEnds(a.runes, a.classes) {
		levels, level := resolveLevels(a.runes[start:end], a.classes[start:end], base)
		a.levels = append(a.levels, levels...)
		body := end
		for body > start && a.classes[body-1] == xbidi.B {
			body--
		}
		a.paras = append(a.paras, span{start, body, end, level})
		start = end
	}
	return a
}

// visualRuns returns the runs of a paragraph's line in visual order (L2),
// followed by its separator as a run of its own so that it stays at the end.
func (a analysis) visualRuns(p span) []runeRun {
	var runs []runeRun
	var levels []Level
	for i := p.start; i < p.body; i++ {
		if i == p.start || a.levels[i] != a.levels[i-1] {
			runs = append(runs, runeRun{start: i, rtl: a.levels[i].RTL()})
			levels = append(levels, a.levels[i])
		}
		runs[len(runs)-1].end = i + 1
	}
	reorder(runs, levels)
	runs = merge(runs)
	if p.body < p.end {
		runs = append(runs, runeRun{p.body, p.end, a.levels[p.body].RTL()})
	}
	return runs
}

// reorder applies L2 to runs and their levels: from the highest level down
// to the lowest odd one, every stretch of runs at that level or above is
// reversed.
func reorder(runs []runeRun, levels []Level) {
	if len(levels) == 0 {
		return
	}
	lowest, highest := levels[0], levels[0]
	for _, l := range levels {
		lowest, highest = min(lowest, l), max(highest, l)
	}
	if !lowest.RTL() {
		lowest++
	}
	for l := highest; l >= lowest; l-- {
		for i := 0; i < len(runs); {
			if levels[i] < l {
				i++
				continue
			}
			j := i
			for j < len(runs) && levels[j] >= l {
				j++
			}
			reverseStretch(runs[i:j], levels[i:j])
			i = j
		}
	}
}

func reverseStretch(runs []runeRun, levels []Level) {
	for i, j := 0, len(runs)-1; i < j; i, j = i+1, j-1 {
		runs[i], runs[j] = runs[j], runs[i]
		levels[i], levels[j] = levels[j], levels[i]
	}
}

// merge joins neighbouring runs of one direction that are also neighbours in
// the text (a word at level 0 followed by a number at level 2), since they
// are drawn the same way as one run.
func merge(runs []runeRun) []runeRun {
	var out []runeRun
	for _, r := range runs {
		if n := len(out); n > 0 && out[n-1].rtl == r.rtl {
			last := &out[n-1]
			if !r.rtl && last.end == r.start {
				last.end = r.end
				continue
			}
			if r.rtl && r.end == last.start {
				last.start = r.start
				continue
			}
		}
		out = append(out, r)
	}
	return out
}
