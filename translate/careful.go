package translate

import (
	"slices"

	"tafsiri/translate/decoder"
	"tafsiri/translate/phrases"
)

// carefulLexWeight is the least weight careful translation gives log
// lex(e|f), the lexical weight that says how well the source's words account
// for each word of a phrase's target: a phrase whose output words the source
// does not account for ("la carne antes de comerla" for "before eating")
// loses to one whose words it does. Tuning on TICO-19 gives this feature no
// weight, since chrF rewards longer output.
//
// Measured with 0.2 (tafsiri bench notices and bench quality, with and
// without --careful):
// on the team's notice set, mean chrF 58.9 → 59.1, content invented 4.8 →
// 3.5 %, content left out 3.1 → 3.3 %; on TICO-19 dev en→X (es, ar, sw, bn,
// fr, zh), invented content cut by a third to a half (es 12.1 → 7.9 %, zh
// 18.0 → 7.2 %), content left out 0.1 to 0.7 points more, and chrF 0.1 (zh)
// to 1.7 (fr) lower. Weights 0.05, 0.1 and 0.3 gave notice chrF 59.1, 59.2
// and 58.9 with 4.4, 4.1 and 3.2 % invented. In a blind review of the 714
// notice translations (12 languages) where careful and standard differ,
// 263 careful and 405 standard outputs had a meaning error (words added:
// 186 and 347; reversed: 38 and 46; wrong values: 15 and 19; left out: 57
// and 48), and the reviewers preferred careful 303 times, standard 99. The
// app translates carefully unless set otherwise (exchange.CautionSetting).
const carefulLexWeight = 0.2

// SetCareful makes translations careful: the model prefers phrases whose
// every word the source accounts for (carefulLexWeight), at the price of
// shorter, plainer output. It may change while translations run.
func (e *Engine) SetCareful(on bool) { e.careful.Store(on) }

// Careful reports whether translations are careful (SetCareful).
func (e *Engine) Careful() bool { return e.careful.Load() }

// carefulWeights returns w with lex(e|f) weighed at least carefulLexWeight;
// w itself, shared by every translation of its model, is left as it is.
func carefulWeights(w decoder.Weights) decoder.Weights {
	w.Phrase = slices.Clone(w.Phrase)
	w.Phrase[phrases.LexEF] = max(w.Phrase[phrases.LexEF], carefulLexWeight)
	return w
}
