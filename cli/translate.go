package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/internal/textnorm"
	"tafsiri/memory"
	"tafsiri/storage"
	"tafsiri/translate"
	"tafsiri/translate/detect"
)

const translateUsage = `
Usage: tafsiri translate --from LANG --to LANG [--explain] [FILE]

Translates FILE, or standard input, line by line: one output line for every
input line. Languages are BCP 47 tags ("es" finds the es-419 model); --from
auto names the input's language first. With no direct model, the text goes
through English when both halves exist, and a note on stderr says so.
Approved glossary terms are kept in every translation (a draft term is used
when there is no approved one) and forbidden terms never appear. The memory
answers a sentence it holds exactly, or but for the values of its numbers,
dates and times (the sentence's own values are then filled in); a similar
sentence is only a suggestion. --explain prints, under each line, every span
of the output with its origin (memory, memory with values filled, model,
placeholder, unknown, glossary concept and status), its score and the source
it translates, then the memory's suggestions with their match and differences.

The input may be UTF-8 or UTF-16 (as Windows tools and spreadsheets save
"Unicode text"), with or without a byte order mark, from a file or from
standard input alike. Input that is neither (an invalid UTF-8 byte, a NUL
byte) is refused with its line, and nothing is translated.
`

func runTranslate(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("translate", translateUsage)
	from := fs.String("from", "", "source language, or auto")
	to := fs.String("to", "", "target language")
	explain := fs.Bool("explain", false, "print the provenance of every output span")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usagef("give --from and --to")
	}
	if fs.NArg() > 1 {
		return usagef("translate takes at most one FILE")
	}
	lines, err := readLines(m, fs.Arg(0))
	if err != nil {
		return err
	}
	return m.withStoreDefaults(ctx, func(st *storage.Store) error {
		engine := exchange.NewEngine(st)
		if err := exchange.ConfigureEngine(ctx, st, engine); err != nil {
			return err
		}
		if *from == "auto" {
			src, err := detectSource(ctx, st, engine, lines)
			if err != nil {
				return err
			}
			*from = src
			fmt.Fprintf(m.Stderr, "translate: the text looks like %s\n", *from)
		}
		results, err := engine.TranslateLines(ctx, *from, *to, lines)
		if err != nil {
			return err
		}
		if len(results) > 0 && results[0].Via != "" {
			fmt.Fprintf(m.Stderr, "translate: no %s→%s model; going through %s\n", results[0].From, results[0].To, results[0].Via)
		}
		w := bufio.NewWriter(m.Stdout)
		for _, r := range results {
			fmt.Fprintln(w, r.Text)
			if *explain {
				for _, s := range r.Spans {
					origin := string(s.Origin)
					switch s.Origin {
					case translate.FromGlossary:
						origin = fmt.Sprintf("glossary %d (%s)", s.ConceptID, s.TermStatus)
					case translate.FromMemoryValues:
						origin = "tm-values " + valueChanges(s.Values)
					}
					fmt.Fprintf(w, "  %-11s %7.2f  %q ← %q\n", origin, s.Score, s.Text, s.Source)
				}
				for _, s := range r.Suggestions {
					fmt.Fprintf(w, "  suggestion  %d%% %s  %q ← %q (not used: review the differences)\n",
						s.Match, markDiff(s.Diff, ""), s.Text, s.Source)
				}
			}
		}
		return w.Flush()
	})
}

// readLines reads a file, or stdin when name is empty, as lines without
// their line ends: UTF-8 or UTF-16 text, refused with its line otherwise
// (textnorm.NewReader).
func readLines(m *Main, name string) (_ []string, err error) {
	r, shown := m.Stdin, "standard input"
	if name != "" && name != "-" {
		f, oerr := os.Open(name) // not err: the deferred Close must add to the result
		if oerr != nil {
			return nil, fmt.Errorf("open input: %w", oerr)
		}
		defer closer.Close(&err, f, "input")
		r, shown = f, name
	}
	in, err := textnorm.NewReader(r, shown)
	if err != nil {
		return nil, fmt.Errorf("read input: %w", err)
	}
	data, err := io.ReadAll(in)
	var bad *textnorm.InputError
	if errors.As(err, &bad) {
		return nil, err // it says "read NAME:LINE: what"
	}
	if err != nil {
		return nil, fmt.Errorf("read input: %w", err)
	}
	text := strings.TrimSuffix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if text == "" {
		return nil, nil
	}
	return strings.Split(text, "\n"), nil
}

// detectSource names the language of the whole input among the languages
// models translate from, learnt from the text the database holds in each.
func detectSource(ctx context.Context, st *storage.Store, engine *translate.Engine, lines []string) (string, error) {
	infos, err := engine.Models(ctx)
	if err != nil {
		return "", err
	}
	var codes []string
	for _, info := range infos {
		if !slices.Contains(codes, info.Src) {
			codes = append(codes, info.Src)
		}
	}
	d, err := exchange.NewDetector(ctx, st, codes)
	if err != nil {
		return "", err
	}
	r, err := d.Detect(ctx, strings.Join(lines, "\n"))
	if err != nil {
		return "", fmt.Errorf("detect the input language: %w", err)
	}
	if r.Lang == detect.Undetermined {
		return "", fmt.Errorf("detect the input language: nothing to go on; give --from")
	}
	return r.Lang, nil
}

// valueChanges writes the values a memory answer filled in, stored→new.
func valueChanges(changes []memory.ValueChange) string {
	parts := make([]string, len(changes))
	for i, c := range changes {
		parts[i] = c.Stored + "→" + c.Query
	}
	return strings.Join(parts, ", ")
}
