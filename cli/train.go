package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/storage"
	"tafsiri/translate"
)

const trainUsage = `
Usage: tafsiri train FILE [--src LANG] [--tgt LANG] [--force]
       tafsiri train --src-file FILE --tgt-file FILE --src LANG --tgt LANG

Trains the phrase models of both directions from a translation memory (TMX),
a two-column tab-separated file (.tsv) or line-aligned parallel text, and
makes them serve at once. Languages are BCP 47 tags; in a TMX they are
matched to the file's own codes ("es" finds "es-LA").

Both directions are saved together: until both serve, the older models of
the same languages keep serving, also when training is interrupted (Ctrl-C,
kill -9, a full disk). A file that would likely make them worse is refused
before training, with exit 1 and nothing changed: one of which more sentence
pairs were skipped than used (a CSV or another format saved as .tsv), or one
that gives less than half the pairs (glossary terms included) that a model
serving now was trained on. --force trains from it anyway.

train installs no defaults; translate and detect do later ('tafsiri help
defaults'), and never replace the models trained here.
`

func runTrain(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("train", trainUsage)
	src := fs.String("src", "", "source language (for a TMX, default: the header's srclang)")
	tgt := fs.String("tgt", "", "target language (for a TMX, default: its only other language)")
	srcFile := fs.String("src-file", "", "parallel text: the source side, one sentence per line")
	tgtFile := fs.String("tgt-file", "", "parallel text: the target side, line-aligned with --src-file")
	order := fs.Int("lm-order", 4, "order of the n-gram language models (3 to 5)")
	force := fs.Bool("force", false, "train and replace the serving models from a file that train refuses (see above)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if (*srcFile == "") != (*tgtFile == "") {
		return usagef("give both --src-file and --tgt-file")
	}
	if (*srcFile != "") == (fs.NArg() == 1) || fs.NArg() > 1 {
		return usagef("give one FILE, or --src-file and --tgt-file")
	}
	if *order < 3 || *order > 5 {
		return usagef("--lm-order must be 3, 4 or 5")
	}
	start := time.Now()
	corpus, err := readCorpus(m, fs.Arg(0), *srcFile, *tgtFile, *src, *tgt)
	if err != nil {
		return err
	}
	reportSkipped(m, corpus.Skipped)
	return m.withStore(ctx, func(st *storage.Store) error {
		res, err := exchange.Train(ctx, st, corpus, exchange.TrainOptions{LMOrder: *order, Force: *force,
			Progress: func(stage string) { fmt.Fprintf(m.Stderr, "train: %s…\n", stage) }})
		var refusal *exchange.Refusal
		if errors.As(err, &refusal) {
			return fmt.Errorf("%w (check the file, or add --force to train and replace the models anyway)", err)
		}
		if err != nil {
			return err
		}
		printTrained(m, corpus, res, time.Since(start))
		return nil
	})
}

// printTrained says on stdout what training made and how long each stage took.
func printTrained(m *Main, corpus *translate.Corpus, res *exchange.TrainResult, took time.Duration) {
	fwd, rev, r := res.Fwd, res.Rev, res.Fwd.Report
	fmt.Fprintf(m.Stdout, "trained %s→%s and %s→%s from %s\n", fwd.Info.Src, fwd.Info.Tgt, rev.Info.Src, rev.Info.Tgt, corpus.Source)
	fmt.Fprintf(m.Stdout, "  sentence pairs: %d used (%d of them glossary terms), %d too long, %d skipped\n",
		r.Pairs, r.Terms, r.TooLong, len(corpus.Skipped))
	fmt.Fprintf(m.Stdout, "  phrase pairs:   %d %s→%s, %d %s→%s\n", fwd.Table.Len(), fwd.Info.Src, fwd.Info.Tgt,
		rev.Table.Len(), rev.Info.Src, rev.Info.Tgt)
	fmt.Fprintf(m.Stdout, "  time:           %.1fs (tokenize %.1fs, align %.1fs, phrases %.1fs, language models %.1fs, save %.1fs)\n",
		took.Seconds(), r.Tokenize.Seconds(), r.Align.Seconds(), r.Extract.Seconds(), r.LM.Seconds(),
		(took - r.Total).Seconds())
}

// readCorpus reads training pairs from a TMX or TSV file, or from two parallel files.
func readCorpus(m *Main, file, srcFile, tgtFile, src, tgt string) (_ *translate.Corpus, err error) {
	if srcFile != "" {
		return readParallel(srcFile, tgtFile, src, tgt)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("open training file: %w", err)
	}
	defer closer.Close(&err, f, "training file")
	r := newProgressReader(f, m.Stderr, "read "+filepath.Base(file))
	name := filepath.Base(file)
	switch strings.ToLower(filepath.Ext(file)) {
	case ".tsv", ".tab", ".txt":
		return translate.ReadTSV(r, name, src, tgt)
	default:
		return translate.ReadTMX(r, name, src, tgt)
	}
}

// readParallel reads training pairs from two line-aligned files.
func readParallel(srcFile, tgtFile, src, tgt string) (_ *translate.Corpus, err error) {
	a, err := os.Open(srcFile)
	if err != nil {
		return nil, fmt.Errorf("open source text: %w", err)
	}
	defer closer.Close(&err, a, "source text")
	b, err := os.Open(tgtFile)
	if err != nil {
		return nil, fmt.Errorf("open target text: %w", err)
	}
	defer closer.Close(&err, b, "target text")
	return translate.ReadParallel(a, b, filepath.Base(srcFile), filepath.Base(tgtFile), src, tgt)
}

// reportSkipped tells on stderr which units were left out, the first few in full.
func reportSkipped(m *Main, skipped []translate.Skip) {
	lines := make([]string, len(skipped))
	for i, s := range skipped {
		lines[i] = s.Where + ": " + s.Reason
	}
	printList(m, "skipped", lines)
}
