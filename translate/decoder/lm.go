package decoder

// LM is the target language model as the decoder needs it: natural-log
// probabilities, never positive, and equal states mean equal futures.
type LM interface {
	// WordID maps a target word to the model's vocabulary, unknown words included.
	WordID(w string) int32
	// Begin returns the state at the start of a sentence.
	Begin() int32
	// Score returns the log-probability of word after state and the state that follows.
	Score(state int32, word int32) (logProb float64, next int32)
	// End returns the log-probability of ending the sentence after state.
	End(state int32) float64
}

// NullContext is implemented by language models that can score words without
// any history; the decoder then uses it to estimate the cost of a phrase
// whose left context is not yet known, and uses LM.Begin otherwise.
type NullContext interface {
	// Null returns the state with no history, so the first word is scored by
	// its (backed-off) unigram probability.
	Null() int32
}
