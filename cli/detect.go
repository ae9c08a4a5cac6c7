package cli

import (
	"context"
	"fmt"

	"tafsiri/exchange"
	"tafsiri/storage"
	"tafsiri/translate/detect"
)

const detectUsage = `
Usage: tafsiri detect [FILE] [--all] [--langs en,fr,...]

Names the language of each line of FILE, or of standard input: prints
TAG<TAB>CONFIDENCE (a BCP 47 tag, confidence 0..1), "und" for a line with
no letters. With --all, the line goes on with "unsure" when the runner-up is
close behind, and then every candidate with its confidence.

The candidates are --langs, else the detect.languages setting, else every
language the database holds text in; each is learnt from that text (memory,
glossary, default phrasebook). The detect.lingua setting (off, low, high)
adds lingua-go's models for the candidates it knows.
`

func runDetect(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("detect", detectUsage)
	all := fs.Bool("all", false, "also print unsure and every candidate with its confidence")
	langs := fs.String("langs", "", "comma-separated candidate languages (default: the settings, else all stored)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("detect takes at most one FILE")
	}
	lines, err := readLines(m, fs.Arg(0))
	if err != nil {
		return err
	}
	return m.withStoreDefaults(ctx, func(st *storage.Store) error {
		tags, err := resolveLangList(ctx, st, *langs)
		if err != nil {
			return err
		}
		d, err := exchange.NewDetector(ctx, st, tags)
		if err != nil {
			return err
		}
		for _, line := range lines {
			r, err := d.Detect(ctx, line)
			if err != nil {
				return fmt.Errorf("detect: %w", err)
			}
			fmt.Fprintf(m.Stdout, "%s\t%.3f", r.Lang, r.Confidence)
			if *all {
				printCandidates(m, r)
			}
			fmt.Fprintln(m.Stdout)
		}
		return nil
	})
}

// printCandidates continues a result line with "unsure" and the ranked candidates.
func printCandidates(m *Main, r detect.Result) {
	if r.Unsure {
		fmt.Fprint(m.Stdout, "\tunsure")
	}
	for _, g := range r.Candidates {
		fmt.Fprintf(m.Stdout, "\t%s %.3f", g.Lang, g.Confidence)
	}
}
