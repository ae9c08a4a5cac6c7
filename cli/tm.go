package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/memory"
	"tafsiri/storage"
	"tafsiri/translate"
)

const tmUsage = `
Usage: tafsiri tm import FILE.tmx [--src LANG --tgt LANG]
       tafsiri tm export FILE.tmx [--pair en-es]
       tafsiri tm search --from LANG --to LANG [--threshold 75] TEXT

import adds the segments of a TMX in one transaction and reports what it
added, skipped (file:line, why) and already had: every language of each unit,
paired with the source, so that the memory answers every pair among them;
with --tgt only src→tgt. The source is by default the header's srclang, or,
when that is "*all*" (as tm export writes it), the language every unit has.
A segment longer than 64 KiB is skipped and reported. search prints exact
and fuzzy matches with their percentage, the words that differ marked
[-old-]{+new+}.
`

func runTM(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 {
		return usagef("tm needs import, export or search")
	}
	switch args[0] {
	case "import":
		return runTMImport(ctx, m, args[1:])
	case "export":
		return runTMExport(ctx, m, args[1:])
	case "search":
		return runTMSearch(ctx, m, args[1:])
	case "-h", "--help", "help":
		fmt.Fprint(m.Stdout, strings.TrimLeft(tmUsage, "\n"))
		return nil
	}
	return usagef("tm: unknown action %q (import, export, search)", args[0])
}

func runTMImport(ctx context.Context, m *Main, args []string) (err error) {
	fs := m.flagSet("tm import", tmUsage)
	src := fs.String("src", "", "source language (default: the header's srclang)")
	tgt := fs.String("tgt", "", "target language (default: the file's only other language)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("tm import takes one FILE")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("open memory file: %w", err)
	}
	defer closer.Close(&err, f, "memory file")
	name := filepath.Base(fs.Arg(0))
	source := *src
	if source == "" && strings.EqualFold(filepath.Ext(name), ".tmx") {
		if source, err = tmxSource(m, f, name); err != nil {
			return err
		}
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		rep, err := exchange.ImportMemory(ctx, st, newProgressReader(f, m.Stderr, "import "+name), name, source, *tgt, "import")
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "imported %d %s→%s segments from %s; skipped %d; already there %d\n",
			rep.Added, rep.Src, strings.Join(rep.Tgts, ", "), name, len(rep.Skipped), rep.Duplicates)
		reportSkipped(m, rep.Skipped)
		return nil
	})
}

// tmxSource reads the source language of the TMX f from its header, or
// from its units when the header says "*all*" (translate.TMXSource), and
// rewinds f for the import.
func tmxSource(m *Main, f *os.File, name string) (string, error) {
	src, err := translate.TMXSource(newProgressReader(f, m.Stderr, "scan "+name), name)
	if err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", fmt.Errorf("rewind %s: %w", name, err)
	}
	return src, nil
}

func runTMExport(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("tm export", tmUsage)
	pair := fs.String("pair", "", "only this language pair, as SRC-TGT tags joined by '>' or the first '-' (en-es)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("tm export takes one FILE")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		var src, tgt string
		var err error
		if *pair != "" {
			a, b, ok := strings.Cut(*pair, ">")
			if !ok {
				a, b, ok = strings.Cut(*pair, "-")
			}
			if !ok {
				return usagef("--pair wants SRC-TGT, e.g. en-es")
			}
			if src, err = resolveLang(ctx, st, a); err != nil {
				return err
			}
			if tgt, err = resolveLang(ctx, st, b); err != nil {
				return err
			}
		}
		n, err := exchange.ExportMemory(ctx, st, fs.Arg(0), src, tgt)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "exported %d segments to %s\n", n, fs.Arg(0))
		return nil
	})
}

func runTMSearch(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("tm search", tmUsage)
	from := fs.String("from", "", "source language")
	to := fs.String("to", "", "target language")
	threshold := fs.Int("threshold", memory.DefaultThreshold, "lowest match percentage shown")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *from == "" || *to == "" || fs.NArg() == 0 {
		return usagef("give --from, --to and the TEXT to look up")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		src, err := resolveLang(ctx, st, *from)
		if err != nil {
			return err
		}
		tgt, err := resolveLang(ctx, st, *to)
		if err != nil {
			return err
		}
		query := strings.Join(fs.Args(), " ")
		hits, err := memory.Search(ctx, st, src, tgt, query, *threshold, 0)
		if err != nil {
			return err
		}
		if len(hits) == 0 { // a note, not a result: stdout stays empty
			fmt.Fprintf(m.Stderr, "no %s→%s match at %d%% or more\n", src, tgt, *threshold)
		}
		for _, h := range hits {
			fmt.Fprintf(m.Stdout, "%3d%%  %s\n      %s\n", h.Score, markDiff(h.Diff, h.Segment.Source), h.Segment.Target)
		}
		return nil
	})
}

// markDiff shows a stored source with the words the query lacks as [-word-]
// and the query's own words as {+word+}.
func markDiff(ops []memory.DiffOp, source string) string {
	if len(ops) == 0 {
		return source
	}
	var parts []string
	for _, op := range ops {
		switch op.Kind {
		case memory.Equal:
			parts = append(parts, op.Candidate)
		case memory.Insert:
			parts = append(parts, "{+"+op.Query+"+}")
		case memory.Delete:
			parts = append(parts, "[-"+op.Candidate+"-]")
		case memory.Replace:
			parts = append(parts, "[-"+op.Candidate+"-]{+"+op.Query+"+}")
		}
	}
	return strings.Join(parts, " ")
}
