package align

import "slices"

// Flags of a point in the union of two directional alignments.
const (
	inForward  = 1 << iota // the point is a forward link
	inBackward             // the point is a backward link
	inResult               // the point has been accepted
	visited                // grow-diag has examined the point's neighbours
)

// neighbours are the offsets grow-diag examines around an accepted point, in
// Koehn's order: the four adjacent points, then the four diagonal ones.
var neighbours = [8][2]int{{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}}

// point is one link of the union with its flags.
type point struct {
	Link
	flags uint8
}

// symmetry is the state of grow-diag-final-and on one sentence pair.
type symmetry struct {
	union    []point // sorted by (Src, Tgt)
	srcTaken []bool  // source positions covered by an accepted point
	tgtTaken []bool  // target positions covered by an accepted point
}

// Symmetrize combines a source→target and a target→source alignment of one
// pair (both as Link{Src, Tgt}) with Koehn's grow-diag-final-and: it starts
// from their intersection, grows it into neighbouring (also diagonal) union
// points that cover a still unaligned word, then adds the remaining forward
// and then backward links whose words are both unaligned. Links outside
// srcLen×tgtLen are ignored; the result is sorted by (Src, Tgt).
func Symmetrize(forward, backward []Link, srcLen, tgtLen int) []Link {
	sym := newSymmetry(forward, backward, srcLen, tgtLen)
	for i := range sym.union {
		if p := &sym.union[i]; p.flags&(inForward|inBackward) == inForward|inBackward {
			sym.accept(i)
		}
	}
	sym.growDiag()
	sym.finalAnd(inForward)
	sym.finalAnd(inBackward)
	var out []Link
	for _, p := range sym.union {
		if p.flags&inResult != 0 {
			out = append(out, p.Link)
		}
	}
	return out
}

// newSymmetry merges the in-range links of both directions into a sorted union.
func newSymmetry(forward, backward []Link, srcLen, tgtLen int) *symmetry {
	srcLen, tgtLen = max(srcLen, 0), max(tgtLen, 0)
	sym := &symmetry{
		union:    make([]point, 0, len(forward)+len(backward)),
		srcTaken: make([]bool, srcLen),
		tgtTaken: make([]bool, tgtLen),
	}
	add := func(links []Link, flag uint8) {
		for _, l := range links {
			if l.Src >= 0 && l.Src < srcLen && l.Tgt >= 0 && l.Tgt < tgtLen {
				sym.union = append(sym.union, point{Link: l, flags: flag})
			}
		}
	}
	add(forward, inForward)
	add(backward, inBackward)
	slices.SortFunc(sym.union, func(a, b point) int { return compareLinks(a.Link, b.Link) })
	merged := sym.union[:0]
	for _, p := range sym.union {
		if n := len(merged); n > 0 && merged[n-1].Link == p.Link {
			merged[n-1].flags |= p.flags
			continue
		}
		merged = append(merged, p)
	}
	sym.union = merged
	return sym
}

// accept adds union point i to the result.
func (s *symmetry) accept(i int) {
	p := &s.union[i]
	p.flags |= inResult
	s.srcTaken[p.Src] = true
	s.tgtTaken[p.Tgt] = true
}

// find returns the union index of link l, if l is in the union.
func (s *symmetry) find(l Link) (int, bool) {
	return slices.BinarySearchFunc(s.union, l, func(p point, l Link) int { return compareLinks(p.Link, l) })
}

// growDiag sweeps the accepted points in (Src, Tgt) order, accepting union
// neighbours that cover an unaligned word, until a sweep adds nothing. It
// gives the result of Koehn's grid loop: only union points can be accepted,
// so sweeping the union is sweeping the grid; points accepted during a sweep
// are visited later in the same sweep when they come after the current one;
// and a point is examined once, since a neighbour it could not take then
// (outside the union, taken, or with both words aligned) stays so.
func (s *symmetry) growDiag() {
	for grown := true; grown; {
		grown = false
		for i := range s.union {
			if s.union[i].flags&(inResult|visited) != inResult {
				continue
			}
			s.union[i].flags |= visited
			at := s.union[i].Link
			for _, d := range neighbours {
				j, ok := s.find(Link{Src: at.Src + d[0], Tgt: at.Tgt + d[1]})
				if !ok || s.union[j].flags&inResult != 0 {
					continue
				}
				if q := s.union[j]; !s.srcTaken[q.Src] || !s.tgtTaken[q.Tgt] {
					s.accept(j)
					grown = true
				}
			}
		}
	}
}

// finalAnd accepts, in (Src, Tgt) order, the links of one direction whose
// source and target words are both still unaligned.
func (s *symmetry) finalAnd(direction uint8) {
	for i, p := range s.union {
		if p.flags&direction != 0 && p.flags&inResult == 0 && !s.srcTaken[p.Src] && !s.tgtTaken[p.Tgt] {
			s.accept(i)
		}
	}
}
