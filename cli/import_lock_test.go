package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The check of issue 13 case 10: a big import no longer locks others out.
//
//	go test -run 'TestWritersWaitForABigImport' -v ./cli/
//
// prints how long each concurrent `settings set` and `glossary add` took.

// bigImportUnits is how many TSV units TestWritersWaitForABigImport imports:
// the 100,000 of the issue, whose import held the write lock for 33–52 s;
// under the race detector, which makes the import five times slower and
// the check no different, a fifth of them.
func bigImportUnits() int {
	if raceDetector {
		return 20_000
	}
	return 100_000
}

// writeSyntheticTSV writes n distinct en→fr units to a file in dir.
func writeSyntheticTSV(t *testing.T, dir string, n int) string {
	t.Helper()
	words := strings.Fields("wash your hands with soap and water before eating after coughing " +
		"the clinic opens on monday stay at home when you have a fever call the health line")
	path := filepath.Join(dir, "big.tsv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := range n {
		var src []string
		for j := range 6 + i%12 {
			src = append(src, words[(i*7+j*13+j*j)%len(words)])
		}
		fmt.Fprintf(w, "%s number %d.\tphrase %s numéro %d.\n", strings.Join(src, " "), i, strings.Join(src, "-"), i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// syncBuffer is a bytes.Buffer that a command's goroutine writes while
// the test reads it; onWrite, when set, sees each write first.
type syncBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	onWrite func(p []byte)
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	if b.onWrite != nil {
		b.onWrite(p)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// runCtx runs tafsiri with args under ctx, with stderr going to errOut;
// it returns the exit code and stdout. TAFSIRI_DEFAULTS is off.
func runCtx(ctx context.Context, errOut io.Writer, args ...string) (int, string) {
	var stdout syncBuffer
	m := &Main{
		Stdin:  strings.NewReader(""),
		Stdout: &stdout,
		Stderr: errOut,
		Getenv: func(k string) string {
			if k == "TAFSIRI_DEFAULTS" {
				return "off"
			}
			return ""
		},
		Version: "test",
	}
	code := m.Run(ctx, args)
	return code, stdout.String()
}

// timedRun is one command run beside the import.
type timedRun struct {
	took    time.Duration
	code    int
	waited  bool // it printed the waiting note
	message string
}

func TestWritersWaitForABigImport(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 100,000 TSV units")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "tafsiri.db")
	units := bigImportUnits()
	tsv := writeSyntheticTSV(t, dir, units)
	ctx := context.Background()

	start := time.Now()
	var importErr syncBuffer
	type result struct {
		code int
		out  string
	}
	imported := make(chan result, 1)
	go func() {
		code, out := runCtx(ctx, &importErr, "--db", db, "tm", "import", tsv, "--src", "en", "--tgt", "fr")
		imported <- result{code, out}
	}()

	// Write as a user would, one change after another, until the import ends.
	runs := map[string][]timedRun{}
	var imp result
	for n := 0; ; n++ {
		for _, args := range [][]string{
			{"settings", "set", "tm.threshold", fmt.Sprint(50 + n%50)},
			{"glossary", "add", "--src", fmt.Sprintf("en:handwash %d", n), "--tgt", fmt.Sprintf("fr:lavage %d", n)},
		} {
			var errOut syncBuffer
			began := time.Now()
			code, _ := runCtx(ctx, &errOut, append([]string{"--db", db}, args...)...)
			runs[args[0]+" "+args[1]] = append(runs[args[0]+" "+args[1]], timedRun{took: time.Since(began), code: code,
				waited: strings.Contains(errOut.String(), "waiting for another import"), message: errOut.String()})
		}
		select {
		case imp = <-imported:
		case <-time.After(100 * time.Millisecond): // a user's pace, leaving the import the CPU
			continue
		}
		break
	}
	took := time.Since(start)

	if imp.code != ExitOK || !strings.Contains(imp.out, fmt.Sprintf("imported %d en→fr segments", units)) {
		t.Fatalf("import exit %d: %s%s", imp.code, imp.out, importErr.String())
	}
	t.Logf("tm import of %d units: %v", units, took.Round(time.Millisecond))
	for _, name := range []string{"settings set", "glossary add"} {
		rs := runs[name]
		var times []time.Duration
		waited := 0
		for i, r := range rs {
			if r.code != ExitOK {
				t.Errorf("%s #%d during the import: exit %d: %s", name, i+1, r.code, r.message)
			}
			if r.waited {
				waited++
			}
			times = append(times, r.took)
		}
		slices.Sort(times)
		t.Logf("%s: %d runs during the import; median %v, longest %v; %d printed the waiting note",
			name, len(rs), times[len(times)/2].Round(time.Millisecond), times[len(times)-1].Round(time.Millisecond), waited)
	}
	code, out, errOut := run(t, nil, "--db", db, "glossary", "list", "--lang", "en")
	if got, want := strings.Count(out, "handwash"), len(runs["glossary add"]); code != ExitOK || got != want {
		t.Errorf("glossary list: exit %d, %d terms added during the import, want %d: %s", code, got, want, errOut)
	}
}

func TestACancelledBigImportAddsNothingAndLocksNoOneOut(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tafsiri.db")
	tsv := writeSyntheticTSV(t, dir, 20_000)
	defer func(was int64) { progressMinSize = was }(progressMinSize)
	progressMinSize = 1 // report progress on this file as on a 100 MB one
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// At 30% of the file, while the import is under way, change a setting
	// and add a term (before, both failed: "database is locked"); at 50%,
	// cancel the import (Ctrl-C).
	var others []string
	stderr := &syncBuffer{onWrite: func(p []byte) {
		switch {
		case bytes.Contains(p, []byte(": 30%")):
			for _, args := range [][]string{
				{"settings", "set", "tm.threshold", "90"},
				{"glossary", "add", "--src", "en:soap", "--tgt", "fr:savon"},
			} {
				var errOut syncBuffer
				code, _ := runCtx(context.Background(), &errOut, append([]string{"--db", db}, args...)...)
				others = append(others, fmt.Sprintf("%s %s: exit %d %s", args[0], args[1], code, errOut.String()))
			}
		case bytes.Contains(p, []byte(": 50%")):
			cancel()
		}
	}}
	code, out := runCtx(ctx, stderr, "--db", db, "tm", "import", tsv, "--src", "en", "--tgt", "fr")
	if code != ExitFailure || !strings.Contains(stderr.String(), "context canceled") {
		t.Errorf("cancelled import: exit %d, want %d saying context canceled: %s%s", code, ExitFailure, out, stderr)
	}
	want := []string{"settings set: exit 0 ", "glossary add: exit 0 "}
	if !slices.Equal(others, want) {
		t.Errorf("writes during the import = %q, want %q", others, want)
	}
	if _, out, _ := run(t, nil, "--db", db, "doctor"); !regexp.MustCompile(`(?m)^\s+tm_segments\s+0$`).MatchString(out) {
		t.Errorf("doctor after the cancelled import, want no segments:\n%s", out)
	}
	if _, out, _ := run(t, nil, "--db", db, "settings", "get", "tm.threshold"); out != "tm.threshold = 90\n" {
		t.Errorf("settings get = %q, want the value set during the import", out)
	}
}
