package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// paragraph holds the state of the algorithm for one paragraph: the runes up
// to and including its separator, their classes and their levels.
type paragraph struct {
	runes []rune
	// initial keeps the looked-up classes: rules X9, N0 and L1 look at what
	// a character is, not at what the earlier rules made of it.
	initial []xbidi.Class
	// types are the classes as rewritten by the rules (overrides, W1–N2).
	types  []xbidi.Class
	levels []Level
	level  Level // the paragraph embedding level
	// pdiOf gives, for an isolate initiator, the index of its matching PDI,
	// or len(runes) when it has none (BD9); initOf gives, for a PDI, the
	// index of its initiator, or -1.
	pdiOf  []int
	initOf []int
}

// classes looks up the bidi class of each rune.
func classes(runes []rune) []xbidi.Class {
	cs := make([]xbidi.Class, len(runes))
	for i, r := range runes {
		p, _ := xbidi.LookupRune(r)
		cs[i] = p.Class()
	}
	return cs
}

// paragraphEnds splits text at paragraph separators (P1): it returns the end
// (exclusive rune index) of each paragraph, the separator included. CR LF
// counts as one separator, so that Windows line ends give no empty paragraph.
func paragraphEnds(runes []rune, cs []xbidi.Class) []int {
	var ends []int
	for i := 0; i < len(runes); i++ {
		if cs[i] != xbidi.B {
			continue
		}
		if runes[i] == '\r' && i+1 < len(runes) && runes[i+1] == '\n' {
			i++
		}
		ends = append(ends, i+1)
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(runes) {
		ends = append(ends, len(runes))
	}
	return ends
}

// resolveLevels runs the algorithm on one paragraph and returns the level of
// each rune for display as one line (after rule L1), and the paragraph level.
func resolveLevels(runes []rune, cs []xbidi.Class, base Direction) ([]Level, Level) {
	p := &paragraph{
		runes:   runes,
		initial: cs,
		types:   append([]xbidi.Class(nil), cs...),
		levels:  make([]Level, len(runes)),
	}
	p.matchIsolates()
	p.level = p.baseLevel(base)
	p.explicitLevels()
	for _, s := range p.sequences() {
		s.resolveWeak()
		s.resolveBrackets()
		s.resolveNeutrals()
		s.resolveImplicit()
	}
	p.levelRemoved()
	p.lineLevels()
	return p.levels, p.level
}

// matchIsolates pairs isolate initiators with their PDIs (BD9).
func (p *paragraph) matchIsolates() {
	n := len(p.runes)
	p.pdiOf = make([]int, n)
	p.initOf = make([]int, n)
	var open []int
	for i, c := range p.initial {
		p.pdiOf[i], p.initOf[i] = n, -1
		switch {
		case isIsolateInitiator(c):
			open = append(open, i)
		case c == xbidi.PDI && len(open) > 0:
			j := open[len(open)-1]
			open = open[:len(open)-1]
			p.pdiOf[j], p.initOf[i] = i, j
		}
	}
}

// baseLevel applies P2–P3 unless the caller chose the direction.
func (p *paragraph) baseLevel(base Direction) Level {
	switch base {
	case LTR:
		return 0
	case RTL:
		return 1
	}
	if p.firstStrong(0, len(p.runes)) == xbidi.R {
		return 1
	}
	return 0
}

// firstStrong returns L or R for the first strong character in [from, to),
// skipping isolated content (P2), or ON when there is none.
func (p *paragraph) firstStrong(from, to int) xbidi.Class {
	for i := from; i < to; i++ {
		switch c := p.initial[i]; {
		case c == xbidi.L:
			return xbidi.L
		case c == xbidi.R || c == xbidi.AL:
			return xbidi.R
		case isIsolateInitiator(c):
			i = p.pdiOf[i] // the loop steps past the PDI
		}
	}
	return xbidi.ON
}

// levelRemoved gives the characters that X9 removed the level of the
// character before them, so that they travel with their neighbours when the
// line is reordered (they are invisible either way).
func (p *paragraph) levelRemoved() {
	prev := p.level
	for i, c := range p.initial {
		if isRemoved(c) {
			p.levels[i] = prev
		}
		prev = p.levels[i]
	}
}

// lineLevels applies L1 to the paragraph as one line: separators, and the
// whitespace, isolate controls and removed characters before them or at the
// end of the line, go back to the paragraph level.
func (p *paragraph) lineLevels() {
	trailing := true
	for i := len(p.runes) - 1; i >= 0; i-- {
		switch c := p.initial[i]; {
		case c == xbidi.B || c == xbidi.S:
			p.levels[i] = p.level
			trailing = true
		case trailing && (c == xbidi.WS || isIsolateControl(c) || isRemoved(c)):
			p.levels[i] = p.level
		default:
			trailing = false
		}
	}
}

func isIsolateInitiator(c xbidi.Class) bool {
	return c == xbidi.LRI || c == xbidi.RLI || c == xbidi.FSI
}

func isIsolateControl(c xbidi.Class) bool {
	return isIsolateInitiator(c) || c == xbidi.PDI
}

// isRemoved reports the classes that rule X9 takes out of the implicit rules.
func isRemoved(c xbidi.Class) bool {
	switch c {
	case xbidi.RLE, xbidi.LRE, xbidi.RLO, xbidi.LRO, xbidi.PDF, xbidi.BN:
		return true
	}
	return false
}

// strongDir is the direction a level runs in, as a strong class.
func strongDir(l Level) xbidi.Class {
	if l.RTL() {
		return xbidi.R
	}
	return xbidi.L
}
