package detect

import (
	"slices"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Flags of a rune in the rune table.
const (
	flagWord   = 1 << iota // belongs inside a word (see isWordRune)
	flagLetter             // a letter
	flagUpper              // has a lower-case form
	flagNotNFC             // is not in normalisation form C on its own
	flagBefore             // may compose with or reorder around the rune before
	flagAfter              // may compose with or reorder around the rune after
)

// runeTable holds, for each rune of the Basic Multilingual Plane, its flags
// in the low byte and the index of its script in scriptNames in the high
// byte. The unicode and norm packages answer the same questions with a
// lookup per call; training reads millions of runes, so it asks once per
// rune.
type runeTable [0x10000]uint16

// scriptNames lists the Unicode scripts, sorted, with "" (no script: Common
// and Inherited runes) first so that the zero index means none.
var scriptNames = sync.OnceValue(func() []string {
	names := []string{""}
	for name := range unicode.Scripts {
		if name != "Common" && name != "Inherited" {
			names = append(names, name)
		}
	}
	slices.Sort(names[1:])
	return names
})

// runes is the rune table, built on first use.
var runes = sync.OnceValue(func() *runeTable {
	t := new(runeTable)
	for i, name := range scriptNames() {
		if i > 0 && i < 256 {
			each(unicode.Scripts[name], func(r rune) { t[r] |= uint16(i) << 8 })
		}
	}
	each(unicode.Letter, func(r rune) { t[r] |= flagLetter })
	each(unicode.Upper, func(r rune) { t[r] |= flagUpper })
	each(unicode.Title, func(r rune) { t[r] |= flagUpper })
	for r := range t {
		if isWordRune(rune(r)) {
			t[r] |= flagWord | normFlags(rune(r))
		}
	}
	return t
})

// normFlags returns the flags that say how r fares under NFC: a word is in
// form C when none of its runes has flagNotNFC and no rune with flagAfter
// is followed by one with flagBefore. Checking that costs a table lookup;
// asking the norm package costs a trie walk per rune.
func normFlags(r rune) uint16 {
	s := string(r)
	p := norm.NFC.PropertiesString(s)
	var flags uint16
	if !norm.NFC.IsNormalString(s) {
		flags |= flagNotNFC
	}
	if !p.BoundaryBefore() {
		flags |= flagBefore
	}
	if !p.BoundaryAfter() {
		flags |= flagAfter
	}
	return flags
}

// each calls fn for every rune of table in the Basic Multilingual Plane.
func each(table *unicode.RangeTable, fn func(rune)) {
	for _, rg := range table.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			fn(r)
		}
	}
}

// runeInfo returns the flags and the script index of r.
func runeInfo(r rune) (flags uint16, script int) { return runes().info(r) }

// info returns the flags and the script index of r.
func (t *runeTable) info(r rune) (flags uint16, script int) {
	if r >= 0 && r < 0x10000 {
		v := t[r]
		return v & 0xff, int(v >> 8)
	}
	return slowInfo(r)
}

// slowInfo classifies a rune outside the Basic Multilingual Plane.
func slowInfo(r rune) (flags uint16, script int) {
	if isWordRune(r) {
		flags |= flagWord
	}
	if unicode.IsLetter(r) {
		flags |= flagLetter
	}
	if unicode.IsUpper(r) || unicode.IsTitle(r) {
		flags |= flagUpper
	}
	if flags&flagWord != 0 {
		flags |= normFlags(r)
	}
	if flags&flagLetter == 0 {
		return flags, 0 // only letters are counted by script
	}
	for i, name := range scriptNames() {
		if i > 0 && unicode.Is(unicode.Scripts[name], r) {
			return flags, i
		}
	}
	return flags, 0
}
