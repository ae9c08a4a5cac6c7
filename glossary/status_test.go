package glossary

import (
	"errors"
	"testing"
)

func TestParseStatus(t *testing.T) {
	cases := map[string]struct {
		in   string
		want Status
		err  error
	}{
		"draft":          {"draft", Draft, nil},
		"approved":       {"approved", Approved, nil},
		"forbidden":      {"forbidden", Forbidden, nil},
		"any case":       {"Approved", Approved, nil},
		"spaces trimmed": {" forbidden\n", Forbidden, nil},
		"empty":          {"", "", ErrStatus},
		"unknown":        {"preferred", "", ErrStatus},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := ParseStatus(c.in)
			if got != c.want || !errors.Is(err, c.err) {
				t.Errorf("ParseStatus(%q) = %q, %v; want %q, %v", c.in, got, err, c.want, c.err)
			}
		})
	}
}

func TestParseStatusError(t *testing.T) {
	_, err := ParseStatus("ok")
	if got, want := err.Error(), `parse status "ok": unknown status`; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}
