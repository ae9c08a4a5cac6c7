// Package lm is Tafsiri's target-language model: an n-gram model of order 2 to
// 5 smoothed by interpolated modified Kneser-Ney (Chen & Goodman 1998) and
// kept in backoff form, as an ARPA file keeps it.
//
// Train counts n-grams, takes three discounts per order from the
// count-of-counts, and interpolates every order with the next lower one down
// to the unigram level, which uses continuation counts and is itself
// interpolated with a uniform distribution over the vocabulary, </s> and
// <unk>. That last step is what gives <unk> and every unseen word a small,
// non-zero probability (the unigram level's leftover mass divided by the
// vocabulary size) without reserving counts for them. <s> only begins
// sentences and is never predicted.
//
// Each stored n-gram h·w carries log P(w|h) from the interpolated model and
// each context h the log of its interpolation weight γ(h), so an unseen h·w
// scores as γ(h)·P(w|h'), recursively, which is exactly the interpolated
// probability. Entries lists these rows for saving; FromEntries rebuilds a
// model that scores identically. MarshalBinary instead stores the built model
// itself, numbers as float32, and Load reads it back with no rebuilding,
// over ten times faster than FromEntries.
//
// A decoder scores through States: small integers naming the longest suffix
// of the history that begins some stored n-gram (KenLM's state minimisation),
// so hypotheses with equal States have equal futures and can be recombined.
// State 0 is the empty context, the State after an unknown word.
// Score does no allocation and no string hashing: words are WordIDs and
// n-grams live in an open-addressing table keyed by (context, word).
package lm
