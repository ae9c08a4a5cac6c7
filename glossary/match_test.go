package glossary

import (
	"reflect"
	"sync"
	"testing"
)

type matchCase struct {
	lang  string
	terms []string
	opt   Options
	text  string
	want  []string // "surface=term" per match, in order
}

// checkMatches runs table cases through NewMatcher and Match.
func checkMatches(t *testing.T, cases map[string]matchCase) {
	t.Helper()
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			ms := NewMatcher(c.lang, entries(c.terms...), c.opt).Match(c.text)
			checkOrder(t, ms)
			if got := show(t, c.text, ms); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Match(%q) with %q\n got %q\nwant %q", c.text, c.terms, got, c.want)
			}
		})
	}
}

func TestMatchBoundaries(t *testing.T) {
	checkMatches(t, map[string]matchCase{
		"whole tokens only":   {"en", []string{"flu"}, Options{}, "Influenza is not the flu.", []string{"flu=flu"}},
		"not inside a word":   {"en", []string{"flu"}, Options{}, "Influenza and fluids", nil},
		"case is folded":      {"en", []string{"covid-19"}, Options{}, "COVID-19 cases rose", []string{"COVID-19=covid-19"}},
		"term in upper case":  {"en", []string{"WHO"}, Options{}, "Ask who you trust.", []string{"who=WHO"}},
		"English clitic":      {"en", []string{"WHO"}, Options{}, "WHO's advice", []string{"WHO=WHO"}},
		"hyphenated compound": {"en", []string{"hand-sanitizer"}, Options{}, "Use hand-sanitizer often", []string{"hand-sanitizer=hand-sanitizer"}},
		"hyphen is a token":   {"en", []string{"hand-sanitizer"}, Options{}, "Use hand sanitizer often", nil},
		"numbers by text":     {"en", []string{"1918 flu"}, Options{}, "The 2009 flu and the 1918 flu.", []string{"1918 flu=1918 flu"}},
		"spacing normalized":  {"en", []string{"social distancing"}, Options{}, "  keep\tsocial \u00a0distancing ", []string{"social distancing=social distancing"}},
		"Turkish dotted I":    {"tr", []string{"İlaç"}, Options{}, "ilaç alın", []string{"ilaç=İlaç"}},
		"empty text":          {"en", []string{"flu"}, Options{}, "", nil},
		"empty term ignored":  {"en", []string{"", " "}, Options{}, "flu", nil},
		"no terms":            {"en", nil, Options{}, "flu", nil},
	})
}

func TestMatchLongestFirst(t *testing.T) {
	checkMatches(t, map[string]matchCase{
		"multi-word term": {"en", []string{"social distancing"}, Options{},
			"Keep social distancing, not social media.", []string{"social distancing=social distancing"}},
		"longest wins": {"en", []string{"intensive care", "intensive care unit", "care unit", "care"}, Options{},
			"She is in the intensive care unit today.", []string{"intensive care unit=intensive care unit"}},
		"shorter when the longer stops": {"en", []string{"intensive care unit", "intensive care"}, Options{},
			"intensive care is free", []string{"intensive care=intensive care"}},
		"no term at a longer prefix": {"en", []string{"intensive care unit", "care"}, Options{},
			"intensive care is free", []string{"care=care"}},
		"leftmost wins over longer": {"en", []string{"distancing measures apply", "social distancing"}, Options{},
			"social distancing measures apply", []string{"social distancing=social distancing"}},
		"overlapping candidates": {"en", []string{"a b", "b c", "c d"}, Options{},
			"a b c d", []string{"a b=a b", "c d=c d"}},
		"every occurrence": {"en", []string{"mask"}, Options{},
			"Mask on, mask off, MASK.", []string{"Mask=mask", "mask=mask", "MASK=mask"}},
	})
}

func TestMatchStems(t *testing.T) {
	stem := Options{Stem: true}
	checkMatches(t, map[string]matchCase{
		"English plural":          {"en", []string{"vaccine"}, stem, "Vaccines save lives.", []string{"Vaccines=vaccine"}},
		"English plural exact":    {"en", []string{"vaccine"}, Options{}, "Vaccines save lives.", nil},
		"English multi-word":      {"en", []string{"wash your hands"}, stem, "Keep washing your hands!", []string{"washing your hands=wash your hands"}},
		"English stop words kept": {"en", []string{"them"}, stem, "the vaccine", nil},
		"Spanish reflexive verb": {"es", []string{"lavarse las manos"}, stem,
			"Hay que lavar las manos.", []string{"lavar las manos=lavarse las manos"}},
		"Spanish plural":        {"es-419", []string{"vacuna"}, stem, "Las vacunas salvan vidas.", []string{"vacunas=vacuna"}},
		"Spanish exact":         {"es-419", []string{"vacuna"}, Options{}, "Las vacunas salvan vidas.", nil},
		"French plural":         {"fr", []string{"masque"}, stem, "Portez des masques.", []string{"masques=masque"}},
		"Russian case ending":   {"ru", []string{"вакцина"}, stem, "Нет вакцины.", []string{"вакцины=вакцина"}},
		"acronym kept whole":    {"en", []string{"AIDS"}, stem, "a first aid kit", nil},
		"acronym in any case":   {"en", []string{"AIDS"}, stem, "AIDS, aids", []string{"AIDS=AIDS", "aids=AIDS"}},
		"acronym in a term":     {"en", []string{"aid worker", "AIDS patient"}, stem, "AIDS patients", []string{"AIDS patients=AIDS patient"}},
		"headline in capitals":  {"en", []string{"wash your hands"}, stem, "WASH YOUR HANDS", []string{"WASH YOUR HANDS=wash your hands"}},
		"term in capitals":      {"en", []string{"WASH YOUR HANDS"}, stem, "washing your hands", []string{"washing your hands=WASH YOUR HANDS"}},
		"no stemmer is exact":   {"de", []string{"Impfstoff"}, stem, "Impfstoffe helfen", nil},
		"placeholders kept":     {"en", []string{"1918 pandemic"}, stem, "the 1918 pandemics", []string{"1918 pandemics=1918 pandemic"}},
		"other numbers differ":  {"en", []string{"1918 pandemic"}, stem, "the 2009 pandemics", nil},
		"stem keeps boundaries": {"en", []string{"flu"}, stem, "influenza", nil},
		"same text before same stem": {"en", []string{"infectivity", "infected", "infection", "infections"}, stem,
			"respiratory infections", []string{"infections=infections", "infections=infection", "infections=infectivity",
				"infections=infected"}},
	})
}

func TestMatchDiacritics(t *testing.T) {
	plain, loose := Options{}, Options{IgnoreDiacritics: true}
	both := Options{Stem: true, IgnoreDiacritics: true}
	checkMatches(t, map[string]matchCase{
		"accent required":       {"es", []string{"médico"}, plain, "Llame al medico.", nil},
		"accent ignored":        {"es", []string{"médico"}, loose, "Llame al medico.", []string{"medico=médico"}},
		"accent in text":        {"es", []string{"medico"}, loose, "Llame al médico.", []string{"médico=medico"}},
		"decomposed accent":     {"es", []string{"médico"}, plain, "Llame al me\u0301dico.", []string{"médico=médico"}},
		"with stems":            {"es", []string{"médico"}, both, "Dos medicos", []string{"medicos=médico"}},
		"stems see the accents": {"es", []string{"vacunación"}, both, "Vacunaciones y vacunacion", []string{"Vacunaciones=vacunación"}},
		"Greek tonos":           {"el", []string{"εμβόλιο"}, loose, "ΕΜΒΟΛΙΟ τώρα", []string{"ΕΜΒΟΛΙΟ=εμβόλιο"}},
		"Arabic harakat always": {"ar", []string{"مَرَض"}, plain, "هذا مرض خطير", []string{"مرض=مَرَض"}},
		"Arabic hamza kept":     {"ar", []string{"أعراض"}, plain, "اعراض المرض", nil},
		"Arabic hamza ignored":  {"ar", []string{"أعراض"}, loose, "اعراض المرض", []string{"اعراض=أعراض"}},
		"Arabic proclitic":      {"ar", []string{"أعراض"}, loose, "والأعراض", nil},
		"Hindi virama":          {"hi", []string{"स्वास्थ्य"}, plain, "स्वास्थ्य मंत्रालय", []string{"स्वास्थ्य=स्वास्थ्य"}},
		"Hindi nukta composed": {"hi", []string{"\u095Bुकाम"}, plain, "मुझे ज\u093Cुकाम है",
			[]string{"ज\u093Cुकाम=\u095Bुकाम"}},
		"Hindi signs are letters": {"hi", []string{"खांसी"}, loose, "खासी", nil},
		"Hindi not inside word":   {"hi", []string{"खांसी"}, plain, "खांसीयाँ", nil},
	})
}

func TestMatchChinese(t *testing.T) {
	checkMatches(t, map[string]matchCase{
		"longest of characters": {"zh", []string{"洗手", "手"}, Options{}, "请勤洗手。", []string{"洗手=洗手"}},
		"one character":         {"zh", []string{"手"}, Options{}, "请勤洗手。", []string{"手=手"}},
		"term with Latin":       {"zh", []string{"新冠病毒"}, Options{}, "预防新冠病毒感染", []string{"新冠病毒=新冠病毒"}},
		"Japanese kana run":     {"ja", []string{"マスク"}, Options{}, "マスク、手洗い", []string{"マスク=マスク"}},
		"kana runs are tokens":  {"ja", []string{"マスク"}, Options{}, "マスクをつけて", nil},
	})
}

func TestMatchSpans(t *testing.T) {
	m := NewMatcher("en", entries("hand-sanitizer", "COVID-19"), Options{})
	got := m.Match("Use  hand-sanitizer against COVID-19.")
	want := []Match{
		{Start: 1, End: 4, ByteStart: 4, ByteEnd: 18, Term: Entry{1, 1, "hand-sanitizer", Approved}},
		{Start: 5, End: 6, ByteStart: 27, ByteEnd: 35, Term: Entry{2, 2, "COVID-19", Approved}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Match\n got %+v\nwant %+v", got, want)
	}
}

func TestMatchHomographs(t *testing.T) {
	terms := []Entry{
		{ConceptID: 1, TermID: 10, Text: "cold", Status: Approved},    // the illness
		{ConceptID: 2, TermID: 20, Text: "Cold", Status: Draft},       // the temperature
		{ConceptID: 1, TermID: 10, Text: "cold", Status: Approved},    // given twice
		{ConceptID: 3, TermID: 30, Text: "cold chain", Status: Draft}, // longer
	}
	m := NewMatcher("en", terms, Options{})
	if got, want := m.Len(), 3; got != want {
		t.Errorf("Len() = %d, want %d", got, want)
	}
	var got [][3]int64
	for _, x := range m.Match("A cold day, a cold chain.") {
		got = append(got, [3]int64{int64(x.Start), int64(x.End), x.Term.TermID})
	}
	want := [][3]int64{{1, 2, 10}, {1, 2, 20}, {5, 7, 30}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matches (start, end, term) = %v, want %v", got, want)
	}
}

func TestNilMatcher(t *testing.T) {
	var m *Matcher
	if got := m.Match("flu"); got != nil {
		t.Errorf("nil Matcher: Match = %v, want nil", got)
	}
	if got := m.Len(); got != 0 {
		t.Errorf("nil Matcher: Len = %d, want 0", got)
	}
}

func TestMatcherConcurrently(t *testing.T) {
	m := NewMatcher("es", entries("vacuna", "lavarse las manos", "médico"), Options{Stem: true, IgnoreDiacritics: true})
	text := "Lavar las manos antes de las vacunas, dice el medico."
	want := show(t, text, m.Match(text))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := show(t, text, m.Match(text)); !reflect.DeepEqual(got, want) {
					t.Errorf("concurrent Match = %q, want %q", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	if len(want) != 3 {
		t.Errorf("Match = %q, want 3 matches", want)
	}
}
