// Package limits holds the sizes beyond which Tafsiri refuses what it reads
// (a language tag, a memory segment, a glossary term), so that one bad value
// gets a clear message instead of gigabytes of memory and database, and the
// helper that names such a value in a message without printing all of it.
//
// The limits, and why:
//
//   - TagBytes, 64 bytes: the longest language tag. Tags in use are short
//     ("es-419", "zh-Hans-CN", "sr-Latn-RS"; RFC 5646 §4.4.1 asks for room
//     for 35 characters); private-use subtags could make one of any length.
//   - SegmentBytes, 64 KiB: the longest segment of a translation memory or
//     training file, about 25 pages of prose; a longer "sentence" is a file
//     read the wrong way or no text at all. A 50 MB segment took 1.8 GB of
//     memory and 210 MB of database to import.
//   - TermBytes, 1 KiB: the longest glossary term; terms are words and short
//     phrases, and a definition or note has its own field.
package limits

import (
	"fmt"
	"unicode/utf8"
)

const (
	// TagBytes is the length in bytes of the longest language tag accepted.
	TagBytes = 64
	// SegmentBytes is the length in bytes of the longest memory or training segment imported.
	SegmentBytes = 64 << 10
	// TermBytes is the length in bytes of the longest glossary term imported.
	TermBytes = 1 << 10
)

// quotedBytes is how much of a long value Quote shows.
const quotedBytes = 40

// Quote returns s quoted as %q does; a value longer than 40 bytes is cut,
// at a character boundary, and its length given: "en-x-aaaa…" (100003 bytes).
func Quote(s string) string {
	if len(s) <= quotedBytes {
		return fmt.Sprintf("%q", s)
	}
	cut := quotedBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%q (%d bytes)", s[:cut]+"…", len(s))
}
