package translate

import (
	"testing"

	"tafsiri/translate/phrases"
)

// Careful translation weighs lex(e|f) at least carefulLexWeight, keeps a
// model's higher weight, and never changes the weights the model holds,
// which every translation of the model shares.
func TestCarefulWeightsRaiseLexEFAndLeaveTheModelsWeightsAlone(t *testing.T) {
	for name, c := range map[string]struct{ stored, want float64 }{
		"untuned, no weight": {0, carefulLexWeight},
		"tuned higher":       {0.5, 0.5},
	} {
		t.Run(name, func(t *testing.T) {
			w := DefaultWeights()
			w.Phrase[phrases.LexEF] = c.stored
			dw, _ := w.decoder()
			careful := carefulWeights(dw)
			if got := careful.Phrase[phrases.LexEF]; got != c.want {
				t.Errorf("careful lex(e|f) weight = %v, want %v", got, c.want)
			}
			if got := dw.Phrase[phrases.LexEF]; got != c.stored {
				t.Errorf("the model's own weight became %v, want it left at %v", got, c.stored)
			}
		})
	}
}
