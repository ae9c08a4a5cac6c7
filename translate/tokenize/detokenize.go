package tokenize

import (
	"strings"
	"unicode"
)

// Detokenize joins words (token surfaces, or a translation's words) into
// text with the spacing rules of lang. There is no space:
//   - before . , ; : ! ? ) ] } % » ” … °, the Arabic ، ؛ ؟ ۔, the Indic । ॥,
//     the Ethiopic ፡ ። ፣ ፤, the Myanmar ၊ ။, the Khmer ៖ (and ។ ៕ after
//     Khmer words), nor before + after a number ("60+");
//   - after ( [ { ¿ ¡ « “ ‘ # @, nor after a currency sign before a number;
//   - around hyphens and slashes ("well-known", "and/or"), around an en dash
//     before a number ("2019–20", "January–15 March"), around a colon or
//     tilde between numbers ("1:2", "10~20");
//   - after an elided word ("l'" "eau"), before a word that starts with an
//     apostrophe ("WHO" "'s", Oromo "(ECDC)" "’tti");
//   - between two words of scripts written without spaces (Han, kana, Thai,
//     Lao, Khmer, Myanmar), around CJK punctuation, and in Chinese and
//     Japanese between Han or kana and quotes or dashes;
//   - in Arabic, between a proclitic و ب ل ك ف and a number ("و1,727").
//
// French puts a space before ; : ! ? » and after «, French and Spanish before
// %. Straight quotes " and ' open and close in turn, but a ' after a word
// ending in s or a number closes ("workers' wages", "the 3' end"); ’ always
// closes.
//
// Detokenize(lang, surfaces of Tokenize(lang, s)) == s for ordinary
// sentences, except spaces between Khmer or Myanmar phrases, which tokens
// do not record.
func Detokenize(lang string, words []string) string {
	rules := rulesFor(lang)
	ps := make([]piece, 0, len(words))
	size := 0
	for _, w := range words {
		if w == "" || w == "." && len(ps) > 0 && endsAbbreviation(ps[len(ps)-1].w) {
			continue // a sentence that ends on "2027 г." has one full stop
		}
		ps = append(ps, describe(w))
		size += len(w) + 1
	}
	place(rules, ps)
	b := make([]byte, 0, size)
	for k, p := range ps {
		if k > 0 && spaced(rules, ps[k-1], p) {
			b = append(b, ' ')
		}
		b = append(b, p.w...)
	}
	return string(b)
}

// endsAbbreviation reports whether w ends with a letter and a full stop, as
// an abbreviation does ("г.", "etc."): a full stop after it is not written.
func endsAbbreviation(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	r, _ := decodeLast(w, len(w)-1)
	return unicode.IsLetter(r)
}

// piece is what Detokenize knows about one word.
type piece struct {
	w                    string
	first, last          rune // the first rune and the last one that is not a mark
	punct                bool // a punctuation mark or symbol
	noSpaceStart         bool // starts with a letter or digit of a no-space script
	noSpaceEnd           bool
	digitStart, digitEnd bool
	noBefore, noAfter    bool // set by place
}

func describe(w string) piece {
	first, size := decode(w, 0)
	// Only a lone mark is punctuation: "-5", "'s" and "(020) 7946 0958" are not.
	punct := classOf(first) == clsOther && symbolEnd(w, 0, first, size) == len(w)
	last, size := decodeLast(w, len(w))
	for k := len(w) - size; k > 0 && classOf(last) == clsMark; k -= size {
		last, size = decodeLast(w, k)
	}
	fc, lc := classOf(first), classOf(last)
	return piece{
		w:            w,
		first:        first,
		last:         last,
		punct:        punct,
		noSpaceStart: inNoSpaceScript(first, fc),
		noSpaceEnd:   inNoSpaceScript(last, lc),
		digitStart:   fc == clsDigit || fc == clsNumber,
		digitEnd:     lc == clsDigit || lc == clsNumber,
	}
}

// inNoSpaceScript reports letters and digits of the scripts written without spaces.
func inNoSpaceScript(r rune, c class) bool {
	return c == clsNoSpace || c == clsDigit && scriptOf(r) != scriptOther
}

// place decides, word by word, which sides of each word take no space.
func place(rules langRules, ps []piece) {
	doubleOpen, singleOpen := false, false
	for k := range ps {
		p := &ps[k]
		var prev, next piece
		if k > 0 {
			prev = ps[k-1]
		}
		if k+1 < len(ps) {
			next = ps[k+1]
		}
		if !p.punct {
			p.noAfter = len(p.w) > 1 && isApostrophe(p.last) && !isApostrophe(p.first) || // elided "l'"
				rules.proclitics && next.digitStart && isProclitic(p.w) // و4.2
			p.noBefore = isApostrophe(p.first) && len(p.w) > 1 && classOf(peek(p.w, len(string(p.first)))) == clsLetter
			continue
		}
		r := p.first
		switch {
		case isCJKPunct(r):
			p.noBefore, p.noAfter = true, true
		case r == '"':
			closes := quoteCloses(doubleOpen, k, prev)
			p.noBefore, p.noAfter = closes, !closes
			doubleOpen = !closes
		case r == '\'':
			closes := quoteCloses(singleOpen, k, prev) || k > 0 && (prev.last == 's' || prev.last == 'S' || prev.digitEnd)
			p.noBefore, p.noAfter = closes, !closes
			singleOpen = !closes
		case isHyphen(r) || r == '/':
			p.noBefore, p.noAfter = true, k > 0
		case r == '–': // 2019–20, 31 January–15 March, but "disease – Overview"
			tight := k > 0 && !prev.punct && next.digitStart
			p.noBefore, p.noAfter = tight, tight
		case r == '~' || r == ':' && !rules.french: // 10~20%, 1:2
			between := prev.digitEnd && next.digitStart
			p.noBefore, p.noAfter = between || r == ':', between
		case r == '។' || r == '៕': // Khmer spaces a full stop from Latin words and numbers
			p.noBefore = prev.noSpaceEnd
		case r == '+' && prev.digitEnd && !next.digitStart: // aged 60+
			p.noBefore = true
		case r == '%' || r == '٪':
			p.noBefore = !rules.spacedPercent
		case strings.ContainsRune(".,)]}‰»›”’′″…°،؛؟۔।॥፡።፣፤፥፦፧፨៖၊။", r):
			p.noBefore = !rules.french || !strings.ContainsRune("»›", r)
		case strings.ContainsRune(";!?", r):
			p.noBefore = !rules.french
		case strings.ContainsRune("([{¿¡“‘„‚«‹#@", r):
			p.noAfter = !rules.french || !strings.ContainsRune("«‹", r)
		case unicode.Is(unicode.Sc, r):
			p.noAfter = next.digitStart
		}
	}
}

// quoteCloses decides whether a straight quote closes: in turn with the
// quotes before it, except that one at the start or after an opening
// bracket opens.
func quoteCloses(open bool, k int, prev piece) bool {
	if k == 0 || prev.punct && strings.ContainsRune("([{", prev.last) {
		return false
	}
	return open
}

// hanHuggers are the punctuation marks that Chinese writes without spaces
// next to Han characters (besides CJK punctuation); "(" and "%" keep theirs.
const hanHuggers = "“”‘’—…·"

// spaced reports whether a space goes between two neighbouring words.
func spaced(rules langRules, prev, cur piece) bool {
	switch {
	case prev.noAfter || cur.noBefore:
		return false
	case prev.noSpaceEnd && cur.noSpaceStart:
		return false
	case rules.han && (prev.noSpaceEnd && cur.punct && strings.ContainsRune(hanHuggers, cur.first) ||
		prev.punct && cur.noSpaceStart && strings.ContainsRune(hanHuggers, prev.last)):
		return false
	}
	return true
}
