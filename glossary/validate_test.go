package glossary

import (
	"errors"
	"reflect"
	"testing"
)

func TestValidate(t *testing.T) {
	term := func(lang, text string, st Status) Term { return Term{Lang: lang, Text: text, Status: st} }
	cases := map[string]struct {
		terms []Term
		want  []error // the problems, in order
	}{
		"valid": {[]Term{
			term("en", "vaccine", Approved), term("en", "jab", Draft), term("en", "vax", Forbidden),
			term("es-419", "vacuna", Approved), term("zh-Hans", "疫苗", Approved),
		}, nil},
		"no terms":              {nil, []error{ErrNoTerms}},
		"one approved per tag":  {[]Term{term("es", "vacuna", Approved), term("es-419", "vacuna", Approved)}, nil},
		"empty text":            {[]Term{term("en", "", Draft)}, []error{ErrEmptyText}},
		"only spaces":           {[]Term{term("en", " \t ", Draft)}, []error{ErrEmptyText}},
		"missing status":        {[]Term{term("en", "vaccine", "")}, []error{ErrStatus}},
		"unknown status":        {[]Term{term("en", "vaccine", "preferred")}, []error{ErrStatus}},
		"unknown language":      {[]Term{term("xx", "vaccine", Draft)}, []error{ErrLang}},
		"no language":           {[]Term{term("", "vaccine", Draft)}, []error{ErrLang}},
		"undetermined language": {[]Term{term("und", "vaccine", Draft)}, []error{ErrLang}},
		"tag not canonical":     {[]Term{term("es_419", "vacuna", Draft)}, []error{ErrLang}},
		"tag in upper case":     {[]Term{term("EN", "vaccine", Draft)}, []error{ErrLang}},
		"same term twice": {[]Term{term("en", "Vaccine", Draft), term("en", "vaccine", Forbidden)},
			[]error{ErrDuplicate}},
		"two approved": {[]Term{term("es", "vacuna", Approved), term("es", "inmunización", Approved)},
			[]error{ErrConflict}},
		"three approved": {[]Term{term("en", "a", Approved), term("en", "b", Approved), term("en", "c", Approved)},
			[]error{ErrConflict, ErrConflict}},
		"every problem named": {[]Term{term("en", "", Approved), term("fr", "vaccin", "ok"),
			term("es", "vacuna", Approved), term("es", "inmunización", Approved)},
			[]error{ErrEmptyText, ErrStatus, ErrConflict}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := Concept{ID: 7, Terms: c.terms}.Validate()
			if c.want == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			if len(ve.Problems) != len(c.want) {
				t.Fatalf("Validate() = %v, want %d problems", err, len(c.want))
			}
			for k, w := range c.want {
				if !errors.Is(ve.Problems[k], w) {
					t.Errorf("problem %d = %v, want %v", k+1, ve.Problems[k], w)
				}
			}
		})
	}
}

func TestValidateMessages(t *testing.T) {
	cases := map[string]struct {
		terms []Term
		want  string
	}{
		"conflict names both terms": {
			[]Term{{Lang: "es", Text: "vacuna", Status: Approved}, {Lang: "es", Text: "inmunización", Status: Approved}},
			`validate concept 7: es: terms 1 "vacuna" and 2 "inmunización" are both approved: more than one approved term in a language`,
		},
		"duplicate names both terms": {
			[]Term{{Lang: "en", Text: "Hand washing", Status: Draft}, {Lang: "en", Text: "hand  washing", Status: Approved}},
			`validate concept 7: en: terms 1 "Hand washing" and 2 "hand  washing": duplicate term`,
		},
		"problems on one line": {
			[]Term{{Lang: "es_419", Text: "vacuna", Status: Approved}, {Lang: "en", Status: Draft}},
			`validate concept 7: term 1: "vacuna": language "es_419": bad language tag: write "es-419"; term 2: empty text`,
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := Concept{ID: 7, Terms: c.terms}.Validate()
			if err == nil {
				t.Fatal("Validate() = nil, want an error")
			}
			if got := err.Error(); got != c.want {
				t.Errorf("Validate() = %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestConceptApproved(t *testing.T) {
	c := Concept{ID: 3, Terms: []Term{
		{ID: 10, Lang: "es", Text: "inmunización", Status: Draft},
		{ID: 11, Lang: "es", Text: "vacuna", Status: Approved},
		{ID: 12, Lang: "en", Text: "jab", Status: Forbidden},
	}}
	cases := map[string]struct {
		lang   string
		want   string
		wantOK bool
	}{
		"approved term":       {"es", "vacuna", true},
		"only forbidden":      {"en", "", false},
		"language not in use": {"fr", "", false},
	}
	for name, c2 := range cases {
		t.Run(name, func(t *testing.T) {
			got, ok := c.Approved(c2.lang)
			if got.Text != c2.want || ok != c2.wantOK {
				t.Errorf("Approved(%q) = %q, %v; want %q, %v", c2.lang, got.Text, ok, c2.want, c2.wantOK)
			}
		})
	}
}

func TestConceptEntries(t *testing.T) {
	c := Concept{ID: 3, Terms: []Term{
		{ID: 10, Lang: "es", Text: "inmunización", Status: Draft},
		{ID: 12, Lang: "en", Text: "jab", Status: Forbidden},
		{ID: 11, Lang: "es", Text: "vacuna", Status: Approved},
	}}
	got := c.Entries("es")
	want := []Entry{{3, 10, "inmunización", Draft}, {3, 11, "vacuna", Approved}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entries(es) = %v, want %v", got, want)
	}
}
