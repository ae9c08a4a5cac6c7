// Package metric scores translations against references the way sacreBLEU
// 2.x does, on a 0..100 scale: corpus chrF (character n-grams up to 6,
// beta 2, whitespace removed) and corpus BLEU-4 over mteval-v13a tokens or,
// for scripts written without spaces, over single characters.
//
// Corpus scores come from statistics summed over sentences, never from a mean
// of sentence scores. ChrFStats and BLEUStats expose those statistics so that
// a tuner can add and subtract sentences and rescore a corpus cheaply.
//
// Where Python's string semantics change a score, the package follows Python:
// characters are Unicode code points (not bytes, not grapheme clusters),
// whitespace is what str.split splits on, and lowercasing is str.lower.
package metric
