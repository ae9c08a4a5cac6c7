// Package termcsv reads and writes glossaries kept as delimited text.
//
// It reads three layouts, each into the same concept entries as package tbx:
//   - OmegaT glossaries: source<TAB>target<TAB>comment lines, with the
//     languages given by the caller (ReadOmegaT);
//   - tables with a header row and one column per language tag, plus
//     optional pos, definition, note, status, subject and source columns,
//     separated by commas, tabs or semicolons (ReadTable);
//   - the TICO-19 terminologies as published, in their f_* and g_* layouts
//     (ReadTICO).
//
// Detect picks the reader for a file from its name and first bytes.
// WriteTable writes the table that ReadTable reads back, the export format
// of Tafsiri; WriteOmegaT writes an OmegaT glossary for one language pair.
//
// The readers take files as spreadsheets and people write them: UTF-8 with
// or without a byte order mark, or UTF-16 with one; LF or CRLF line endings;
// quoted fields holding delimiters, quotes ("" for one) and line breaks; a
// stray quote inside an unquoted field, kept as text. Empty lines and rows
// whose cells are all empty are ignored. Rows are otherwise kept as they
// are, duplicates included: the importer decides what to merge.
//
// Term text is made one line: leading and trailing whitespace trimmed,
// internal runs of whitespace turned into one space, Unicode normalisation
// form C. Definitions, notes and sources keep their line breaks, each line
// treated the same way, without empty lines.
//
// Statuses are approved, draft and forbidden, in any case; the TBX
// administrativeStatus values are read too: preferredTerm-admn-sts as
// approved, admittedTerm-admn-sts as draft, deprecatedTerm-admn-sts and
// supersededTerm-admn-sts as forbidden.
//
// A reader fails with a *ParseError naming the file and line when it cannot
// go on: a line that is not UTF-8 text, a quoted field still open at the
// end of the file, a header it cannot use. It skips a row it cannot use and
// reports it as a Skip with the line and reason: the wrong number of fields,
// no term, an unknown status. A table column whose header is neither a
// language tag (of at most 64 bytes) nor a known column name is left out
// and reported the same way, at the header's line.
package termcsv
