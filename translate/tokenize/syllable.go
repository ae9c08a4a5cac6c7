package tokenize

// Segmentation of the scripts written without spaces between words. Han text
// is cut into characters and kana into runs; Thai, Lao, Khmer and Myanmar
// into orthographic syllables: a syllable starts at a consonant or independent
// vowel unless a virama, coeng or stacker attaches it to the one before, or a
// killer (asat, toandakhiat, thanthakhat) silences it as that one's final.
// Dependent vowels and signs stay with their syllable.

const (
	khmerCoeng  = '\u17D2' // ្ : the next consonant is written below
	khmerKiller = '\u17CD' // ៍ toandakhiat: the consonant is silent
	myStacker   = '\u1039' // ္ virama: the next consonant is stacked
)

// syllableEnd returns the end of the character, run or syllable at s[i].
func syllableEnd(s string, i int, sc script) int {
	switch sc {
	case scriptKhmer:
		return khmerEnd(s, i)
	case scriptMyanmar:
		return myanmarEnd(s, i)
	case scriptThai, scriptLao:
		return thaiEnd(s, i)
	case scriptKana:
		return kanaEnd(s, i)
	}
	_, size := decode(s, i)
	return skipMarks(s, i+size) // a Han character with its variation selector
}

// khmerEnd: a base, then its signs, each coeng with the consonant it
// subscribes, and consonants silenced by the toandakhiat.
func khmerEnd(s string, i int) int {
	_, size := decode(s, i)
	j := i + size
	for j < len(s) {
		r, size := decode(s, j)
		switch {
		case r == khmerCoeng:
			j += size
			if n, nsize := decode(s, j); isKhmerBase(n) {
				j += nsize
			}
		case r == 0x17D7, classOf(r) == clsMark && r != khmerCoeng: // ៗ repeats the word before
			j += size
		case isKhmerBase(r) && khmerKilled(s, j+size):
			j += size
		default:
			return j
		}
	}
	return j
}

// isKhmerBase reports Khmer consonants and independent vowels.
func isKhmerBase(r rune) bool { return r >= 0x1780 && r <= 0x17B3 }

// khmerKilled reports whether the signs from s[j] (before the next base)
// include the toandakhiat.
func khmerKilled(s string, j int) bool {
	for k := 0; k < 3; k++ {
		r, size := decode(s, j)
		if r == khmerKiller {
			return true
		}
		if r == khmerCoeng || classOf(r) != clsMark {
			return false
		}
		j += size
	}
	return false
}

// myanmarEnd follows the common syllable-break rule for Burmese: break before
// a base unless a stacker precedes it or (after an optional medial ya or ha)
// an asat, stacker or dot below follows it.
func myanmarEnd(s string, i int) int {
	prev, size := decode(s, i)
	j := i + size
	for j < len(s) {
		r, size := decode(s, j)
		switch {
		case isMyanmarBase(r):
			if prev != myStacker && !myanmarKilled(s, j+size) {
				return j
			}
		case classOf(r) != clsMark:
			return j
		}
		prev = r
		j += size
	}
	return j
}

// isMyanmarBase reports the letters of the Myanmar blocks, and ၌ ၍ ၎ ၏.
func isMyanmarBase(r rune) bool {
	return scriptOf(r) == scriptMyanmar && classOf(r) == clsNoSpace
}

// myanmarKilled reports an asat, stacker or dot below at s[j], after an optional medial ya or ha.
func myanmarKilled(s string, j int) bool {
	r, size := decode(s, j)
	if r == 0x103B || r == 0x103E {
		r, _ = decode(s, j+size)
	}
	return r == 0x1037 || r == 0x1039 || r == 0x103A
}

// thaiEnd makes Thai and Lao character clusters: a leading vowel with its
// consonant, then marks, following vowels, the repetition mark and
// consonants silenced by the thanthakhat (Lao: cancellation mark).
func thaiEnd(s string, i int) int {
	r, size := decode(s, i)
	j := i + size
	if isLeadingVowel(r) {
		if n, nsize := decode(s, j); classOf(n) == clsNoSpace && !isLeadingVowel(n) {
			j += nsize
		}
	}
	for j < len(s) {
		r, size := decode(s, j)
		switch {
		case classOf(r) == clsMark, isFollowingVowel(r):
			j += size
		case classOf(r) == clsNoSpace && scriptOf(r) != scriptOther && thaiKilled(s, j+size):
			j += size
		default:
			return j
		}
	}
	return j
}

func isLeadingVowel(r rune) bool {
	return r >= 0x0E40 && r <= 0x0E44 || r >= 0x0EC0 && r <= 0x0EC4
}

// isFollowingVowel reports Thai and Lao vowels written as letters after their
// consonant (ะ า ำ ๅ, ະ າ ຳ) and the repetition marks ๆ ໆ.
func isFollowingVowel(r rune) bool {
	switch r {
	case 0x0E30, 0x0E32, 0x0E33, 0x0E45, 0x0E46, 0x0EB0, 0x0EB2, 0x0EB3, 0x0EC6:
		return true
	}
	return false
}

// thaiKilled reports a thanthakhat (Lao cancellation mark) at s[j], after at most one other mark.
func thaiKilled(s string, j int) bool {
	for k := 0; k < 2; k++ {
		r, size := decode(s, j)
		if r == 0x0E4C || r == 0x0ECC {
			return true
		}
		if classOf(r) != clsMark {
			return false
		}
		j += size
	}
	return false
}

// kanaEnd returns the end of a run of kana (with ー and sound marks).
func kanaEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := decode(s, j)
		if c := classOf(r); c != clsMark && (c != clsNoSpace || scriptOf(r) != scriptKana) {
			break
		}
		j += size
	}
	return j
}
