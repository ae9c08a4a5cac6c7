package cli

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The fixture's dev sentences use three approved terms four times; "mask"
// is in no training sentence, so the model alone says "barakoa" only when
// training added the glossary's terms, as exchange.Train does.
func TestBenchGlossaryCountsApprovedTermsInTheOutput(t *testing.T) {
	code, out, errOut := run(t, nil, "bench", "glossary", "--data", filepath.Join("testdata", "bench", "glossary"))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := regexp.MustCompile(`(?m)^\| en-sw \| 3 \| 6 \| 0 \| 3 \| 4 \| 100\.0% \(4\) \| 100\.0% \(4\) \| \d+s \|$`)
	if !want.MatchString(out) {
		t.Errorf("report lacks a row matching %s:\n%s", want, out)
	}
}

// With --with-defaults each scratch database gets the defaults before the
// pair is trained, so it is as large as an installed one and the report
// says so.
func TestBenchQualityWithTheDefaultsInstallsThemFirst(t *testing.T) {
	data := filepath.Join("testdata", "bench", "glossary")
	code, out, errOut := run(t, nil, "bench", "quality", "--data", data, "--with-defaults")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "With the defaults (version ") {
		t.Errorf("report does not say the defaults were used:\n%s", out)
	}
	row := regexp.MustCompile(`(?m)^\| en-sw \|.*\| ([0-9.]+) \|$`).FindStringSubmatch(out)
	if row == nil {
		t.Fatalf("no en-sw row:\n%s", out)
	}
	if mb, err := strconv.ParseFloat(row[1], 64); err != nil || mb < 50 {
		t.Errorf("scratch database %s MB, want the defaults' size (over 50 MB):\n%s", row[1], out)
	}
}
