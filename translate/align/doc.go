// Package align learns word alignments of a tokenized parallel corpus.
//
// Each direction is trained the fast_align way (Dyer, Chahuneau and Smith,
// 2013): a few EM iterations of IBM Model 1 initialise a reparameterised IBM
// Model 2 whose alignment prior favours the diagonal of the sentence pair with
// a learned "tension", and the Viterbi alignment of every pair is read off the
// final model. Lexical tables are estimated by variational Bayes with a sparse
// Dirichlet prior unless plain maximum likelihood is asked for.
//
// Bidirectional trains both directions concurrently on one shared index of the
// corpus and combines them with Koehn's grow-diag-final-and heuristic, the
// usual input of phrase extraction.
//
// Training keeps, for every sentence pair, a grid of int32 parameter indices
// (4 bytes per source×target token pair), so EM touches only flat slices and
// never hashes a word.
package align
