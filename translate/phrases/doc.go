// Package phrases extracts phrase pairs from a word-aligned parallel corpus and
// scores them into a phrase table for the decoder.
//
// Extraction follows Koehn, Och & Marcu (2003): every pair of a source span and
// a target span, each of at most Options.MaxLength tokens, that holds at least
// one alignment link and from which no link leaves is extracted, together with
// the variants that stretch the target span over unaligned boundary words.
// Source spans with unaligned boundary words are enumerated as well, so the
// extracted set is symmetric: extracting target→source gives the same pairs.
// A stretch over an unaligned word is left out when that word is a content
// word, one the alignment links nearly everywhere else (content.go).
//
// Every pair carries four natural-log features in Entry.Scores:
//
//   - log φ(e|f) = log count(f,e)/count(f) and log φ(f|e) = log count(f,e)/count(e),
//     relative frequencies over all extracted instances (before any pruning);
//   - log lex(e|f) and log lex(f|e), the lexical weights of Koehn et al. (2003).
//
// The word translation table behind the lexical weights counts every alignment
// link once and every unaligned word once as a link to NULL, and normalises by
// the word's total: w(e|f) = c(f,e)/Σe' c(f,e'), NULL included. Within a
// consistent pair each word's links all stay inside the pair, so a word's
// factor is the mean of w over its links, or w(·|NULL) when it has none. When
// one pair occurs with several internal alignments, the table keeps the
// maximum lexical weight over its instances, for each direction separately.
//
// No phrase penalty is stored: the decoder adds it.
//
// Training never hashes a phrase: words are interned as int32 IDs, every
// n-gram of the corpus gets an ID from a radix sort of the corpus positions,
// instances are counted by sorting their ID pairs, and the phrases that reach
// a table are spelled once into one shared string. Sources are added in byte
// order of their strings and entries best first, so Each is deterministic.
package phrases
