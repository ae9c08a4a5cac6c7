package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// resolveWeak applies W1–W7 to the sequence.
func (s *sequence) resolveWeak() {
	t := s.types
	for i, c := range t { // W1: marks take the class of what they mark
		if c != xbidi.NSM {
			continue
		}
		switch {
		case i == 0:
			t[i] = s.sos
		case isIsolateControl(t[i-1]):
			t[i] = xbidi.ON
		default:
			t[i] = t[i-1]
		}
	}
	last := s.sos
	for i, c := range t { // W2 and W3: numbers after Arabic letters are Arabic
		switch c {
		case xbidi.L, xbidi.R, xbidi.AL:
			last = c
		case xbidi.EN:
			if last == xbidi.AL {
				t[i] = xbidi.AN
			}
		}
		if c == xbidi.AL {
			t[i] = xbidi.R
		}
	}
	s.separators()
	s.terminators()
	for i, c := range t { // W6
		if c == xbidi.ES || c == xbidi.ET || c == xbidi.CS {
			t[i] = xbidi.ON
		}
	}
	last = s.sos
	for i, c := range t { // W7: European numbers in Latin context are Latin
		switch c {
		case xbidi.L, xbidi.R:
			last = c
		case xbidi.EN:
			if last == xbidi.L {
				t[i] = xbidi.L
			}
		}
	}
}

// separators applies W4: one separator between two numbers of a kind joins
// them ("1,5", "1+2").
func (s *sequence) separators() {
	t := s.types
	for i := 1; i+1 < len(t); i++ {
		before, after := t[i-1], t[i+1]
		switch {
		case t[i] == xbidi.ES && before == xbidi.EN && after == xbidi.EN:
			t[i] = xbidi.EN
		case t[i] == xbidi.CS && before == after && (before == xbidi.EN || before == xbidi.AN):
			t[i] = before
		}
	}
}

// terminators applies W5: terminators next to a European number ("50%",
// "$5") become part of it.
func (s *sequence) terminators() {
	t := s.types
	for i := 0; i < len(t); {
		if t[i] != xbidi.ET {
			i++
			continue
		}
		j := i
		for j < len(t) && t[j] == xbidi.ET {
			j++
		}
		if (i > 0 && t[i-1] == xbidi.EN) || (j < len(t) && t[j] == xbidi.EN) {
			for k := i; k < j; k++ {
				t[k] = xbidi.EN
			}
		}
		i = j
	}
}

// resolveNeutrals applies N1–N2: neutrals between two characters of one
// direction take it (numbers count as right to left), other neutrals take the
// embedding direction.
func (s *sequence) resolveNeutrals() {
	t := s.types
	e := strongDir(s.level)
	for i := 0; i < len(t); {
		if !isNeutral(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isNeutral(t[j]) {
			j++
		}
		before, after := s.sos, s.eos
		if i > 0 {
			before = neutralContext(t[i-1])
		}
		if j < len(t) {
			after = neutralContext(t[j])
		}
		dir := e
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			t[k] = dir
		}
		i = j
	}
}

// resolveImplicit applies I1–I2 and stores the levels in the paragraph.
func (s *sequence) resolveImplicit() {
	for k, i := range s.idx {
		l := s.level
		switch c := s.types[k]; {
		case !l.RTL() && c == xbidi.R:
			l++
		case !l.RTL() && (c == xbidi.AN || c == xbidi.EN):
			l += 2
		case l.RTL() && (c == xbidi.L || c == xbidi.AN || c == xbidi.EN):
			l++
		}
		s.p.levels[i] = l
	}
}

// isNeutral reports the classes N1–N2 resolve (NI in UAX #9).
func isNeutral(c xbidi.Class) bool {
	switch c {
	case xbidi.B, xbidi.S, xbidi.WS, xbidi.ON:
		return true
	}
	return isIsolateControl(c)
}

// neutralContext is the direction a resolved neighbour imposes on neutrals
// and brackets: numbers act as right to left.
func neutralContext(c xbidi.Class) xbidi.Class {
	if c == xbidi.L {
		return xbidi.L
	}
	return xbidi.R
}
