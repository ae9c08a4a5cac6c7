package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// maxDepth is the deepest explicit embedding level (BD2).
const maxDepth = 125

// status is an entry of the directional status stack (X1).
type status struct {
	level    Level
	override xbidi.Class // ON for none, else L or R
	isolate  bool
}

// explicitState carries the stack and overflow counters of X1–X8.
type explicitState struct {
	stack              []status
	overflowIsolates   int
	overflowEmbeddings int
	validIsolates      int
}

func (s *explicitState) top() status { return s.stack[len(s.stack)-1] }

// next returns the least odd (rtl) or even level above the current one.
func (s *explicitState) next(rtl bool) Level {
	l := s.top().level + 1
	if l.RTL() != rtl {
		l++
	}
	return l
}

// canPush reports whether a new embedding or isolate fits (X2–X5c).
func (s *explicitState) canPush(l Level) bool {
	return l <= maxDepth && s.overflowIsolates == 0 && s.overflowEmbeddings == 0
}

// explicitLevels applies X1–X8: it sets the embedding level of every
// character and applies directional overrides to the classes.
func (p *paragraph) explicitLevels() {
	s := &explicitState{stack: []status{{level: p.level, override: xbidi.ON}}}
	for i, c := range p.initial {
		switch c {
		case xbidi.RLE, xbidi.LRE, xbidi.RLO, xbidi.LRO:
			p.levels[i] = s.top().level
			s.embed(c)
		case xbidi.RLI, xbidi.LRI, xbidi.FSI:
			p.setLevel(i, s.top())
			rtl := c == xbidi.RLI ||
				(c == xbidi.FSI && p.firstStrong(i+1, p.pdiOf[i]) == xbidi.R)
			s.isolate(rtl)
		case xbidi.PDI:
			s.popIsolate()
			p.setLevel(i, s.top())
		case xbidi.PDF:
			s.popEmbedding()
			p.levels[i] = s.top().level
		case xbidi.B:
			p.levels[i] = p.level // X8
		case xbidi.BN:
			p.levels[i] = s.top().level
		default:
			p.setLevel(i, s.top())
		}
	}
}

// setLevel gives character i the level of the stack top and applies its
// override (X5a–X5c, X6, X6a).
func (p *paragraph) setLevel(i int, top status) {
	p.levels[i] = top.level
	if top.override != xbidi.ON {
		p.types[i] = top.override
	}
}

// embed handles RLE, LRE, RLO and LRO (X2–X5).
func (s *explicitState) embed(c xbidi.Class) {
	l := s.next(c == xbidi.RLE || c == xbidi.RLO)
	if !s.canPush(l) {
		if s.overflowIsolates == 0 {
			s.overflowEmbeddings++
		}
		return
	}
	override := xbidi.ON
	switch c {
	case xbidi.RLO:
		override = xbidi.R
	case xbidi.LRO:
		override = xbidi.L
	}
	s.stack = append(s.stack, status{level: l, override: override})
}

// isolate handles RLI, LRI and FSI once their own level is set (X5a–X5c).
func (s *explicitState) isolate(rtl bool) {
	l := s.next(rtl)
	if !s.canPush(l) {
		s.overflowIsolates++
		return
	}
	s.validIsolates++
	s.stack = append(s.stack, status{level: l, override: xbidi.ON, isolate: true})
}

// popIsolate handles a PDI before its level is set (X6a).
func (s *explicitState) popIsolate() {
	switch {
	case s.overflowIsolates > 0:
		s.overflowIsolates--
	case s.validIsolates == 0:
	default:
		s.overflowEmbeddings = 0
		for !s.top().isolate {
			s.stack = s.stack[:len(s.stack)-1]
		}
		s.stack = s.stack[:len(s.stack)-1]
		s.validIsolates--
	}
}

// popEmbedding handles a PDF (X7).
func (s *explicitState) popEmbedding() {
	switch {
	case s.overflowIsolates > 0:
	case s.overflowEmbeddings > 0:
		s.overflowEmbeddings--
	case !s.top().isolate && len(s.stack) >= 2:
		s.stack = s.stack[:len(s.stack)-1]
	}
}
