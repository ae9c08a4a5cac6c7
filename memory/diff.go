package memory

import (
	"strconv"

	"tafsiri/translate/tokenize"
)

// OpKind says how a stretch of the candidate relates to the query.
type OpKind uint8

// The kinds of DiffOp, read as the edits that turn the candidate into the query.
const (
	Equal   OpKind = iota // the same tokens on both sides
	Insert                // query tokens the candidate lacks
	Delete                // candidate tokens the query lacks
	Replace               // candidate tokens standing where the query has others, or the same words in another case
)

var opNames = [...]string{"equal", "insert", "delete", "replace"}

// String names the kind in lower case, e.g. "replace".
func (k OpKind) String() string {
	if int(k) < len(opNames) {
		return opNames[k]
	}
	return "op(" + strconv.Itoa(int(k)) + ")"
}

// DiffOp is one stretch of a comparison: tokens QueryStart to QueryEnd
// (exclusive) of the query against tokens CandStart to CandEnd of the
// candidate, with their text joined as the language writes it.
type DiffOp struct {
	Kind                 OpKind
	Query, Candidate     string
	QueryStart, QueryEnd int
	CandStart, CandEnd   int
}

// Diff tells which tokens of candidate differ from query, for the screen
// to highlight and the translator to review, along the same alignment that
// Score counts. Equal and changed stretches alternate; neighbouring edits are
// merged into one op, which is a Replace when it holds tokens of both sides.
// Token indices count tokenize.Tokenize tokens, punctuation included. A
// case-only difference is a Replace whose texts differ only in case.
func Diff(lang, query, candidate string) []DiffOp {
	m := newMatcher(parse(lang, query))
	return m.diff(parse(lang, candidate))
}

// maxDiffCells bounds the alignment table of Diff (a byte a cell): past it,
// the differing middle of two segments is reported as one change.
const maxDiffCells = 1 << 22

// step is one move of an alignment.
type step uint8

const (
	stepEqual  step = iota // identical tokens
	stepChange             // a token replaced by another (or by itself in another case)
	stepQuery              // a query token without counterpart
	stepCand               // a candidate token without counterpart
)

// diff is Diff of candidate c against the matcher's query.
func (m *matcher) diff(c segment) []DiffOp {
	a, b := m.qt, m.side(c)
	head, tail := trim(a, b)
	steps := make([]step, 0, max(len(a), len(b))+1)
	for range head {
		steps = append(steps, stepEqual)
	}
	steps = append(steps, align(a[head:len(a)-tail], b[head:len(b)-tail])...)
	for range tail {
		steps = append(steps, stepEqual)
	}
	return m.group(c, steps)
}

// align returns the cheapest alignment of a with b, in order.
func align(a, b []tok) []step {
	n, w := len(a), len(b)+1
	if n*w > maxDiffCells {
		return bulkChange(len(a), len(b))
	}
	moves := make([]step, (n+1)*w)
	row := make([]int64, w)
	for j, t := range b {
		row[j+1] = row[j] + indel(t)
		moves[j+1] = stepCand
	}
	for i, x := range a {
		del := indel(x)
		diag := row[0]
		row[0] += del
		moves[(i+1)*w] = stepQuery
		for j, y := range b {
			cost, mv := diag+sub(x, y), stepChange
			if cost == diag {
				mv = stepEqual
			}
			if v := row[j+1] + del; v < cost {
				cost, mv = v, stepQuery
			}
			if v := row[j] + indel(y); v < cost {
				cost, mv = v, stepCand
			}
			diag, row[j+1] = row[j+1], cost
			moves[(i+1)*w+j+1] = mv
		}
	}
	return backtrack(moves, n, len(b))
}

// backtrack follows moves back from the end of both sequences.
func backtrack(moves []step, i, j int) []step {
	w := j + 1
	out := make([]step, 0, i+j)
	for i > 0 || j > 0 {
		mv := moves[i*w+j]
		out = append(out, mv)
		switch mv {
		case stepQuery:
			i--
		case stepCand:
			j--
		default:
			i--
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// bulkChange aligns n query tokens with m candidate tokens as one change.
func bulkChange(n, m int) []step {
	out := make([]step, 0, n+m)
	for range n {
		out = append(out, stepQuery)
	}
	for range m {
		out = append(out, stepCand)
	}
	return out
}

// group merges steps into ops: runs of equal tokens and runs of edits.
func (m *matcher) group(c segment, steps []step) []DiffOp {
	var ops []DiffOp
	i, j := 0, 0
	for k := 0; k < len(steps); {
		equal := steps[k] == stepEqual
		op := DiffOp{QueryStart: i, CandStart: j}
		for ; k < len(steps) && (steps[k] == stepEqual) == equal; k++ {
			if steps[k] != stepCand {
				i++
			}
			if steps[k] != stepQuery {
				j++
			}
		}
		op.QueryEnd, op.CandEnd = i, j
		op.Kind = kindOf(equal, i > op.QueryStart, j > op.CandStart)
		op.Query = tokenize.Detokenize(m.q.lang, surfaces(m.q.toks[op.QueryStart:i]))
		op.Candidate = tokenize.Detokenize(c.lang, surfaces(c.toks[op.CandStart:j]))
		ops = append(ops, op)
	}
	return ops
}

// kindOf names a run of steps.
func kindOf(equal, query, cand bool) OpKind {
	switch {
	case equal:
		return Equal
	case query && cand:
		return Replace
	case query:
		return Insert
	}
	return Delete
}
