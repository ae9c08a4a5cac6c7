package tokenize

import (
	"strings"
	"unicode/utf8"
)

// stop says why a run of word characters ended.
type stop uint8

const (
	stopPlain  stop = iota // at a character that is not part of a word
	stopElided             // after the apostrophe of an elided clitic ("l'")
	stopClitic             // before an English clitic ("'s"), whose end is in scanner.clitic
)

// word emits the word at s[i] and returns its end. A hyphenated chain that
// starts with a letter is kept whole up to its last part with a digit
// ("COVID-19", "SARS-CoV-2", "HCoV-229E", "COVID-19" "-" "related"), since the
// translator copies such names; other chains are cut at the hyphens ("well"
// "-" "known"). A part that is a quantity (more than two digits, or digits with
// separators) is a Number of its own: Zulu "ngo" "-" "2020", "ku" "-" "29.2".
func (t *scanner) word(i int) int {
	s := t.s
	end, why := t.run(i)
	if why == stopPlain && end+1 < len(s) && (s[end] == '.' || s[end] == '-') {
		if i >= t.noHostUntil {
			k, reach := matchDomain(s, i)
			if k > 0 {
				t.emit(i, k, URL)
				return k
			}
			t.noHostUntil = reach
		}
		if k := matchAbbrev(s, i); k > 0 {
			t.emit(i, k, Word)
			return k
		}
	}
	segs := append(t.segs[:0], span{i, end})
	for why == stopPlain {
		r, size := decode(s, end)
		if !isHyphen(r) {
			break
		}
		c := classOf(peek(s, end+size))
		if c != clsLetter && c != clsDigit && c != clsNumber {
			break
		}
		j := end + size
		if k := matchNumber(s, j); k > 0 && isQuantity(s[j:k]) {
			segs = append(segs, span{j, k})
			t.segs = segs
			t.emitChain(segs, true)
			return k
		}
		end, why = t.run(j)
		segs = append(segs, span{j, end})
	}
	t.segs = segs
	t.emitChain(segs, false)
	if why == stopClitic {
		t.emit(end, t.clitic, Word)
		end = t.clitic
	}
	return end
}

func peek(s string, i int) rune {
	r, _ := decode(s, i)
	return r
}

// run scans letters, marks and digits from s[i], with apostrophes between
// letters and underscores inside, and returns where the word ends and why.
func (t *scanner) run(i int) (int, stop) {
	s := t.s
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && (asciiClass[c] == clsLetter || asciiClass[c] == clsDigit && s[i] < utf8.RuneSelf) {
			j++ // the common case, without decoding (a digit may end an Arabic proclitic)
			continue
		}
		r, size := decode(s, j)
		switch c := classOf(r); {
		case c == clsDigit && isProclitic(s[i:j]):
			return j, stopPlain // a number after a proclitic: Arabic "و" "1,727"
		case isWordClass(c):
			j += size
			continue
		case r == '_' && j > i && isWordClass(classOf(peek(s, j+1))):
			j++ // identifiers: HCoV_HKU1
			continue
		case isNumberSep(r) && j > i && classOf(peek(s, j+size)) == clsDigit:
			if p, _ := decodeLast(s, j); classOf(p) == clsDigit {
				j += size // a number inside a word: Tigrinya "ን100,000"
				continue
			}
		}
		if !isApostrophe(r) || j == i || classOf(peek(s, j+size)) != clsLetter {
			break
		}
		if t.rules.elides(s[i:j]) {
			return j + size, stopElided
		}
		if k := t.rules.clitic(s, j, size); k > 0 {
			t.clitic = k
			return j, stopClitic
		}
		j += size
	}
	return j, stopPlain
}

// isQuantity reports numbers that are more than a name's digits: more than
// two digits, or digits with separators.
func isQuantity(n string) bool {
	digits := 0
	for _, r := range n {
		if classOf(r) != clsDigit {
			return true
		}
		digits++
	}
	return digits > 2
}

// emitChain emits the parts of a hyphenated word (one part for most words);
// lastNum says the last part is a quantity.
func (t *scanner) emitChain(segs []span, lastNum bool) {
	first, words := 0, len(segs)
	if lastNum {
		words--
	}
	if words > 1 && classOf(peek(t.s, segs[0].start)) == clsLetter {
		keep := -1
		for k, sg := range segs[:words] {
			if hasDigit(t.s[sg.start:sg.end]) {
				keep = k
			}
		}
		if keep >= 0 {
			t.emit(segs[0].start, segs[keep].end, Word)
			first = keep + 1
		}
	}
	for k := first; k < len(segs); k++ {
		if k > 0 {
			t.emit(segs[k-1].end, segs[k].start, Punct)
		}
		kind := Word
		if k >= words || classOf(peek(t.s, segs[k].start)) == clsDigit && allDigits(t.s[segs[k].start:segs[k].end]) {
			kind = Number
		}
		t.emit(segs[k].start, segs[k].end, kind)
	}
}

// matchAbbrev matches abbreviations and initials: at least two parts of one
// to three letters (with their marks) joined by periods, the period after a
// last part of one or two letters optional, as in "e.g.", "i.e", "U.S.", "Ph.D.", "a.m.", Tamil "ஆர்.என்.ஏ"
// (R.N.A) and "ஹெச்.கே.யூ1" (HKU1), and returns the end or 0.
func matchAbbrev(s string, i int) int {
	j, parts := i, 0
	for parts < 8 {
		k, letters, digits := abbrevPart(s, j)
		switch {
		case letters == 0 || letters > 3:
		case k < len(s) && s[k] == '.' && digits == 0:
			parts++
			j = k + 1
			continue
		case parts > 0 && letters <= 2 && endsWord(s, k):
			return k // a short last part needs no period: "e.g", "யூ1"
		}
		break
	}
	if parts < 2 || !endsWord(s, j) {
		return 0
	}
	return j
}

// abbrevPart scans letters, marks and then digits from s[j], stopping after four letters.
func abbrevPart(s string, j int) (end, letters, digits int) {
	for letters <= 3 {
		r, size := decode(s, j)
		c := classOf(r)
		switch {
		case c == clsLetter && digits == 0:
			letters++
		case c == clsMark && letters > 0 && digits == 0:
		case c == clsDigit && letters > 0:
			digits++
		default:
			return j, letters, digits
		}
		j += size
	}
	return j, letters, digits
}

func hasDigit(w string) bool {
	for _, r := range w {
		if c := classOf(r); c == clsDigit || c == clsNumber {
			return true
		}
	}
	return false
}

func allDigits(w string) bool {
	for _, r := range w {
		if c := classOf(r); c != clsDigit && c != clsNumber {
			return false
		}
	}
	return w != ""
}

// isProclitic reports the one-letter Arabic prefixes (and, with, for, like,
// so) that are written joined to the next word, numbers included.
func isProclitic(w string) bool {
	switch strings.TrimSuffix(w, "\u0640") { // "بـ30": a tatweel may stretch the letter
	case "و", "ب", "ل", "ك", "ف":
		return true
	}
	return false
}
