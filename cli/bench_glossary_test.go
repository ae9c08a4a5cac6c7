package cli

import (
	"path/filepath"
	"regexp"
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
