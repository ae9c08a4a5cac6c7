package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"tafsiri/internal/cldr/pattern"
)

// TestReproducesTables regenerates tables.go from the npm data, when it is
// installed (see the cldr package doc), and compares it byte for byte.
func TestReproducesTables(t *testing.T) {
	dir := defaultData()
	if _, err := os.Stat(filepath.Join(dir, "cldr-dates-full")); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no CLDR data in %s (set CLDR_DATA)", dir)
	}
	got, err := generate(dir, tags)
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	want, err := os.ReadFile(filepath.Join("..", "tables.go"))
	if err != nil {
		t.Fatalf("read tables.go: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("tables.go differs from what the generator writes from %s: run go generate ./internal/cldr/", dir)
	}
}

func TestWidened(t *testing.T) {
	tests := map[string]struct {
		in          string
		widenMonths bool
		want        string
	}{
		"English":                 {"E, MMM d", true, "EEEE, MMMM d"},
		"Russian stand-alone":     {"ccc, d MMM", true, "cccc, d MMMM"},
		"Persian stand-alone":     {"d LLL", true, "d LLLL"},
		"numeric month stays":     {"M月d日E", true, "M月d日EEEE"},
		"Chinese MMM not widened": {"y年MMMd日", false, "y年MMMd日"},
		"quoted text kept":        {"E, d 'de' MMM", true, "EEEE, d 'de' MMMM"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			d := deriver{widenMonths: tc.widenMonths}
			got, err := d.widened(tc.in, "test")
			if err != nil {
				t.Fatalf("widened(%q): %v", tc.in, err)
			}
			if got.Pattern != tc.want {
				t.Errorf("widened(%q) = %q, want %q", tc.in, got.Pattern, tc.want)
			}
		})
	}
}

func TestClockPattern(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"12-hour":          {"h:mm\u202fa", "h:mm"},
		"24-hour":          {"HH:mm", "h:mm"},
		"dot":              {"HH.mm", "h.mm"},
		"period first":     {"a h:mm", "h:mm"},
		"unpadded 24-hour": {"H:mm", "h:mm"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			toks, err := pattern.Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			got, err := clockPattern(toks)
			if err != nil {
				t.Fatalf("clockPattern(%q): %v", tc.in, err)
			}
			if got.Pattern != tc.want {
				t.Errorf("clockPattern(%q) = %q, want %q", tc.in, got.Pattern, tc.want)
			}
		})
	}
}

func TestCheckInterval(t *testing.T) {
	tests := map[string]struct {
		p, skel, diff string
		ok            bool
	}{
		"day range":                   {"d–d 'de' MMMM", "MMMMd", "d", true},
		"month range":                 {"d MMMM – d MMMM y", "yMMMMd", "M", true},
		"month first":                 {"M月d日至d日", "MMMMd", "d", true},
		"month range missing a month": {"d – d MMMM y", "yMMMMd", "M", false},
		"no repeat":                   {"d MMMM", "MMMMd", "d", false},
		"year missing":                {"d–d MMMM", "yMMMMd", "d", false},
		"unwritten field":             {"d–d MMMM G", "MMMMd", "d", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := checkInterval(tc.p, tc.skel, tc.diff)
			if (err == nil) != tc.ok {
				t.Errorf("checkInterval(%q, %s, %s) = %v, want ok %v", tc.p, tc.skel, tc.diff, err, tc.ok)
			}
		})
	}
}
