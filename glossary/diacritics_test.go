package glossary

import "testing"

func TestStripAccents(t *testing.T) {
	cases := map[string]struct{ in, want string }{
		"ASCII":                {"medico", "medico"},
		"Spanish":              {"médico", "medico"},
		"tilde":                {"niño", "nino"},
		"decomposed":           {"me\u0301dico", "medico"},
		"French":               {"hôpital", "hopital"},
		"Vietnamese stacked":   {"bệnh", "benh"},
		"Greek tonos":          {"εμβόλιο", "εμβολιο"},
		"Russian yo":           {"ёлка", "елка"},
		"Hebrew points":        {"חִסּוּן", "חסון"},
		"Arabic hamza":         {"أعراض", "اعراض"},
		"Arabic madda":         {"آلام", "الام"},
		"Hindi signs kept":     {"खांसी", "खांसी"},
		"Hindi nukta kept":     {"ज़ुकाम", "ज़ुकाम"},
		"Thai marks kept":      {"ไข้", "ไข้"},
		"letters not composed": {"ß", "ß"},
		"lone mark kept":       {"\u0301", "\u0301"},
		"empty":                {"", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := WithoutAccents(c.in); got != c.want {
				t.Errorf("WithoutAccents(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
