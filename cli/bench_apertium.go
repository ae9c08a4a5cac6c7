package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"tafsiri/internal/closer"
	"tafsiri/translate/metric"
)

// benchRuns is how many times each whole process is timed; the median is reported.
const benchRuns = 3

// benchApertium scores and times Apertium's en→es beside Tafsiri's on the same dev file.
func benchApertium(ctx context.Context, m *Main, w io.Writer, r *pairResult) error {
	dev, err := readTMXFile(r.devSrc, "en", r.code)
	if err != nil {
		return err
	}
	srcs := make([]string, len(dev.Pairs))
	refs := make([]string, len(dev.Pairs))
	for i, p := range dev.Pairs {
		srcs[i], refs[i] = p.Src, p.Tgt
	}
	input := filepath.Join(filepath.Dir(r.dbPath), "dev.en")
	if err := os.WriteFile(input, []byte(strings.Join(srcs, "\n")+"\n"), 0o644); err != nil {
		return fmt.Errorf("write dev source: %w", err)
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find own binary: %w", err)
	}
	systems := []struct {
		name string
		argv []string
	}{
		{"Tafsiri (this build)", []string{self, "--db", r.dbPath, "translate", "--from", "en", "--to", "es"}},
		{"Apertium eng-spa", []string{"apertium", "-u", "eng-spa"}},
	}
	fmt.Fprintf(w, "\nen→es on %s (%d sentences), each system timed as a whole process, median of %d runs, side by side:\n\n",
		filepath.Base(r.devSrc), len(srcs), benchRuns)
	fmt.Fprintf(w, "| system | chrF | BLEU | seconds | sentences/s |\n|---|---|---|---|---|\n")
	var rates []float64
	for _, sys := range systems {
		if _, err := exec.LookPath(sys.argv[0]); err != nil {
			fmt.Fprintf(w, "| %s | not installed | | | |\n", sys.name)
			continue
		}
		hyps, secs, _, err := timeProcess(ctx, sys.argv, input, len(srcs))
		if err != nil {
			return fmt.Errorf("run %s: %w", sys.name, err)
		}
		chrf, err := metric.ChrF(hyps, refs)
		if err != nil {
			return err
		}
		bleu, err := metric.BLEU(hyps, refs, metric.BLEUOptions{})
		if err != nil {
			return err
		}
		rates = append(rates, float64(len(srcs))/secs)
		fmt.Fprintf(w, "| %s | %.1f | %.1f | %.2f | %.0f |\n", sys.name, chrf, bleu, secs, rates[len(rates)-1])
	}
	if len(rates) == 2 {
		fmt.Fprintf(w, "\nSpeed ratio Tafsiri / Apertium: %.2f× (sentences per second, model loading included).\n", rates[0]/rates[1])
	}
	return benchTrainProcess(ctx, w, self, r)
}

// benchTrainProcess times training the pair as one whole process and reports its peak memory.
func benchTrainProcess(ctx context.Context, w io.Writer, self string, r *pairResult) error {
	train := filepath.Join(filepath.Dir(filepath.Dir(r.devSrc)), "train", "en-"+r.code+".tmx")
	db := filepath.Join(filepath.Dir(r.dbPath), "train-process.db")
	_, secs, rssKB, err := timeProcess(ctx, []string{self, "--db", db, "train", train}, "", -1)
	if err != nil {
		return fmt.Errorf("time training: %w", err)
	}
	fmt.Fprintf(w, "Training en-%s (both directions, saved) as one process: %.1f s, peak resident memory %d MB.\n",
		r.code, secs, rssKB/1024)
	return nil
}

// timeProcess runs argv benchRuns times, reading the file stdin when given,
// and returns the output lines of the last run, the median wall time and the
// largest peak resident set (KB). With wantLines >= 0 the output must have
// that many lines.
func timeProcess(ctx context.Context, argv []string, stdin string, wantLines int) ([]string, float64, int64, error) {
	var times []float64
	var lines []string
	var rss int64
	for range benchRuns {
		out, secs, runRSS, err := runTimed(ctx, argv, stdin)
		if err != nil {
			return nil, 0, 0, err
		}
		times = append(times, secs)
		rss = max(rss, runRSS)
		lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if wantLines >= 0 && len(lines) != wantLines {
			return nil, 0, 0, fmt.Errorf("%d output lines for %d input lines", len(lines), wantLines)
		}
	}
	slices.Sort(times)
	return lines, times[len(times)/2], rss, nil
}

// runTimed runs argv once, reading the file stdin when given, and returns its
// output, its wall time in seconds and its peak resident set (KB).
func runTimed(ctx context.Context, argv []string, stdin string) (_ string, _ float64, rssKB int64, err error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if stdin != "" {
		f, oerr := os.Open(stdin) // not err: the deferred Close must add to the result
		if oerr != nil {
			return "", 0, 0, oerr
		}
		defer closer.Close(&err, f, "input")
		cmd.Stdin = f
	}
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return "", 0, 0, fmt.Errorf("%w: %s", err, strings.TrimSpace(lastLine(stderr.String())))
	}
	secs := time.Since(start).Seconds()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rssKB = ru.Maxrss
	}
	return stdout.String(), secs, rssKB, nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}
