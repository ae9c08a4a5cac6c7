// Package decoder translates one tokenized sentence by Koehn-style
// phrase-based stack decoding.
//
// The caller supplies translation options for source spans, a target
// language model and log-linear feature weights; Decode returns the
// highest-scoring target with the option behind every target phrase, and
// NBest returns the best few distinct targets for weight tuning.
//
// # Features
//
// A translation's score is the weighted sum of these unweighted features, in
// the order of Result.Features and Weights.Vector:
//
//   - the phrase features, the sums of Option.Scores (natural logs);
//   - LM, the sum of the language model's natural-log probabilities of the
//     target words, including LM.End for the end of the sentence;
//   - WordPenalty, -1 per target word;
//   - PhrasePenalty, -1 per option used;
//   - Distortion, -Σ|start_i - end_{i-1}| over the options in target order,
//     with end_0 = 0 (no cost is charged for the end of the sentence).
//
// So a positive penalty weight discourages words, phrases or jumps and a
// negative one encourages them.
//
// # Search
//
// Hypotheses sit in stacks by the number of source tokens they cover. A
// hypothesis is compared with its rivals by its score plus a future-cost
// estimate: the sum, over its uncovered gaps, of the best cost of
// translating each gap alone (from a table built once per sentence by
// dynamic programming over spans), plus, when the distortion weight is
// positive, the least distortion still to pay for jumping back to the first
// gap. Hypotheses with equal coverage, last source end and language-model
// state are recombined; each stack keeps Config.BeamSize hypotheses.
//
// Unless Config.PopLimit is negative, each stack is built by cube pruning:
// the finished smaller stacks, grouped by coverage set, are combined with
// the options of the spans they may translate next in the order of an
// estimate, and only PopLimit combinations per stack (1000 by default) are
// scored with the language model. This bounds the work per sentence
// whatever the number of options per span, at the price of rare search
// errors. With a negative PopLimit every hypothesis is expanded by every
// option (Koehn's stack decoding), except those that provably cannot enter
// their stack's beam.
//
// A hypothesis may jump at most Config.DistortionLimit tokens and may not
// leave its first uncovered token beyond the limit from its new end, so every
// hypothesis the decoder keeps can still be completed.
//
// Coverage sets are []uint64 bitsets sized to the sentence, so sentences of
// any length are decoded; the future-cost table needs (n+1)² floats.
package decoder
