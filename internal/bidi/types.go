package bidi

import "unicode/utf8"

// Direction is the base (paragraph) direction asked of the algorithm.
type Direction int

const (
	// Auto takes the direction of each paragraph's first strong character
	// (rules P2–P3), left to right when it has none. It is the zero value
	// because a caller that knows nothing about the text should not guess.
	Auto Direction = iota
	// LTR forces a left-to-right paragraph (level 0).
	LTR
	// RTL forces a right-to-left paragraph (level 1).
	RTL
)

// String names the direction, for test output and logs.
func (d Direction) String() string {
	switch d {
	case LTR:
		return "LTR"
	case RTL:
		return "RTL"
	default:
		return "Auto"
	}
}

// Level is a resolved embedding level: even levels are left to right, odd
// levels right to left.
type Level uint8

// RTL reports whether text at this level runs right to left.
func (l Level) RTL() bool { return l%2 == 1 }

// Run is a stretch of a line drawn in one direction. Start and End are byte
// offsets into the text given to [Runs]; the characters of an RTL run are
// drawn in reverse (right to left), those of an LTR run as they are stored.
type Run struct {
	Start, End int
	RTL        bool
}

// decoded is the text as runes with the byte offset of each rune; offs has one
// more element than runes, the length of the text, so that rune i spans
// offs[i]:offs[i+1]. Every invalid byte becomes its own U+FFFD, the same rule
// as Go's range loop and []rune conversion.
type decoded struct {
	runes []rune
	offs  []int
}

func decode(text string) decoded {
	d := decoded{
		runes: make([]rune, 0, len(text)),
		offs:  make([]int, 0, len(text)+1),
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		d.runes = append(d.runes, r)
		d.offs = append(d.offs, i)
		i += size
	}
	d.offs = append(d.offs, len(text))
	return d
}
