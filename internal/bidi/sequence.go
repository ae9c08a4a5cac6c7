package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// sequence is an isolating run sequence (BD13): the unit the implicit rules
// work on. X9-removed characters are left out of it, which is how this
// implementation "removes" them.
type sequence struct {
	p     *paragraph
	idx   []int         // paragraph indexes of the characters, in order
	types []xbidi.Class // their classes, rewritten by W1–N2
	level Level
	sos   xbidi.Class // L or R
	eos   xbidi.Class // L or R
}

// levelRuns splits the characters X9 keeps into level runs (BD7).
func (p *paragraph) levelRuns() [][]int {
	var runs [][]int
	var cur []int
	for i, c := range p.initial {
		if isRemoved(c) {
			continue
		}
		if len(cur) > 0 && p.levels[cur[0]] != p.levels[i] {
			runs = append(runs, cur)
			cur = nil
		}
		cur = append(cur, i)
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}
	return runs
}

// sequences chains level runs through matching isolate initiators and PDIs
// into isolating run sequences and finds their sos and eos (X10). All are
// computed before any is resolved, because sos and eos depend on the explicit
// levels of the neighbours, which resolving changes.
func (p *paragraph) sequences() []*sequence {
	runs := p.levelRuns()
	runStarting := make(map[int]int, len(runs))
	for k, r := range runs {
		runStarting[r[0]] = k
	}
	used := make([]bool, len(runs))
	var seqs []*sequence
	for k, r := range runs {
		if used[k] {
			continue
		}
		idx := append([]int(nil), r...)
		for {
			last := idx[len(idx)-1]
			if !isIsolateInitiator(p.initial[last]) {
				break
			}
			next, ok := runStarting[p.pdiOf[last]]
			if !ok {
				break
			}
			used[next] = true
			idx = append(idx, runs[next]...)
		}
		seqs = append(seqs, p.newSequence(idx))
	}
	return seqs
}

func (p *paragraph) newSequence(idx []int) *sequence {
	s := &sequence{p: p, idx: idx, level: p.levels[idx[0]]}
	s.types = make([]xbidi.Class, len(idx))
	for k, i := range idx {
		s.types[k] = p.types[i]
	}
	before, after := p.level, p.level
	for i := idx[0] - 1; i >= 0; i-- {
		if !isRemoved(p.initial[i]) {
			before = p.levels[i]
			break
		}
	}
	last := idx[len(idx)-1]
	if !isIsolateInitiator(p.initial[last]) {
		for i := last + 1; i < len(p.runes); i++ {
			if !isRemoved(p.initial[i]) {
				after = p.levels[i]
				break
			}
		}
	}
	s.sos = strongDir(max(before, s.level))
	s.eos = strongDir(max(after, s.level))
	return s
}
