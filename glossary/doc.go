// Package glossary holds the rules of curated terminology: concepts with terms
// in many languages, each draft, approved or forbidden, and how they are
// matched in a source text and enforced in its translation.
//
// Like the translation engine, it knows no screen and no SQL driver.
package glossary
