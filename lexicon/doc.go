// Package lexicon reads and writes bilingual dictionaries: entries of a
// source word or multi-word expression, its part of speech and its
// translation, each side with the inflected forms a sentence needs, and
// where the entry comes from and under which licence.
//
// A lexicon is not a glossary: nothing in it is forced into a translation.
// It is training data, and the translation of last resort for a word the
// phrase model does not know (translate.FromDictionary). Two formats are
// read: the team's tab-separated lexicon (ReadTSV, written by WriteTSV and
// described in docs/lexicon-format.md) and the dictd files of FreeDict
// dictionaries (ReadDictd), as Debian's dict-freedict-* packages install
// them under /usr/share/dictd. The package knows no database: storage
// keeps entries, exchange moves files in and out.
package lexicon
