package memory

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
)

// Segment is one stored translation unit: a source text and its translation.
type Segment struct {
	ID               int64
	SrcLang, TgtLang string // BCP 47 tags
	Source, Target   string
	Origin           string // where it came from: "import", "user" or "default"
	Approved         bool   // an editor confirmed the translation
	UseCount         int    // how often a translator has taken it
}

// Hit is a stored segment found for a query, with its Score and its Diff
// from the query.
type Hit struct {
	Segment Segment
	Score   int
	Diff    []DiffOp
	// ValuesOnly is set when the stored source differs from the query in
	// nothing but the values of placeholders (and the case of words);
	// Values then lists each value that differs. See FillValues.
	ValuesOnly bool
	Values     []ValueChange
}

// Candidates finds stored segments worth scoring for a query; the storage
// package implements it.
type Candidates interface {
	// Exact returns segments whose key equals key for the language pair.
	Exact(ctx context.Context, src, tgt, key string) ([]Segment, error)
	// Similar returns up to limit segments sharing the most grams with the
	// query, best first. It may ignore the grams that the most segments hold
	// (beyond the two rarest), which cost most to read and tell least:
	// ignoring those of over 1% of 100,000 segments halved the postings read
	// in the package benchmarks and lost no best match.
	Similar(ctx context.Context, src, tgt string, grams []string, limit int) ([]Segment, error)
}

// Search defaults, used when Search is given zero.
const (
	DefaultThreshold = 75 // the lowest score worth showing, as in most CAT tools
	DefaultLimit     = 10 // hits returned
)

// ErrThreshold reports a match threshold outside 0 to 100.
var ErrThreshold = errors.New("threshold must be between 0 and 100")

// Search returns up to limit stored translations of query from language src
// to tgt that score at least threshold (DefaultThreshold when 0; limit
// DefaultLimit when 0 or less), best first. It asks c for the segments with
// the query's Key and, unless those already fill limit with 100% matches,
// for the segments sharing the most Grams with it, and rescores all with
// Score. A segment that differs from the query only in placeholder values
// (at least one) is returned whatever its score, marked ValuesOnly, after
// the 100% matches and before every other. Ties go to a segment with the
// same Key, then an approved one, then the most used, then the oldest
// (lowest ID). A query without tokens finds nothing.
func Search(ctx context.Context, c Candidates, src, tgt, query string, threshold, limit int) ([]Hit, error) {
	if threshold == 0 {
		threshold = DefaultThreshold
	}
	if threshold < 0 || threshold > 100 {
		return nil, fmt.Errorf("search memory: %w, not %d", ErrThreshold, threshold)
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	q := parse(src, query)
	if len(q.toks) == 0 {
		return nil, nil
	}
	m := newMatcher(q)
	found, err := c.Exact(ctx, src, tgt, q.key())
	if err != nil {
		return nil, fmt.Errorf("find exact matches: %w", err)
	}
	ranked := m.rank(nil, found, threshold)
	if grams := q.grams(); countPerfect(ranked) < limit && len(grams) > 0 {
		similar, err := c.Similar(ctx, src, tgt, grams, poolSize(limit))
		if err != nil {
			return nil, fmt.Errorf("find similar segments: %w", err)
		}
		ranked = m.rank(ranked, similar, threshold)
	}
	slices.SortFunc(ranked, better)
	ranked = ranked[:min(len(ranked), limit)]
	hits := make([]Hit, len(ranked))
	for k, r := range ranked {
		hits[k] = Hit{Segment: r.seg, Score: r.score, Diff: m.diff(r.parsed), ValuesOnly: r.valuesOnly, Values: r.values}
	}
	return hits, nil
}

// poolSize is how many segments Search asks Similar for: more than it
// returns, because sharing grams only approximates the edit distance.
func poolSize(limit int) int {
	return max(4*limit, 50)
}

// ranked is a candidate segment with its score.
type ranked struct {
	seg    Segment
	parsed segment
	score  int
	exact  bool // its key is the query's
	// valuesOnly: it differs from the query only in the placeholder values listed in values.
	valuesOnly bool
	values     []ValueChange
}

// rank scores segs against the query and appends to out those that reach
// threshold and are not in out already.
func (m *matcher) rank(out []ranked, segs []Segment, threshold int) []ranked {
	for _, s := range segs {
		if slices.ContainsFunc(out, func(r ranked) bool { return r.seg.ID == s.ID }) {
			continue
		}
		c := parse(m.q.lang, s.Source)
		values, valuesOnly := valueChanges(m.q, c)
		if score := m.score(c); score >= threshold || valuesOnly && len(values) > 0 {
			out = append(out, ranked{seg: s, parsed: c, score: score, exact: slices.Equal(c.keys, m.q.keys),
				valuesOnly: valuesOnly, values: values})
		}
	}
	return out
}

// countPerfect counts the 100% matches in rs.
func countPerfect(rs []ranked) int {
	n := 0
	for _, r := range rs {
		if r.score == 100 {
			n++
		}
	}
	return n
}

// better orders hits: 100% matches, then those that differ only in values
// (they can be used with the query's values), then by score; ties by same
// key, approved, use count, then age.
func better(x, y ranked) int {
	if xp, yp := x.score == 100, y.score == 100; xp != yp {
		return boolFirst(xp)
	}
	if xv, yv := x.valuesOnly && len(x.values) > 0, y.valuesOnly && len(y.values) > 0; xv != yv {
		return boolFirst(xv)
	}
	if c := cmp.Compare(y.score, x.score); c != 0 {
		return c
	}
	if x.exact != y.exact {
		return boolFirst(x.exact)
	}
	if x.seg.Approved != y.seg.Approved {
		return boolFirst(x.seg.Approved)
	}
	if c := cmp.Compare(y.seg.UseCount, x.seg.UseCount); c != 0 {
		return c
	}
	return cmp.Compare(x.seg.ID, y.seg.ID)
}

// boolFirst sorts true before false, given that the two differ.
func boolFirst(x bool) int {
	if x {
		return -1
	}
	return 1
}
