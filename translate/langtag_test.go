package translate

import (
	"errors"
	"strings"
	"testing"
)

func TestCanonicalTag(t *testing.T) {
	cases := map[string]string{
		"es-LA": "es-419",
		"es_la": "es-419",
		"pt-BR": "pt-BR",
		"EN":    "en",
		"zh":    "zh",
		"prs":   "prs",
		"ckb":   "ckb",
		"fr_FR": "fr-FR",
	}
	for code, want := range cases {
		t.Run(code, func(t *testing.T) {
			got, err := CanonicalTag(code)
			if err != nil || got != want {
				t.Errorf("CanonicalTag(%q) = %q, %v; want %q", code, got, err, want)
			}
		})
	}
	if _, err := CanonicalTag("not a tag!"); err == nil {
		t.Error("CanonicalTag accepted garbage")
	}
}

func TestMatchTagFindsTheModelThatServesALanguage(t *testing.T) {
	available := []string{"en", "es-419", "pt-BR", "zh", "fa", "prs"}
	cases := map[string]struct {
		want  string
		found bool
	}{
		"es":      {"es-419", true},
		"es-LA":   {"es-419", true},
		"es-MX":   {"es-419", true},
		"pt":      {"pt-BR", true},
		"zh-Hans": {"zh", true},
		"prs":     {"prs", true},
		"fa":      {"fa", true},
		"fr":      {"", false},
		"sw":      {"", false},
	}
	for want, tc := range cases {
		t.Run(want, func(t *testing.T) {
			got, ok := MatchTag(want, available)
			if got != tc.want || ok != tc.found {
				t.Errorf("MatchTag(%q) = %q, %v; want %q, %v", want, got, ok, tc.want, tc.found)
			}
		})
	}
}

func TestCanonicalTagRefusesALongCodeNamingIt(t *testing.T) {
	long := "en-x-" + strings.Repeat("abcdefgh-", 11000) + "a" // well-formed BCP 47, 99 KB
	cases := map[string]struct {
		code    string
		wantErr error
	}{
		"100 KB of private use": {long, ErrLongTag},
		"65 bytes":              {"en-x-" + strings.Repeat("abcdefg-", 7) + "abcd", ErrLongTag},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := CanonicalTag(c.code)
			if !errors.Is(err, c.wantErr) {
				t.Fatalf("CanonicalTag(%d bytes) = %v, want %v", len(c.code), err, c.wantErr)
			}
			if msg := err.Error(); len(msg) > 200 || !strings.Contains(msg, c.code[:20]) {
				t.Errorf("error %q should name the code, briefly", msg)
			}
		})
	}
	at := "en-x-" + strings.Repeat("abcdefg-", 7) + "abc" // 64 bytes
	if got, err := CanonicalTag(at); err != nil || got != at {
		t.Errorf("CanonicalTag(%d bytes) = %q, %v; want it kept", len(at), got, err)
	}
}
