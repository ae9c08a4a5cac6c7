package decoder

// forbidIDs turns forbidden target sequences into LM word IDs. A sequence
// with a word the language model does not know is left out: every unknown
// word has the same ID, so it could not be told from other unknown words.
func forbidIDs(lm LM, seqs [][]string) ([][]int32, int) {
	unknown := lm.WordID("\x00no such word\x00")
	var out [][]int32
	longest := 0
	for _, seq := range seqs {
		ids := make([]int32, len(seq))
		ok := len(seq) > 0
		for i, w := range seq {
			ids[i] = lm.WordID(w)
			ok = ok && ids[i] != unknown
		}
		if ok {
			out = append(out, ids)
			longest = max(longest, len(ids))
		}
	}
	return out, longest
}

// forbidden reports whether applying internal option o after hypothesis h
// would put a forbidden sequence in the output, inside o's words or across
// the join with the words before them.
func (s *search) forbidden(h *hyp, o int32) bool {
	words := s.t.target(o)
	seq := s.forbidBuf[:0]
	// The last forbidLen-1 words before o, latest first, then reversed.
	for need := s.forbidLen - 1; need > 0 && h.option >= 0; h = &s.hyps[h.back] {
		prev := s.t.target(h.option)
		for i := len(prev) - 1; i >= 0 && need > 0; i-- {
			seq = append(seq, prev[i])
			need--
		}
	}
	before := len(seq)
	for i, j := 0, before-1; i < j; i, j = i+1, j-1 {
		seq[i], seq[j] = seq[j], seq[i]
	}
	seq = append(seq, words...)
	s.forbidBuf = seq
	for _, f := range s.forbid {
		for end := max(before+1, len(f)); end <= len(seq); end++ {
			if equalIDs(seq[end-len(f):end], f) {
				return true
			}
		}
	}
	return false
}

func equalIDs(a, b []int32) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
