package bidi

import (
	"sort"

	xbidi "golang.org/x/text/unicode/bidi"
)

// maxBracketDepth is the size of the BD16 opening-bracket stack.
const maxBracketDepth = 63

// bracketPair holds the sequence positions of a matched pair (BD14–BD16).
type bracketPair struct{ open, close int }

// mirror returns the glyph to draw for r in right-to-left text (L4).
func mirror(r rune) rune {
	if m, ok := mirrors[r]; ok {
		return m
	}
	return r
}

// canonicalBracket folds the two canonically equivalent angle brackets
// (U+2329/U+232A and U+3008/U+3009) together, as BD16 requires.
func canonicalBracket(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

// bracketPairs finds the bracket pairs of the sequence (BD16), ordered by
// their opening bracket. Only characters still classed ON can pair, so a
// bracket under a directional override stays unpaired.
func (s *sequence) bracketPairs() []bracketPair {
	type opener struct {
		pos    int
		closer rune
	}
	var stack []opener
	var pairs []bracketPair
	for k, i := range s.idx {
		if s.types[k] != xbidi.ON {
			continue
		}
		r := s.p.runes[i]
		prop, _ := xbidi.LookupRune(r)
		if !prop.IsBracket() {
			continue
		}
		if prop.IsOpeningBracket() {
			if len(stack) == maxBracketDepth {
				break
			}
			stack = append(stack, opener{k, canonicalBracket(mirror(r))})
			continue
		}
		c := canonicalBracket(r)
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].closer == c {
				pairs = append(pairs, bracketPair{stack[j].pos, k})
				stack = stack[:j]
				break
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].open < pairs[b].open })
	return pairs
}

// resolveBrackets applies N0: a bracket pair takes the embedding direction
// when it encloses text of that direction, else the opposite direction when
// it encloses such text and the text before the pair runs that way too.
// Pairs with no strong text inside are left to N1–N2.
func (s *sequence) resolveBrackets() {
	e := strongDir(s.level)
	for _, bp := range s.bracketPairs() {
		inside := s.strongInside(bp, e)
		dir := inside
		if inside != xbidi.ON && inside != e {
			dir = e
			if before := s.contextBefore(bp.open); before != e {
				dir = before
			}
		}
		if dir == xbidi.ON {
			continue
		}
		s.setBracket(bp.open, dir)
		s.setBracket(bp.close, dir)
	}
}

// strongInside returns e if the pair encloses a strong character of the
// embedding direction, else the opposite direction if it encloses one of
// that, else ON. Numbers count as right to left.
func (s *sequence) strongInside(bp bracketPair, e xbidi.Class) xbidi.Class {
	found := xbidi.ON
	for k := bp.open + 1; k < bp.close; k++ {
		switch c := s.types[k]; c {
		case xbidi.L, xbidi.R, xbidi.EN, xbidi.AN:
			if neutralContext(c) == e {
				return e
			}
			found = neutralContext(c)
		}
	}
	return found
}

// contextBefore returns the direction of the last strong character before
// position k, or sos (N0 c.1).
func (s *sequence) contextBefore(k int) xbidi.Class {
	for k--; k >= 0; k-- {
		switch c := s.types[k]; c {
		case xbidi.L, xbidi.R, xbidi.EN, xbidi.AN:
			return neutralContext(c)
		}
	}
	return s.sos
}

// setBracket gives the bracket at k the direction dir, and so the marks that
// follow it, which W1 had made ON (N0's note on NSM).
func (s *sequence) setBracket(k int, dir xbidi.Class) {
	s.types[k] = dir
	for k++; k < len(s.idx) && s.p.initial[s.idx[k]] == xbidi.NSM; k++ {
		s.types[k] = dir
	}
}
