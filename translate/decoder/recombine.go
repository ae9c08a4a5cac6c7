package decoder

// insert adds candidate c, an extension of parent, to stack st, recombining
// it with the class of equal coverage, last end and LM state if there is one.
func (s *search) insert(st *stack, parent *hyp, c *cand) {
	cover(s.scratch, s.covs[parent.cov:int(parent.cov)+s.words], int(c.start), int(c.end))
	covHash := parent.covHash ^ s.zob[c.start] ^ s.zob[c.end]
	keyEnd := c.end
	if s.ignoreEnd {
		keyEnd = 0
	}
	key := stateKey(covHash, keyEnd, c.state)
	s.reserve(st)
	slot, pos := s.lookup(st, key, s.scratch, c.end, c.state)
	st.best = max(st.best, c.priority)
	if pos >= 0 {
		s.recombine(st, pos, c)
		return
	}
	hi := int32(len(s.hyps))
	s.hyps = append(s.hyps, newHyp(c, int32(len(s.covs)), covHash, key))
	s.covs = append(s.covs, s.scratch...)
	st.items = append(st.items, hi)
	st.slots[slot] = int32(len(st.items))
	if len(st.items) >= s.beam+s.beam/2 {
		s.prune(st)
	}
}

// recombine merges candidate c into the class at position pos of st: the
// better scoring of the two represents the class, and with keepAlts the
// other joins the class's list of alternatives.
func (s *search) recombine(st *stack, pos int, c *cand) {
	wi := st.items[pos]
	w := s.hyps[wi]
	if c.score <= w.score {
		if s.keepAlts {
			li := int32(len(s.hyps))
			loser := newHyp(c, w.cov, w.covHash, w.key)
			loser.alt = w.alt
			s.hyps = append(s.hyps, loser)
			s.hyps[wi].alt = li
		}
		return
	}
	if !s.keepAlts {
		// Nothing refers to the old winner yet: its stack is not expanded.
		s.hyps[wi] = newHyp(c, w.cov, w.covHash, w.key)
		return
	}
	ni := int32(len(s.hyps))
	winner := newHyp(c, w.cov, w.covHash, w.key)
	winner.alt = wi
	s.hyps = append(s.hyps, winner)
	st.items[pos] = ni
}

// newHyp builds a hypothesis from a candidate and its coverage.
func newHyp(c *cand, cov int32, covHash, key uint64) hyp {
	return hyp{
		score: c.score, future: c.future, priority: c.priority,
		covHash: covHash, key: key,
		back: c.parent, option: c.option, state: c.state,
		end: c.end, firstGap: c.firstGap, cov: cov, alt: -1,
	}
}
