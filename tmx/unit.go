package tmx

import "strings"

// Variant is a unit's text in one language.
type Variant struct {
	// Lang is the language exactly as written in the file (xml:lang, or lang
	// in TMX 1.1 style files).
	Lang string
	// Text is the segment as plain text, in normalisation form C, with inline
	// codes removed and whitespace collapsed.
	Text string
}

// Unit is one translation unit.
type Unit struct {
	// ID is the tuid attribute, empty when the tu has none.
	ID string
	// Line is the line where the tu starts; the Writer ignores it.
	Line int
	// Variants holds the text in each language, in file order.
	Variants []Variant
	// Props maps each prop type of the tu to its text; a later prop of the
	// same type replaces an earlier one. It is nil when the tu has no prop.
	Props map[string]string
	// Notes holds the text of the tu's notes, in file order.
	Notes []string
}

// Text returns the text of the first variant whose language tag equals lang,
// ignoring case; "en" does not match "en-GB".
func (u Unit) Text(lang string) (string, bool) {
	for _, v := range u.Variants {
		if strings.EqualFold(v.Lang, lang) {
			return v.Text, true
		}
	}
	return "", false
}
