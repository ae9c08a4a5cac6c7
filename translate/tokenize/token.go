package tokenize

import "strconv"

// Kind says what a token is: a word, a punctuation mark or one of the
// placeholder classes that the translator copies verbatim from source to output.
type Kind uint8

// The kinds of token. Everything from Number on is a placeholder.
const (
	Word   Kind = iota // letters, marks and digits that belong together
	Punct              // one punctuation mark or symbol (with its combining marks)
	Number             // 12, 1,000, 3.5, -4, ٣, ३, ½
	URL                // https://who.int/..., www.who.int, who.int
	Email              // info@who.int
	Phone              // +254 712 345 678, (020) 7946 0958, 0800-123-456
	Date               // 12/03/2024, 2024-03-12, 12.03.2024
	Time               // 14:30, 8:00 a.m., 9.30am, 14h30
)

var kindNames = [...]string{"word", "punct", "number", "url", "email", "phone", "date", "time"}

// symbols are the keys that stand for placeholders in training and lookup.
var symbols = [...]string{Number: "<num>", URL: "<url>", Email: "<email>", Phone: "<phone>", Date: "<date>", Time: "<time>"}

// String names the kind in lower case, e.g. "word" or "phone".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// IsPlaceholder tells whether tokens of this kind are keyed by their class
// (Key gives "<num>", "<url>", ...) and copied unchanged into translations.
func (k Kind) IsPlaceholder() bool { return k >= Number && k <= Time }

// Symbol is the key that stands for every token of a placeholder kind, e.g.
// "<num>"; it is "" for Word and Punct, whose keys are their folded text.
func (k Kind) Symbol() string {
	if k.IsPlaceholder() {
		return symbols[k]
	}
	return ""
}

// SymbolKind tells which placeholder kind a key such as "<phone>" stands for.
func SymbolKind(key string) (Kind, bool) {
	for k := Number; k <= Time; k++ {
		if symbols[k] == key {
			return k, true
		}
	}
	return Word, false
}

// Token is one unit of a sentence for training and decoding.
type Token struct {
	Text        string // surface form exactly as in the normalized input (original case)
	Kind        Kind
	SpaceBefore bool // whitespace preceded it in the input
}
