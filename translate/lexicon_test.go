package translate_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"tafsiri/lexicon"
	"tafsiri/storage"
	"tafsiri/translate"
)

// clinicLexicon translates words clinicEnEs never has, and one it has.
var clinicLexicon = []lexicon.Entry{
	{SrcLang: "en", SrcForms: []string{"ibuprofen"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"ibuprofeno"}, Source: "team"},
	{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"pie", "pies"}, Source: "team"},
	{SrcLang: "en", SrcForms: []string{"fever"}, TgtLang: "es", TgtForms: []string{"fiebre"}, Source: "FreeDict eng-spa"},
	{SrcLang: "en", SrcForms: []string{"water"}, POS: "noun", TgtLang: "es", TgtForms: []string{"aguacero"}, Source: "FreeDict eng-spa"},
}

// countingLexicon counts the lookups of the lexicon it wraps.
type countingLexicon struct {
	translate.Lexicon
	calls atomic.Int64
}

func (c *countingLexicon) LexiconLookup(ctx context.Context, src, tgt string, keys []string) (map[string][]translate.LexEntry, error) {
	c.calls.Add(1)
	return c.Lexicon.LexiconLookup(ctx, src, tgt, keys)
}

// lexiconStore is the clinic model of both directions with clinicLexicon.
func lexiconStore(t *testing.T) *storage.Store {
	t.Helper()
	st := trainedStore(t, &translate.Corpus{Src: "en", Tgt: "es-419", Source: "test", Pairs: clinicEnEs})
	if _, err := st.ImportLexicon(context.Background(), clinicLexicon); err != nil {
		t.Fatal(err)
	}
	lex := &countingLexicon{Lexicon: st}
	engine := translate.NewEngine(st)
	engine.Lexicon = lex
	if _, err := engine.Translate(context.Background(), "en", "es-419", "Drink ibuprofen."); err != nil {
		t.Fatal(err)
	}
	if lex.calls.Load() == 0 {
		t.Fatal("the engine never asks its lexicon")
	}
	return st
}

// translateWithLexicon translates text with st's models and lexicon.
func translateWithLexicon(t *testing.T, st *storage.Store, from, to, text string) *translate.Result {
	t.Helper()
	engine := translate.NewEngine(st)
	engine.Lexicon = st
	got, err := engine.Translate(context.Background(), from, to, text)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// origins maps each span's source to its origin.
func origins(r *translate.Result) map[string]translate.Origin {
	out := map[string]translate.Origin{}
	for _, s := range r.Spans {
		out[s.Source] = s.Origin
	}
	return out
}

func TestAWordTheModelDoesNotKnowComesFromTheDictionary(t *testing.T) {
	st := lexiconStore(t)
	cases := map[string]struct {
		from, to, text, want, word string
	}{
		"an unknown word":               {"en", "es-419", "Drink ibuprofen.", "ibuprofeno", "ibuprofen"},
		"the form of the sentence":      {"en", "es-419", "Wash your feet.", "pies", "feet"},
		"an entry answers backwards":    {"es-419", "en", "Beba ibuprofeno.", "ibuprofen", "ibuprofeno"},
		"an es entry serves es-419":     {"en", "es-419", "Drink water for fever.", "fiebre", "fever"},
		"a known word keeps its phrase": {"en", "es-419", "Drink clean water.", "agua", "water"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got := translateWithLexicon(t, st, c.from, c.to, c.text)
			if !strings.Contains(got.Text, c.want) {
				t.Errorf("Translate(%q) = %q, want %q in it", c.text, got.Text, c.want)
			}
			origin, ok := origins(got)[c.word]
			wantOrigin := translate.FromDictionary
			if c.want == "agua" {
				wantOrigin = translate.FromModel
			}
			if ok && origin != wantOrigin {
				t.Errorf("%q comes from %s, want %s (spans %+v)", c.word, origin, wantOrigin, got.Spans)
			}
		})
	}
}

func TestADictionarySpanIsMarkedInTheOutput(t *testing.T) {
	st := lexiconStore(t)
	got := translateWithLexicon(t, st, "en", "es-419", "Drink ibuprofen at 10:15.")
	var found bool
	for _, s := range got.Spans {
		if s.Origin == translate.FromDictionary {
			found = true
			if s.Source != "ibuprofen" || s.Text != "ibuprofeno" || got.Text[s.Start:s.Start+len(s.Text)] != s.Text {
				t.Errorf("dictionary span %+v in %q, want ibuprofen → ibuprofeno at its offset", s, got.Text)
			}
		}
	}
	if !found {
		t.Errorf("no dictionary span in %+v", got.Spans)
	}
	without, err := translate.NewEngine(st).Translate(context.Background(), "en", "es-419", "Drink ibuprofen at 10:15.")
	if err != nil {
		t.Fatal(err)
	}
	if origins(without)["ibuprofen"] != translate.FromUnknown {
		t.Errorf("without a lexicon ibuprofen is %s, want unknown", origins(without)["ibuprofen"])
	}
}
