// Package tokenize turns text into tokens for training and decoding, and
// tokens back into text, for the ~36 languages of Tafsiri's health notices.
//
// Normalize cleans a line (NFC, one space for any whitespace run, no
// invisible format characters, U+FFFD for bytes that are not UTF-8).
// Tokenize normalizes and cuts it into Tokens: words, punctuation and
// placeholders (numbers, URLs, e-mail addresses, phone numbers, dates,
// times), whose Text is the exact surface. Key gives the form used for
// training and lookup: a class symbol such as "<num>" for placeholders, else
// the case-folded text. Detokenize joins surfaces again with each language's
// spacing; Detokenize(lang, surfaces of Tokenize(lang, s)) == s for ordinary
// sentences.
//
// Choices that callers can rely on:
//   - Combining marks, ZWJ and ZWNJ never leave their base letter; Indic
//     viramas, Arabic harakat, Khmer coeng and Myanmar stacking stay inside
//     their word or syllable.
//   - Han text is one token per character, kana one per run, and Thai, Lao,
//     Khmer and Myanmar one per orthographic syllable; IsNoSpace and
//     IsNoSpaceLang tell callers where to score on characters. The spaces that
//     Khmer and Burmese put between phrases are not kept by Detokenize.
//   - A hyphenated name with digits is one word: "COVID-19", "SARS-CoV-2",
//     "HCoV-229E" (Key "covid-19"), because the decoder copies such names; a
//     word after it splits off ("COVID-19" "-" "related"), as do the parts of
//     other compounds ("well" "-" "known") and quantities after a hyphen
//     (Zulu "ngo" "-" "2020").
//   - Digits joined to letters make a word ("10mg", "5G", "19th", "H1N1");
//     digits on their own make a Number placeholder ("10 mg" is "<num> mg").
//   - English splits the clitics 's 're 've 'll 'd 'm ("WHO" "'s") but keeps
//     negative contractions whole ("don't"). French, Italian and Catalan cut
//     elided words after the apostrophe ("l'" "eau"); in every other language
//     an apostrophe between letters stays inside the word (Swahili "ng'ombe").
//   - Abbreviations of short letter groups with periods are one word ("e.g.",
//     "U.S.", "Ph.D.").
package tokenize
