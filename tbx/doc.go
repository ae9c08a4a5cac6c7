// Package tbx reads and writes TermBase eXchange (TBX) terminology files.
//
// A Reader streams the concept entries of a TBX document one at a time, so
// files of hundreds of megabytes are read in constant memory. It reads both
// dialects in use:
//   - TBX 2008 (ISO 30042:2008, TBX-Basic and relatives): a martif root with
//     text/body/termEntry/langSet and terms in tig or ntig/termGrp;
//   - TBX v3 (ISO 30042:2019): a tbx root with text/body/conceptEntry/langSec
//     and terms in termSec, in DCA style (descrip and termNote with a type
//     attribute) or DCT style (elements named after the data category, such
//     as basic:definition or min:partOfSpeech).
//
// The input may be UTF-8, with or without a byte order mark, or UTF-16 with
// a byte order mark or an XML declaration that reveals it.
//
// From each entry the Reader keeps the subjectField, the definitions, the
// notes and the sources, and from each term its text, partOfSpeech,
// administrativeStatus, definitions, notes and sources. Definitions, notes
// and sources of a langSet belong to each of its terms: they come first in
// the term's Definition, Note and Source. A source is an
// <admin type="source"> (basic:source in DCT style), alone or in an
// adminGrp, that is a child of the termEntry, langSet, tig or ntig itself:
// one inside a descripGrp or termNoteGrp is the source of that descrip or
// termNote, and is ignored. The group elements descripGrp, termNoteGrp and
// termGrp are read through; transacGrp, other admin types, xref and other
// data categories are ignored. Every text is plain
// text: inline elements such as hi keep their text, leading and trailing
// whitespace is trimmed, internal runs become one space, and the result is
// in Unicode normalisation form C. Where one level holds several values of a
// kind (two notes, say), they are joined with a line break "\n".
//
// The administrativeStatus values map to the three statuses of Tafsiri:
//
//	preferredTerm-admn-sts, and the mandated legalTerm, regulatedTerm and
//	standardizedTerm                                        -> "approved"
//	admittedTerm-admn-sts                                   -> "draft"
//	deprecatedTerm-admn-sts, supersededTerm-admn-sts        -> "forbidden"
//
// The suffix -admn-sts and the word Term may be left out, case is ignored,
// the names approved, draft and forbidden are accepted as they are, and the
// same values are read from the older normativeAuthorization. Any other
// value leaves Status empty. The Writer maps back approved to
// preferredTerm-admn-sts, draft to admittedTerm-admn-sts and forbidden to
// deprecatedTerm-admn-sts.
//
// The Reader fails on XML-level problems (malformed XML, a truncated file, a
// root that is neither martif nor tbx) with a *ParseError naming the file
// and line. It skips entry-level problems instead and reports them through
// Reader.Skipped: a term that is empty, has no term element or sits in a
// langSet without xml:lang is dropped, and an entry left with no term is
// skipped with the reasons its terms were dropped.
//
// A Writer produces a TBX-Basic document in either dialect. Reading its
// output back yields the entries written, once their text is normalised as
// described above.
package tbx
