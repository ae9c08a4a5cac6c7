package termcsv

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestReadOmegaT(t *testing.T) {
	entries, skipped, err := ReadOmegaT(bytes.NewReader(fixture(t, "omegat", "input.txt")), "omegat.txt", "en", "sw")
	if err != nil {
		t.Fatal(err)
	}
	wantEntries := []Entry{
		{Terms: []Term{term("en", "vaccine", 2), term("sw", "chanjo", 2)}},
		{Note: "symptom, not a disease", Terms: []Term{term("en", "fever", 3), term("sw", "homa", 3)}},
		{Terms: []Term{term("en", "cough", 9), term("sw", "kikohozi", 9)}},
		{Terms: []Term{term("en", `"quoted"`, 10), term("sw", `"kept"`, 10)}},
	}
	wantSkipped := []Skip{
		{Line: 6, Reason: "line has 1 fields, want 2 or 3 (source, target, comment)"},
		{Line: 7, Reason: "line has 4 fields, want 2 or 3 (source, target, comment)"},
		{Line: 8, Reason: "line has no term"},
	}
	if !reflect.DeepEqual(entries, wantEntries) {
		t.Errorf("entries:\ngot  %+v\nwant %+v", entries, wantEntries)
	}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("skipped:\ngot  %+v\nwant %+v", skipped, wantSkipped)
	}
}

func TestReadOmegaTNeedsLanguages(t *testing.T) {
	if _, _, err := ReadOmegaT(strings.NewReader("a\tb\n"), "g.txt", "en", ""); err == nil {
		t.Error("got no error without a target language")
	}
}

func TestWriteOmegaT(t *testing.T) {
	entries := []Entry{
		{Note: "Shown on\nposters.", Terms: []Term{
			{Lang: "EN", Text: "mask"}, {Lang: "en", Text: "face\tcovering"}, {Lang: "sw", Text: "barakoa"}, {Lang: "fr", Text: "masque"},
		}},
		{Terms: []Term{{Lang: "en", Text: "#stayhome"}, {Lang: "sw", Text: "kaa nyumbani", Note: "slogan"}}},
		{Terms: []Term{{Lang: "en", Text: "no Swahili"}}},
	}
	var buf bytes.Buffer
	if err := WriteOmegaT(&buf, "en", "sw", entries); err != nil {
		t.Fatal(err)
	}
	want := "mask\tbarakoa\tShown on posters.\n" +
		"face covering\tbarakoa\tShown on posters.\n" +
		" #stayhome\tkaa nyumbani\tslogan\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
	back, skipped, err := ReadOmegaT(&buf, "written.txt", "en", "sw")
	if err != nil || len(skipped) != 0 {
		t.Fatalf("read back: %v, skipped %+v", err, skipped)
	}
	if got, want := back[2].Terms[0].Text, "#stayhome"; got != want {
		t.Errorf("read back %q, want %q", got, want)
	}
}

func TestWriteOmegaTNeedsLanguages(t *testing.T) {
	if err := WriteOmegaT(&bytes.Buffer{}, "", "sw", nil); err == nil {
		t.Error("got no error without a source language")
	}
}
