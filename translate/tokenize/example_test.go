package tokenize_test

import (
	"fmt"
	"strings"

	"tafsiri/translate/tokenize"
)

func ExampleTokenize() {
	toks := tokenize.Tokenize("en", "Call +254 712 345 678 if COVID-19's symptoms last 3 days.")
	for _, t := range toks {
		fmt.Printf("%q %s %v\n", t.Text, t.Kind, t.SpaceBefore)
	}
	// Output:
	// "Call" word false
	// "+254 712 345 678" phone true
	// "if" word true
	// "COVID-19" word true
	// "'s" word false
	// "symptoms" word true
	// "last" word true
	// "3" number true
	// "days" word true
	// "." punct false
}

func ExampleKeys() {
	toks := tokenize.Tokenize("fr", "L'eau, 2 fois par jour : www.who.int")
	fmt.Println(strings.Join(tokenize.Keys("fr", toks), " "))
	// Output: l' eau , <num> fois par jour : <url>
}

func ExampleDetokenize() {
	fmt.Println(tokenize.Detokenize("fr", []string{"«", "Lavez", "-", "vous", "les", "mains", "»", "!"}))
	fmt.Println(tokenize.Detokenize("zh", []string{"请", "勤", "洗", "手", "。"}))
	fmt.Println(tokenize.Detokenize("ar", []string{"اغسل", "يديك", "،", "ثم", "جففهما", "؟"}))
	// Output:
	// « Lavez-vous les mains » !
	// 请勤洗手。
	// اغسل يديك، ثم جففهما؟
}

func ExampleTokenize_syllables() {
	for _, lang := range []string{"zh", "km", "my"} {
		text := map[string]string{"zh": "洗手", "km": "កម្ពុជា", "my": "ရောဂါလက္ခဏာ"}[lang]
		var parts []string
		for _, t := range tokenize.Tokenize(lang, text) {
			parts = append(parts, t.Text)
		}
		fmt.Println(lang, strings.Join(parts, "|"))
	}
	// Output:
	// zh 洗|手
	// km ក|ម្ពុ|ជា
	// my ရော|ဂါ|လက္ခ|ဏာ
}

func ExampleCapitalize() {
	fmt.Println(tokenize.Capitalize("en", "wash"), tokenize.Capitalize("tr", "istanbul"), tokenize.Capitalize("es", "¿dónde"))
	// Output: Wash İstanbul ¿Dónde
}
