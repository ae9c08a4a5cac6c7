// Package glossary holds the rules of curated terminology: concepts with terms
// in many languages, each draft, approved or forbidden, and how they are
// matched in a source text and enforced in its translation.
//
// A Concept groups the Terms that name one thing in every language.
// Concept.Validate says what is wrong with it: a term with empty text, an
// unknown status, a language tag that is not canonical BCP 47, the same term
// twice, or two approved terms in one language. Translation tools such as CAT
// tools allow approved synonyms; Tafsiri does not, because the translator must
// know the one target term to put in its output.
//
// A Matcher finds the terms of one language in a source text the way a CAT
// tool's term recognition does:
//   - text and terms are cut into tokens by tafsiri/translate/tokenize and
//     compared token by token on their keys (NFC, case folded), so a term
//     matches only on token boundaries ("flu" is not found in "influenza")
//     and punctuation inside terms ("COVID-19", "hand-sanitizer") is matched
//     as the tokenizer splits it; numbers, dates and other placeholders are
//     compared by their text, not by their class;
//   - matches are leftmost-longest and do not overlap; terms of the same form
//     (homographs in several concepts) are all reported, with the same span;
//   - with Options.Stem, tokens are compared by their Snowball stem in the
//     languages that have one (English, Spanish, French, Russian, Swedish,
//     Norwegian, Hungarian), so "vaccines" matches the term "vaccine"; other
//     languages match exactly. Acronyms in terms (words of capitals such as
//     AIDS, beside lower-case words or alone) are compared whole, because
//     the stem of "AIDS" is "aid"; text in capitals ("WASH YOUR HANDS") is
//     still stemmed;
//   - with Options.IgnoreDiacritics, accents are dropped before comparing
//     ("medico" matches "médico"): the combining marks of Latin, Greek and
//     Cyrillic letters, Hebrew points and Arabic vowel and hamza marks. The
//     vowel signs and viramas of Indic and Southeast Asian scripts spell
//     letters and are kept. Arabic short vowels are ignored always, as keys
//     leave them out.
//
// Han text is one token per character, so Chinese terms match on character
// boundaries; a run of kana is one token, so a Japanese term matches only a
// whole run. Words with clitics attached (Arabic "والأعراض") are one token
// and do not match the bare term.
//
// Contains checks a translation for a term with the same rules, to enforce
// approved terms and to catch forbidden ones.
//
// Like the translation engine, the package knows no screen and no SQL driver.
package glossary
