package metric

import "testing"

func TestLower(t *testing.T) {
	// Wants are what Python 3's str.lower returns.
	tests := map[string]struct{ in, want string }{
		"ascii":                  {"Wash Hands", "wash hands"},
		"dotted capital I":       {"İstanbul", "i\u0307stanbul"},
		"final sigma":            {"ΟΔΟΣ", "\u03bf\u03b4\u03bf\u03c2"},
		"sigma inside word":      {"ΣΑΣ ΜΑΣ", "\u03c3\u03b1\u03c2 \u03bc\u03b1\u03c2"},
		"lone sigma":             {"Σ", "σ"},
		"sigma before a quote":   {"ΟΔΟΣ'", "\u03bf\u03b4\u03bf\u03c2'"},
		"sigma before a letter":  {"ΑΣΑ", "ασα"},
		"cyrillic":               {"ВОДА", "вода"},
		"uncased script is kept": {"नमस्ते", "नमस्ते"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := lower(tt.in); got != tt.want {
				t.Errorf("lower(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsSpace(t *testing.T) {
	// Python's str.isspace: true for these, false for zero-width space.
	tests := map[string]struct {
		r    rune
		want bool
	}{
		"space":             {' ', true},
		"tab":               {'\t', true},
		"no-break space":    {'\u00a0', true},
		"ideographic space": {'\u3000', true},
		"file separator":    {'\x1c', true},
		"unit separator":    {'\x1f', true},
		"zero width space":  {'\u200b', false},
		"zero width joiner": {'\u200d', false},
		"letter":            {'a', false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := isSpace(tt.r); got != tt.want {
				t.Errorf("isSpace(%U) = %v, want %v", tt.r, got, tt.want)
			}
		})
	}
}
