// Package tmx reads and writes Translation Memory eXchange (TMX) files.
//
// A Reader streams the translation units of a TMX 1.1 to 1.4b document one
// at a time, so files of hundreds of megabytes are read in constant memory.
// It accepts UTF-8 (with or without a byte order mark) and UTF-16 (little or
// big endian, with a byte order mark or an XML declaration that reveals it).
//
// The text of each variant is plain text: the native codes carried by the
// inline elements bpt, ept, ph, it and ut (and the sub flows inside them) are
// dropped, the text of hi is kept, leading and trailing whitespace is
// trimmed, internal runs of whitespace become one space, and the result is in
// Unicode normalisation form C.
//
// The Reader fails on XML-level problems (malformed XML, a truncated file, a
// root that is not tmx) with a *ParseError naming the file and line. It skips
// unit-level problems instead and reports them through Reader.Skipped:
//   - a tuv with an empty seg, without a seg or without a language is
//     dropped from its unit;
//   - a tu left with no variant (no tuv at all, or only dropped ones) is
//     skipped, with the reasons its variants were dropped.
//
// Notes and props of a tuv are ignored; those of a tu are kept verbatim.
//
// A Writer produces a TMX 1.4b document with every attribute the
// specification requires. It writes text as given: reading its output back
// yields the same units once their text is normalised as described above.
package tmx
