package decoder

// hyp is a partial translation: its last option, its predecessor and the
// state that decides its future.
type hyp struct {
	score    float64 // model score so far, end-of-sentence LM included once complete
	future   float64 // future-cost estimate of the uncovered gaps
	priority float64 // score + future + least future distortion: the pruning key
	covHash  uint64  // XOR hash of the coverage set
	key      uint64  // recombination hash
	back     int32   // predecessor, -1 for the empty hypothesis
	option   int32   // internal option index, -1 for the empty hypothesis
	state    int32   // LM state after the last target word
	end      int32   // source end of the last option
	firstGap int32   // first uncovered source position, n when complete
	cov      int32   // offset of the coverage set in search.covs
	// alt links the recombination losers of a winner, and each loser to the
	// next one; -1 ends the list. It is kept only for n-best lists.
	alt int32
}

// cand is an expansion being considered for a stack.
type cand struct {
	score, future, priority float64
	parent, option          int32
	start, end              int32
	state, firstGap         int32
}
