package termcsv

import "strings"

// formulaStart holds the first characters that make a spreadsheet take a
// cell for a formula to run (OWASP, "CSV Injection"): = + - @, tab and
// carriage return.
const formulaStart = "=+-@\t\r"

// neutralise returns cell as WriteTable writes it, and whether it changed
// it: a cell that a spreadsheet would run as a formula gets a leading ', the
// spreadsheets' mark for text. So does a cell that starts with quotes and
// then such a character, so that restoreCell can tell the two apart and a
// term like '=x survives a round trip too.
func neutralise(cell string) (string, bool) {
	rest := strings.TrimLeft(cell, "'")
	if rest == "" || !strings.ContainsRune(formulaStart, rune(rest[0])) {
		return cell, false
	}
	return "'" + cell, true
}

// restoreCell undoes neutralise: it drops the first ' of a cell made of
// quotes and then one of the formula characters ('=x, '-5, and '=x after
// two quotes) and keeps every other cell as it is, a lone or leading ' of
// ordinary text included.
func restoreCell(cell string) string {
	if !strings.HasPrefix(cell, "'") {
		return cell
	}
	if _, changed := neutralise(cell[1:]); !changed {
		return cell
	}
	return cell[1:]
}

// neutraliseRows applies neutralise to every cell of rows in place and
// returns how many cells it changed.
func neutraliseRows(rows [][]string) int {
	n := 0
	for _, r := range rows {
		for i, cell := range r {
			if safe, changed := neutralise(cell); changed {
				r[i] = safe
				n++
			}
		}
	}
	return n
}
