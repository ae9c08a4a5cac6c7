package tokenize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestSpell(t *testing.T) {
	// Each case lists the words as one string with " | " between them; a
	// word that Spell empties is written as an empty slot.
	cases := map[string]struct {
		lang, words, want string
	}{
		// French elision.
		"la before a vowel elides":          {"fr", "la | eau", "l' | eau"},
		"le before a mute h elides":         {"fr", "le | hôpital", "l' | hôpital"},
		"capital Le keeps its case":         {"fr", "Le | hôpital", "L' | hôpital"},
		"all capitals stay capitals":        {"fr", "QUE | IL", "QU' | IL"},
		"de ne que se je me te elide":       {"fr", "je | ai | peur | de | attendre | et | ne | ose | pas | se | isoler", "j' | ai | peur | d' | attendre | et | n' | ose | pas | s' | isoler"},
		"me and te elide":                   {"fr", "il | me | appelle | et | te | aide", "il | m' | appelle | et | t' | aide"},
		"que before a capital vowel":        {"fr", "que | Ebola", "qu' | Ebola"},
		"jusque elides before any vowel":    {"fr", "jusque | à | demain", "jusqu' | à | demain"},
		"lorsque elides before il":          {"fr", "lorsque | il | tousse", "lorsqu' | il | tousse"},
		"puisque elides before on":          {"fr", "puisque | on | sait", "puisqu' | on | sait"},
		"si elides before il":               {"fr", "si | il | tousse", "s' | il | tousse"},
		"quelque elides before un":          {"fr", "quelque | un", "quelqu' | un"},
		"ce elides before est":              {"fr", "ce | est | simple", "c' | est | simple"},
		"the word y takes elision":          {"fr", "ne | y | allez | pas", "n' | y | allez | pas"},
		"the apostrophe the sentence uses":  {"fr", "d’ | abord | la | eau", "d’ | abord | l’ | eau"},
		"empty words are passed over":       {"fr", "la |  | eau", "l' |  | eau"},
		"an acronym starting with a vowel":  {"fr", "le | ARN", "l' | ARN"},
		"de l' before a vowel":              {"fr", "de | le | eau", "de | l' | eau"},
		"à l' before a mute h":              {"fr", "à | le | hôpital", "à | l' | hôpital"},
		"de le contracts to du":             {"fr", "de | le | savon", "du |  | savon"},
		"de les contracts to des":           {"fr", "de | les | mains", "des |  | mains"},
		"à le contracts to au":              {"fr", "à | le | centre", "au |  | centre"},
		"à les contracts to aux":            {"fr", "à | les | enfants", "aux |  | enfants"},
		"a capital À contracts to Au":       {"fr", "À | le | marché", "Au |  | marché"},
		"de le before an aspirated h":       {"fr", "de | le | haut", "du |  | haut"},
		"de les before a number":            {"fr", "de | les | 8 | jours", "des |  | 8 | jours"},
		"contraction across empty words":    {"fr", "de |  | le | savon", "du |  |  | savon"},
		"a pronoun before an infinitive":    {"fr", "avant | de | le | prendre", "avant | de | le | prendre"},
		"a pronoun before leur":             {"fr", "afin | de | le | leur | dire", "afin | de | le | leur | dire"},
		"plural pronoun before a verb":      {"fr", "de | les | laver", "de | les | laver"},
		"a pronoun after its verb":          {"fr", "lavez | - | le | à | la | eau", "lavez | - | le | à | l' | eau"},
		"de le at the end stays":            {"fr", "de | le | .", "de | le | ."},
		"le before an aspirated h":          {"fr", "le | haut | de | la | hanche", "le | haut | de | la | hanche"},
		"the h-aspiré list takes its forms": {"fr", "le | handicapé | la | hausse | les | hernies | la | honte", "le | handicapé | la | hausse | les | hernies | la | honte"},
		"onze and oui do not elide":         {"fr", "le | onze | mai | de | oui", "le | onze | mai | de | oui"},
		"lorsque before another vowel":      {"fr", "lorsque | Anne", "lorsque | Anne"},
		"si before elle":                    {"fr", "si | elle", "si | elle"},
		"ce before a noun":                  {"fr", "ce | enfant", "ce | enfant"},
		"already elided":                    {"fr", "l' | eau | de | l' | hôpital", "l' | eau | de | l' | hôpital"},
		"before a number":                   {"fr", "le | 8 | mai | de | 11 | heures", "le | 8 | mai | de | 11 | heures"},
		"before an address":                 {"fr", "de | info@who.int", "de | info@who.int"},
		"le y of yaourt":                    {"fr", "le | yaourt", "le | yaourt"},
		"other languages do not elide":      {"it", "la | acqua", "la | acqua"},
		"English is unchanged":              {"en", "Wash | your | hands | with | soap | . | Drink | clean | water | .", "Wash | your | hands | with | soap | . | Drink | clean | water | ."},

		// Arabic-script punctuation.
		"Urdu full stop and question mark": {"ur", "اپنے | ہاتھ | دھوئیں | . | کیوں | ?", "اپنے | ہاتھ | دھوئیں | ۔ | کیوں | ؟"},
		"Urdu comma and semicolon":         {"ur", "بخار | , | کھانسی | ;", "بخار | ، | کھانسی | ؛"},
		"Urdu after a Latin word":          {"ur", "COVID-19 | .", "COVID-19 | ."},
		"Arabic keeps its full stop":       {"ar", "اغسل | يديك | , | لماذا | ? | نعم | .", "اغسل | يديك | ، | لماذا | ؟ | نعم | ."},
		"Arabic comma after a number":      {"ar", "بالرقم | 123 | , | وابق", "بالرقم | 123 | ، | وابق"},
		"Arabic after a Latin word":        {"ar", "منظمة | WHO | , | نعم", "منظمة | WHO | , | نعم"},
		"Persian comma":                    {"fa", "در | صورت | تب | , | با", "در | صورت | تب | ، | با"},
		"Pashto question mark":             {"ps", "ولې | ?", "ولې | ؟"},
		"Persian keeps its full stop":      {"fa", "بشویید | .", "بشویید | ."},
		"a mark with no word before it":    {"ar", ", | نعم", ", | نعم"},
		"English keeps ASCII marks":        {"en", "Why | ? | Now | ,", "Why | ? | Now | ,"},

		// Chinese and Japanese punctuation.
		"Chinese marks next to Han":               {"zh", "请 | 洗 | 手 | , | 好 | ? | 是 | ! | 注 | 意 | : | 是 | ; | 好 | .", "请 | 洗 | 手 | ， | 好 | ？ | 是 | ！ | 注 | 意 | ： | 是 | ； | 好 | 。"},
		"Chinese brackets in pairs":               {"zh-Hans", "疫 | 苗 | ( | 见 | 下 | 文 | )", "疫 | 苗 | （ | 见 | 下 | 文 | ）"},
		"Chinese brackets around a number":        {"zh-Hans", "病 | 例 | ( | 5.8 | % | )", "病 | 例 | ( | 5.8 | % | )"},
		"Chinese brackets around Latin after Han": {"zh-Hans", "疫 | 苗 | ( | WHO | )", "疫 | 苗 | ( | WHO | )"},
		"Chinese brackets around Latin":           {"zh", "称 | ” | ( | WHO | ) | 。", "称 | ” | ( | WHO | ) | 。"},
		"Chinese full stop after Latin":           {"zh", "疫 | 苗 | COVID-19 | .", "疫 | 苗 | COVID-19 | 。"},
		"a full stop before a closing quote":      {"zh-Hant", "稱 | “ | COVID-19 | . | ”", "稱 | “ | COVID-19 | 。 | ”"},
		"Chinese digits keep their marks":         {"zh", "上 | 午 | 8 | : | 00 | 和 | 3 | . | 5", "上 | 午 | 8 | : | 00 | 和 | 3 | . | 5"},
		"Chinese Latin run keeps its marks":       {"zh", "WHO | , | UNICEF | 说", "WHO | , | UNICEF | 说"},
		"Chinese whole tokens stay":               {"zh", "8:00 | 到 | COVID-19", "8:00 | 到 | COVID-19"},
		"Latin text in a Chinese model":           {"zh", "Wash | hands | .", "Wash | hands | ."},
		"Japanese comma":                          {"ja", "手 | を | 洗 | う | , | 今 | .", "手 | を | 洗 | う | 、 | 今 | 。"},

		// Sentence-initial capitals.
		"a capital after a full stop":           {"es", "Lávese | las | manos | . | use | jabón | .", "Lávese | las | manos | . | Use | jabón | ."},
		"the first word is the caller's":        {"es", "lávese | las | manos", "lávese | las | manos"},
		"after ? and ! and an opening mark":     {"es", "¿ | Dónde | ? | ¡ | ya | ! | llame", "¿ | Dónde | ? | ¡ | Ya | ! | Llame"},
		"after a closing quote":                 {"en", "\" | stay | home | . | \" | then | rest", "\" | stay | home | . | \" | Then | rest"},
		"Cyrillic":                              {"ru", "Мойте | руки | . | оставайтесь | дома", "Мойте | руки | . | Оставайтесь | дома"},
		"Turkish dotted capital":                {"tr", "Ellerinizi | yıkayın | . | iyi | günler", "Ellerinizi | yıkayın | . | İyi | günler"},
		"a number starts the sentence":          {"en", "Rest | . | 2 | tablets | daily", "Rest | . | 2 | tablets | daily"},
		"an initial is not a sentence end":      {"en", "Dr | J | . | smith", "Dr | J | . | smith"},
		"an ellipsis is not a sentence end":     {"en", "wait | ... | then | go", "wait | ... | then | go"},
		"an address keeps its letters":          {"en", "Visit | . | www.who.int | now", "Visit | . | www.who.int | now"},
		"a capital inside keeps the word":       {"en", "Vaccines | . | mRNA | vaccines", "Vaccines | . | mRNA | vaccines"},
		"a caseless script has no capitals":     {"am", "ቤት | ይቆዩ | . | አሁን", "ቤት | ይቆዩ | . | አሁን"},
		"French elision then capital":           {"fr", "Buvez | . | la | eau | est | propre", "Buvez | . | L' | eau | est | propre"},
		"nothing":                               {"en", "", ""},
		"a lone full stop capitalizes its next": {"en", ". | wash", ". | Wash"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			words, want := splitWords(c.words), splitWords(c.want)
			in := slices.Clone(words)
			got := Spell(c.lang, words)
			if !slices.Equal(got, want) {
				t.Errorf("Spell(%q, %q)\n got %q\nwant %q", c.lang, words, got, want)
			}
			if !slices.Equal(words, in) {
				t.Errorf("Spell changed its input: %q, was %q", words, in)
			}
		})
	}
}

func TestSpelledWordsDetokenize(t *testing.T) {
	cases := map[string]struct {
		lang, words, want string
	}{
		"French":  {"fr", "Buvez | de | le | eau | et | allez | à | le | hôpital | .", "Buvez de l'eau et allez à l'hôpital."},
		"du":      {"fr", "Lavez | - | vous | avec | de | le | savon | .", "Lavez-vous avec du savon."},
		"Urdu":    {"ur", "اپنے | ہاتھ | دھوئیں | .", "اپنے ہاتھ دھوئیں۔"},
		"Chinese": {"zh", "世 | 卫 | 组 | 织 | 宣 | 布 | COVID-19 | 为 | 大 | 流 | 行 | .", "世卫组织宣布 COVID-19 为大流行。"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := Detokenize(c.lang, Spell(c.lang, splitWords(c.words))); got != c.want {
				t.Errorf("Detokenize(Spell(%q)) = %q, want %q", c.words, got, c.want)
			}
		})
	}
}

// splitWords reads a case's words: "a | b" is ["a", "b"], "a |  | b" has
// an empty word between them, "" is no words.
func splitWords(s string) []string {
	if s == "" {
		return nil
	}
	words := strings.Split(s, " | ")
	for i, w := range words {
		words[i] = strings.TrimSpace(w)
	}
	return words
}

func ExampleSpell() {
	words := Spell("fr", []string{"Buvez", "de", "le", "eau", "et", "allez", "à", "le", "centre", "."})
	fmt.Printf("%q\n", words)
	fmt.Println(Detokenize("fr", words))
	// Output:
	// ["Buvez" "de" "l'" "eau" "et" "allez" "au" "" "centre" "."]
	// Buvez de l'eau et allez au centre.
}
