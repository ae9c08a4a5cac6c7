package memory_test

import (
	"context"
	"reflect"
	"testing"

	"tafsiri/memory"
	"tafsiri/translate/tokenize"
)

func TestSearchMarksHitsThatDifferOnlyInValues(t *testing.T) {
	x := newMemIndex()
	for _, s := range []memory.Segment{
		{Source: "Children under 2 years should not wear a mask.", Target: "Los niños menores de 2 años no deben usar mascarilla."},
		{Source: "Wash your hands with soap and clean water.", Target: "Lávese las manos con agua limpia y jabón."},
		{Source: "The clinic is open from 8:00 to 16:00, Monday to Friday.", Target: "La clínica abre de 8:00 a 16:00, de lunes a viernes."},
	} {
		s.SrcLang, s.TgtLang = "en", "es-419"
		x.add(s)
	}
	cases := map[string]struct {
		query      string
		valuesOnly bool
		values     []memory.ValueChange
	}{
		"a number changed": {"Children under 5 years should not wear a mask.", true,
			[]memory.ValueChange{{Kind: tokenize.Number, Stored: "2", Query: "5"}}},
		"two times changed, below the threshold": {"The clinic is open from 9:30 to 17:00, Monday to Friday.", true,
			[]memory.ValueChange{{Kind: tokenize.Time, Stored: "8:00", Query: "9:30"}, {Kind: tokenize.Time, Stored: "16:00", Query: "17:00"}}},
		"a word changed":                {"Wash your feet with soap and clean water.", false, nil},
		"a number and a word changed":   {"Children under 5 months should not wear a mask.", false, nil},
		"a word in place of a number":   {"Children under five years should not wear a mask.", false, nil},
		"the same sentence, other case": {"children under 2 years should not wear a mask.", true, nil},
		"a number more":                 {"Children under 2 or 3 years should not wear a mask.", false, nil},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			hits, err := memory.Search(context.Background(), x, "en", "es-419", c.query, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got *memory.Hit
			for i := range hits {
				if hits[i].ValuesOnly {
					got = &hits[i]
				}
			}
			if (got != nil) != c.valuesOnly {
				t.Fatalf("hits %+v: a values-only hit = %v, want %v", hits, got != nil, c.valuesOnly)
			}
			if got != nil && !reflect.DeepEqual(got.Values, c.values) {
				t.Errorf("values = %+v, want %+v", got.Values, c.values)
			}
		})
	}
}

func TestFillValuesPutsTheNewValuesOnlyWhereItIsSure(t *testing.T) {
	num := func(stored, query string) memory.ValueChange {
		return memory.ValueChange{Kind: tokenize.Number, Stored: stored, Query: query}
	}
	cases := map[string]struct {
		target  string
		changes []memory.ValueChange
		want    string // "" when refused
	}{
		"one number":                        {"Los niños menores de 2 años.", []memory.ValueChange{num("2", "5")}, "Los niños menores de 5 años."},
		"two values swapped":                {"de 8:00 a 16:00", []memory.ValueChange{num("8:00", "16:00"), num("16:00", "8:00")}, "de 16:00 a 8:00"},
		"next to Chinese":                   {"2岁以下的儿童", []memory.ValueChange{num("2", "5")}, "5岁以下的儿童"},
		"nothing changed":                   {"Lávese las manos.", nil, "Lávese las manos."},
		"written in other digits":           {"٢ أقراص", []memory.ValueChange{num("2", "3")}, ""},
		"missing from the target":           {"Dos comprimidos.", []memory.ValueChange{num("2", "3")}, ""},
		"beside a longer number":            {"12 comprimidos, 2 veces", []memory.ValueChange{num("2", "3")}, "12 comprimidos, 3 veces"},
		"beside a word":                     {"2x al día, 2 comprimidos", []memory.ValueChange{num("2", "3")}, "2x al día, 3 comprimidos"},
		"only inside a word":                {"2x al día", []memory.ValueChange{num("2", "3")}, ""},
		"one inside another, both changed":  {"4 veces en 24 horas", []memory.ValueChange{num("4", "5"), num("24", "25")}, "5 veces en 25 horas"},
		"one in another value":              {"a las 8:00, 8 personas", []memory.ValueChange{num("8", "9")}, ""},
		"overlapping values":                {"a las 8:00", []memory.ValueChange{num("8", "9"), num("8:00", "9:00")}, ""},
		"the same value twice, one changed": {"2 comprimidos 2 veces", []memory.ValueChange{num("2", "3")}, ""},
		"the same value twice, both changed": {"2 comprimidos 2 veces", []memory.ValueChange{num("2", "3"), num("2", "3")},
			"3 comprimidos 3 veces"},
		"one value given two new ones": {"2 comprimidos 2 veces", []memory.ValueChange{num("2", "3"), num("2", "4")}, ""},
		"one value and a longer one":   {"1 o 12", []memory.ValueChange{num("1", "2"), num("12", "13")}, "2 o 13"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got, ok := memory.FillValues(c.target, c.changes)
			if c.want == "" {
				if ok {
					t.Errorf("FillValues(%q) = %q, want it refused", c.target, got)
				}
				return
			}
			if !ok || got != c.want {
				t.Errorf("FillValues(%q) = %q, %v; want %q", c.target, got, ok, c.want)
			}
		})
	}
}
