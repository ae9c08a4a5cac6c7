// Package bidi puts a line of mixed left-to-right and right-to-left text into
// the order in which it must be drawn, following the Unicode Bidirectional
// Algorithm (UAX #9).
//
// It exists because Fyne lays a line out from left to right without
// reordering mixed-direction text: it shapes each right-to-left stretch on its
// own, but keeps the stretches in their logical order, so an Arabic sentence
// holding a number or a Latin word comes out with its words in the wrong order.
// The app therefore resolves the bidi levels itself and hands Fyne text that is
// already in display order.
//
// The character classes come from golang.org/x/text/unicode/bidi; the
// algorithm is implemented here because that package's reordering API is
// incomplete (no line-level rules, no visual order of runs). Implemented:
//
//   - P1–P3: paragraphs split at paragraph separators; the paragraph level is
//     given or taken from the first strong character (Auto).
//   - X1–X10: explicit embeddings, overrides and isolates (LRE, RLE, LRO, RLO,
//     PDF, LRI, RLI, FSI, PDI), with the depth limit of 125, and isolating run
//     sequences.
//   - W1–W7, N0 (bracket pairs), N1–N2 and I1–I2: the implicit levels.
//   - L1 (separators and trailing whitespace back to the paragraph level), L2
//     (reversal), and L4 (mirrored glyphs for brackets and other mirrored
//     characters in right-to-left runs).
//
// Four views of the result are offered: [Levels] (a level per rune), [Runs]
// (the runs in visual order, for a renderer that draws run by run), [Visual]
// (the whole line as a string to draw strictly left to right, character by
// character) and [ShaperOrder] (the line for a renderer that shapes each
// right-to-left run itself but keeps runs in logical order, which is what
// Fyne 2.7 does). Text shown through Fyne must go through ShaperOrder: given
// Visual, Fyne would reverse the Arabic letters a second time.
//
// Each paragraph is treated as one line: the package does not wrap text.
// Invalid UTF-8 never makes it panic; each invalid byte counts as one U+FFFD
// REPLACEMENT CHARACTER (a neutral).
package bidi
