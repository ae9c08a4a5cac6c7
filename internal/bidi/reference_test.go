package bidi

import (
	"strconv"
	"strings"
	"testing"
)

// pseudo turns the notation of the UAX #9 examples into real text: capitals
// stand for right-to-left letters (here Hebrew, class R), and the examples'
// stand-ins for isolate controls map as given.
func pseudo(s string, controls map[rune]rune) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(0x05D0 + r - 'A')
		case controls[r] != 0:
			b.WriteRune(controls[r])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isolates is the notation of the UAX #9 reordering examples (section 3.4):
// ">" LRI, "<" RLI, "=" PDI.
var isolates = map[rune]rune{'>': 0x2066, '<': 0x2067, '=': 0x2069}

// TestUAX9Examples checks the worked examples printed in UAX #9: the three
// N0 bracket examples and the four reordering examples of section 3.4.
func TestUAX9Examples(t *testing.T) {
	tests := map[string]struct {
		storage  string
		base     Direction
		controls map[rune]rune
		display  string
		levels   string // as printed in UAX #9, or "" when not checked
	}{
		"N0 example 1: nested brackets in RTL": {
			"AB(CD[&ef]!)gh", RTL, nil, "gh(![ef&]DC)BA", "11111112211122",
		},
		"N0 example 2: brackets holding both directions": {
			"smith (fabrikam ARABIC) HEBREW", RTL, nil, "WERBEH (CIBARA fabrikam) smith", "",
		},
		"N0 example 3: brackets take the direction before them": {
			"ARABIC book(s)", RTL, nil, "book(s) CIBARA", "",
		},
		"L2 example 1": {
			"car means CAR.", LTR, nil, "car means RAC.", "00000000001110",
		},
		"L2 example 2: RLI in an LTR paragraph": {
			"<car MEANS CAR.=", LTR, isolates, "<.RAC SNAEM car=", "0222111111111110",
		},
		"L2 example 3: isolate inside quotes": {
			"he said “<car MEANS CAR=.”", LTR, isolates, "he said “<RAC SNAEM car=.”", "",
		},
		"L2 example 4: nested isolates in RTL": {
			"DID YOU SAY ’>he said “<car MEANS CAR=”=’?", RTL, isolates,
			"?’=he said “<RAC SNAEM car=”>’ YAS UOY DID", "",
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text := pseudo(tc.storage, tc.controls)
			want := pseudo(tc.display, tc.controls)
			if got := Visual(text, tc.base); got != want {
				t.Errorf("Visual(%s)\n got %q\nwant %q", tc.storage, got, want)
			}
			if tc.levels == "" {
				return
			}
			var got strings.Builder
			for _, l := range Levels(text, tc.base) {
				got.WriteString(strconv.Itoa(int(l)))
			}
			if got.String() != tc.levels {
				t.Errorf("levels of %s = %s, want %s", tc.storage, got.String(), tc.levels)
			}
		})
	}
}

// characterTests are lines in the format of the Unicode file
// BidiCharacterTest.txt: code points; paragraph direction (0 LTR, 1 RTL,
// 2 auto); resolved paragraph level; resolved levels; visual order (indexes
// of the characters from left to right). They were worked out by hand from
// the rules, in the file's format, since the file itself is not shipped.
var characterTests = []string{
	"05D0 0020 0031 0032;2;1;1 1 2 2;2 3 1 0",
	"0061 0020 05D0 0020 0031;0;0;0 0 1 1 2;0 1 4 3 2",
	"0627 0644 0661 0662;2;1;1 1 2 2;2 3 1 0",
	"0028 0061 0029 05D0;2;0;0 0 0 1;0 1 2 3",
	"05D0 0028 0061 0029;2;1;1 1 2 1;3 2 1 0",
	"0627 0020 0031 002E 0035;2;1;1 1 2 2 2;2 3 4 1 0",
	"0031 0025 0020 05D0;1;1;2 2 1 1;3 2 0 1",
	// "$" after an Arabic number stays neutral: W2 makes the digit AN before
	// W5 could join the terminator to it.
	"0061 0020 0627 0020 0024 0035;0;0;0 0 1 1 1 2;0 1 5 4 3 2",
	"05D0 0020 0061 0020 0062 0020 05D1;2;1;1 1 2 2 2 1 1;6 5 2 3 4 1 0",
	"0627 0020 0028 0031 0029;2;1;1 1 1 2 1;4 3 2 1 0",
}

func TestBidiCharacterTestFormat(t *testing.T) {
	for _, line := range characterTests {
		t.Run(line, func(t *testing.T) {
			f := strings.Split(line, ";")
			if len(f) != 5 {
				t.Fatalf("bad test line %q", line)
			}
			var rs []rune
			for _, h := range strings.Fields(f[0]) {
				v, err := strconv.ParseUint(h, 16, 32)
				if err != nil {
					t.Fatalf("parse code point %q: %v", h, err)
				}
				rs = append(rs, rune(v))
			}
			base := map[string]Direction{"0": LTR, "1": RTL, "2": Auto}[f[1]]
			text := string(rs)
			levels := Levels(text, base)
			if got := joinInts(levels); got != f[3] {
				t.Errorf("levels = %s, want %s", got, f[3])
			}
			if got := visualOrder(levels); got != f[4] {
				t.Errorf("order = %s, want %s", got, f[4])
			}
			para := Levels(text+" ", base) // the trailing space takes the paragraph level (L1)
			if got := strconv.Itoa(int(para[len(para)-1])); got != f[2] {
				t.Errorf("paragraph level = %s, want %s", got, f[2])
			}
		})
	}
}

func joinInts(levels []Level) string {
	s := make([]string, len(levels))
	for i, l := range levels {
		s[i] = strconv.Itoa(int(l))
	}
	return strings.Join(s, " ")
}

// visualOrder applies L2 to indexes directly, independently of Runs, so the
// two reorderings check each other.
func visualOrder(levels []Level) string {
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	var highest Level
	lowest := Level(255)
	for _, l := range levels {
		highest, lowest = max(highest, l), min(lowest, l)
	}
	lowest |= 1
	for l := int(highest); l >= int(lowest); l-- {
		for i := 0; i < len(order); {
			if int(levels[order[i]]) < l {
				i++
				continue
			}
			j := i
			for j < len(order) && int(levels[order[j]]) >= l {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	s := make([]string, len(order))
	for i, o := range order {
		s[i] = strconv.Itoa(o)
	}
	return strings.Join(s, " ")
}
