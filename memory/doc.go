// Package memory is Tafsiri's translation-memory engine: it finds earlier
// translations of a sentence, exactly or approximately, the way CAT tools do,
// and shows how each one differs from the sentence at hand.
//
// It keeps nothing itself. Storage implements Candidates: Exact looks
// segments up by Key, Similar by the index terms that Grams gives. Search asks
// both, rescores what they return with Score and explains each hit with Diff.
//
// Segments are compared token by token, with the tokenizer of the translation
// engine (tafsiri/translate/tokenize):
//   - Key is the exact-match form: NFC, case-folded, one space between tokens.
//     Numbers, dates and other placeholders keep their text, and punctuation,
//     at the end too, is kept ("Stay at home." and "Stay at home?" differ).
//   - Score is a percentage from a word-level edit distance, 100 × (1 − word
//     edits ÷ the longer sentence's words), rounded down; every case or
//     punctuation difference then takes 1 point off (5 at most). Only
//     identical token sequences score 100.
//   - Grams are pairs of neighbouring words (and the long words of very short
//     segments), placeholders written as their class, at most MaxGrams a
//     segment, chosen so that an inverted index of a million segments stays
//     selective.
//
// Like the translation engine, it knows no screen and no SQL driver.
package memory
