package tokenize

import "testing"

func TestTokenizePlaceholders(t *testing.T) {
	checkTokens(t, map[string]tokenCase{
		"numbers": {"en", "123 people, 1,000 doses, 3.5 ml, ½ cup, 2½ days",
			[]string{"123/number", "people", ",", "1,000/number", "doses", ",", "3.5/number", "ml", ",",
				"½/number", "cup", ",", "2½/number", "days"}},
		"European and Kurdish decimals": {"ckb", "1.000,5 و 34،4",
			[]string{"1.000,5/number", "و", "34،4/number"}},
		"signed numbers": {"en", "from -5 to +3 (-2)",
			[]string{"from", "-5/number", "to", "+3/number", "(", "-2/number", ")"}},
		"a minus between numbers is a hyphen": {"en", "5-3",
			[]string{"5/number", "-", "3/number"}},
		"percent": {"en", "90% of",
			[]string{"90/number", "%", "of"}},
		"sentence end after a number": {"en", "take 2.",
			[]string{"take", "2/number", "."}},
		"digits joined to letters are words": {"en", "10mg 2.5mg 5G 19th H1N1 COVID19",
			[]string{"10mg", "2.5mg", "5G", "19th", "H1N1", "COVID19"}},
		"URLs": {"en", "See https://www.who.int/news?id=1&x=2, http://cdc.gov/covid (or www.nhs.uk).",
			[]string{"See", "https://www.who.int/news?id=1&x=2/url", ",", "http://cdc.gov/covid/url",
				"(", "or", "www.nhs.uk/url", ")", "."}},
		"URL with balanced brackets": {"en", "https://en.wikipedia.org/wiki/Flu_(disease))",
			[]string{"https://en.wikipedia.org/wiki/Flu_(disease)/url", ")"}},
		"URL in Chinese text": {"zh", "访问https://who.int了解",
			[]string{"访", "问", "https://who.int/url", "了", "解"}},
		"bare domains": {"en", "visit who.int, health.go.ke/covid or News.com.au.",
			[]string{"visit", "who.int/url", ",", "health.go.ke/covid/url", "or", "News.com.au/url", "."}},
		"not a domain": {"en", "file.txt and end.The",
			[]string{"file", ".", "txt", "and", "end", ".", "The"}},
		"e-mail": {"en", "Write to info@who.int or dr.ana+flu@moh.go.ke.",
			[]string{"Write", "to", "info@who.int/email", "or", "dr.ana+flu@moh.go.ke/email", "."}},
		"e-mail in Chinese": {"zh", "请发送至info@who.int。",
			[]string{"请", "发", "送", "至", "info@who.int/email", "。"}},
		"phones": {"en", "Call +254 712 345 678, (020) 7946 0958 or 0800-123-456.",
			[]string{"Call", "+254 712 345 678/phone", ",", "(020) 7946 0958/phone", "or", "0800-123-456/phone", "."}},
		"more phones": {"en", "+44 (0)20 7946 0958; 555-1234; 0712345678; +254712345678",
			[]string{"+44 (0)20 7946 0958/phone", ";", "555-1234/phone", ";", "0712345678/number", ";",
				"+254712345678/phone"}},
		"not phones": {"fr", "1 000 000 et 1.234.567 et 2020 1234567",
			[]string{"1/number", "000/number", "000/number", "et", "1.234.567/number", "et",
				"2020/number", "1234567/number"}},
		"a short number after a phone is its own": {"en", "0800 123 456 7 times",
			[]string{"0800 123 456/phone", "7/number", "times"}},
		"dates": {"en", "12/03/2024, 2024-03-12, 12.03.2024, 3/12/24 and 12 March 2024",
			[]string{"12/03/2024/date", ",", "2024-03-12/date", ",", "12.03.2024/date", ",", "3/12/24/date",
				"and", "12 March 2024/date"}},
		"English dates with month names": {"en", "on 7 June 2027, June 7, 2027, 3 Sept and May 2027; 2 to 4 August 2027",
			[]string{"on", "7 June 2027/date", ",", "June 7, 2027/date", ",", "3 Sept/date", "and", "May 2027/date", ";",
				"2/number", "to", "4 August 2027/date"}},
		"not English dates": {"en", "you may 2 times, 32 June, June 123, Junes 5",
			[]string{"you", "may", "2/number", "times", ",", "32/number", "June", ",", "June", "123/number", ",",
				"Junes", "5/number"}},
		"month names are words in other languages": {"fr", "le 7 June 2027",
			[]string{"le", "7/number", "June", "2027/number"}},
		"Persian date": {"fa", "۱۴۰۲/۰۱/۱۵",
			[]string{"۱۴۰۲/۰۱/۱۵/date"}},
		"not dates": {"en", "1/2 cup, 32/13/2024, 1.2.3",
			[]string{"1/number", "/", "2/number", "cup", ",", "32/number", "/", "13/number", "/", "2024/number", ",", "1.2.3/number"}},
		"times": {"en", "at 14:30, 8:00 a.m., 9.30am, 9pm, 4 pm, 9 a.m. and 14:30:05",
			[]string{"at", "14:30/time", ",", "8:00 a.m./time", ",", "9.30am/time", ",", "9pm/time", ",", "4 pm/time", ",",
				"9 a.m./time", "and", "14:30:05/time"}},
		"French and Ethiopic times": {"fr", "à 14h30 ou 8h, ሰዓት 8፡00",
			[]string{"à", "14h30/time", "ou", "8h/time", ",", "ሰዓት", "8፡00/time"}},
		"not times": {"en", "9 am I, 25:00, 9.3, 14hours, 14 pm",
			[]string{"9/number", "am", "I", ",", "25/number", ":", "00/number", ",", "9.3/number", ",", "14hours", ",",
				"14/number", "pm"}},
	})
}

func TestKindNames(t *testing.T) {
	for k := Word; k <= Time; k++ {
		sym := k.Symbol()
		if got, ok := SymbolKind(sym); k.IsPlaceholder() != ok || ok && got != k {
			t.Errorf("SymbolKind(%q) = %v, %v for kind %v", sym, got, ok, k)
		}
	}
	if Kind(42).String() != "kind(42)" || Word.IsPlaceholder() || Punct.IsPlaceholder() || !Time.IsPlaceholder() {
		t.Error("kind names or placeholder classes are wrong")
	}
	if _, ok := SymbolKind("<word>"); ok {
		t.Error(`SymbolKind("<word>") found a kind`)
	}
}

func TestDigitValue(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		if classOf(r) != clsDigit {
			continue
		}
		v := DigitValue(r)
		if v < 0 || v > 9 {
			t.Fatalf("DigitValue(%U) = %d", r, v)
		}
		// Digit blocks run 0..9, so the digit before a nonzero digit is one less.
		if v > 0 && DigitValue(r-1) != v-1 {
			t.Errorf("DigitValue(%U) = %d but DigitValue(%U) = %d", r, v, r-1, DigitValue(r-1))
		}
	}
	for r, want := range map[rune]int{'7': 7, '٣': 3, '۵': 5, '३': 3, '০': 0, '៩': 9, '၁': 1, '௮': 8} {
		if got := DigitValue(r); got != want {
			t.Errorf("DigitValue(%q) = %d, want %d", r, got, want)
		}
	}
}
