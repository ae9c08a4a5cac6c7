package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tafsiri/defaults"
	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/storage"
	"tafsiri/translate"
)

const benchUsage = `
Usage: tafsiri bench quality --data DIR [--pairs es-LA,fr,...] [--with-defaults] [--caution standard] [--out FILE]
       tafsiri bench glossary --data DIR [--pairs es-LA,fr,...] [--out FILE]
       tafsiri bench notices --data DIR [--caution standard] [--out FILE]

Trains every en–X pair of a TICO-19-style folder (DIR/train/en-X.tmx) in a
scratch database, scores both directions on DIR/dev/en-X.tmx with chrF and
BLEU, and prints a table with training time, model size and the word-by-word
floor each pair must clear. With Apertium installed (apertium-eng-spa), its
en→es output on the same dev file is scored in the same run, and both are
timed as whole processes translating that file. --with-defaults installs the
team's defaults into each scratch database first and translates as users
do: the pair trained on the file and the defaults' lexicon and glossary
terms, with the phrasebook's memory, the glossary and the lexicon in use
(without it: the phrase model alone, trained on the file alone).

bench glossary imports each pair's terminologies (DIR/terminologies) with
every term approved, trains the pair with them, translates the en→X dev
sentences that contain an approved English term, and reports the share of
those terms whose approved translation is in the output, with the glossary
enforced and with the phrase model alone.

bench notices translates the team's notice test set (DIR/en.txt and a
line-aligned DIR/<tag>.txt per default language, testdata/notices) with the
default data only, and reports per language the chrF against the team's
references, the share of English words left, the English month and
weekday names left, the invented content (content words of the output
aligned to no source word, by alignments learnt on the phrasebook) and the
content left out (content words of the source aligned to no output word);
the references' own rates in brackets.
`

// wordByWordBaseline is the dev chrF of IBM Model 1's best word per English
// word (monotone, no language model), per TICO-19 pair: a real model must
// clear it by 3 points.
var wordByWordBaseline = map[string]float64{
	"ar": 30.1, "bn": 35.2, "ckb": 32.7, "din": 23.0, "es-LA": 47.8, "fa": 31.3, "fr": 42.3,
	"fuv": 37.5, "ha": 37.8, "hi": 40.2, "id": 52.4, "km": 27.2, "kr": 26.7, "ku": 32.9,
	"lg": 35.2, "ln": 35.6, "mr": 28.3, "ms": 52.2, "my": 34.6, "ne": 41.0, "nus": 21.1,
	"om": 35.5, "prs": 29.2, "ps": 26.3, "pt-BR": 50.6, "ru": 32.7, "rw": 32.2, "so": 22.2,
	"sw": 42.5, "ta": 36.3, "ti": 18.4, "tl": 48.4, "ur": 29.5, "zh": 13.8, "zu": 37.6,
}

func runBench(ctx context.Context, m *Main, args []string) error {
	report := ""
	if len(args) > 0 {
		report = args[0]
	}
	switch report {
	case "quality", "glossary", "notices":
	case "--help", "-h":
		fmt.Fprint(m.Stdout, strings.TrimLeft(benchUsage, "\n"))
		return nil
	default:
		return usagef("bench needs a report name: quality, glossary or notices")
	}
	fs := m.flagSet("bench "+report, benchUsage)
	data := fs.String("data", "", "folder with train/ and dev/ TMX files")
	pairs := fs.String("pairs", "", "comma-separated pair codes (default: every en-X in DIR/train)")
	out := fs.String("out", "", "also write the report to this file")
	var opts benchOptions
	fs.BoolVar(&opts.withDefaults, "with-defaults", false, "bench quality: install the defaults first and translate with memory, glossary and lexicon")
	fs.StringVar(&opts.caution, "caution", "", "bench quality and notices: translate with this translate.caution, careful or standard (default: the setting's default, careful)")
	if err := fs.parse(args[1:]); err != nil {
		return err
	}
	if *data == "" || fs.NArg() > 0 {
		return usagef("give --data DIR")
	}
	if err := opts.check(); err != nil {
		return err
	}
	if report == "notices" {
		return writeReportTo(m, *out, func(w io.Writer) error { return benchNotices(ctx, w, *data, opts) })
	}
	codes, err := benchCodes(*data, *pairs)
	if err != nil {
		return err
	}
	bench := func(w io.Writer) error {
		if report == "glossary" {
			return benchGlossary(ctx, w, *data, codes)
		}
		return benchQuality(ctx, m, w, *data, codes, opts)
	}
	return writeReportTo(m, *out, bench)
}

// writeReportTo runs bench with its report going to stdout, and to the file
// path too unless it is "".
func writeReportTo(m *Main, path string, bench func(io.Writer) error) error {
	if path == "" {
		return bench(m.Stdout)
	}
	return writeReport(path, m.Stdout, bench)
}

// writeReport runs bench with its report going to stdout and to the file
// path, and fails when the file could not be written or closed.
func writeReport(path string, stdout io.Writer, bench func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create report: %w", err)
	}
	file := &stickyWriter{w: f}
	err = bench(io.MultiWriter(stdout, file))
	if cerr := f.Close(); file.err == nil {
		file.err = cerr
	}
	if file.err != nil && (err == nil || errors.Is(err, file.err)) {
		return fmt.Errorf("write report %s: %w", path, file.err)
	}
	return err
}

// benchCodes lists the pair codes to measure: the requested ones, or every en-X file.
func benchCodes(dir, requested string) ([]string, error) {
	if requested != "" {
		return strings.Split(requested, ","), nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "train", "en-*.tmx"))
	if err != nil {
		return nil, fmt.Errorf("find training files: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("find training files: none in %s", filepath.Join(dir, "train"))
	}
	var codes []string
	for _, f := range files {
		codes = append(codes, strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "en-"), ".tmx"))
	}
	sort.Strings(codes)
	return codes, nil
}

// pairResult is one row of the quality table.
type pairResult struct {
	code          string
	train         time.Duration
	phrases       int64
	dbBytes       int64
	toX, fromX    *translate.EvalReport
	invented      translate.Invention // in the en→X output
	refInvented   translate.Invention // in the en→X references, measured the same way
	floor         float64
	dbPath        string
	devSrc, devTo string
}

// benchOptions are how the benches set up the databases they measure.
type benchOptions struct {
	withDefaults bool   // install the defaults first and translate with all they hold
	caution      string // store this translate.caution; "" leaves the default
}

// configure stores the options' settings in st and returns the engine the
// bench measures, configured from st as the command line's would be.
func (o benchOptions) configure(ctx context.Context, st *storage.Store, engine *translate.Engine) (*translate.Engine, error) {
	if o.caution != "" {
		if err := exchange.SetSetting(ctx, st, exchange.CautionSetting, o.caution); err != nil {
			return nil, err
		}
	}
	return engine, exchange.ConfigureEngine(ctx, st, engine)
}

// check refuses options the benches cannot use, before any work.
func (o benchOptions) check() error {
	if _, err := exchange.Careful(o.caution); err != nil {
		return usagef("--caution: %v", err)
	}
	return nil
}

// header says how the bench translated.
func (o benchOptions) header(w io.Writer) {
	caution := o.caution
	if caution == "" {
		caution = "careful (the default)"
	}
	fmt.Fprintf(w, "Translation setting translate.caution %s.\n\n", caution)
}

func benchQuality(ctx context.Context, m *Main, w io.Writer, dir string, codes []string, opts benchOptions) error {
	return withScratch("tafsiri-bench-", func(scratch string) error {
		opts.header(w)
		if opts.withDefaults {
			fmt.Fprintf(w, "With the defaults (version %d): memory, glossary and lexicon in use, their terms trained in.\n\n", defaults.Version)
		}
		fmt.Fprintf(w, "| pair | en→X chrF | BLEU | floor | ok | X→en chrF | BLEU | invented %% (refs) | left out %% (refs) | train (both) | phrase pairs | DB MB |\n")
		fmt.Fprintf(w, "|---|---|---|---|---|---|---|---|---|---|---|---|\n")
		var results []*pairResult
		below := 0
		for _, code := range codes {
			r, err := benchPair(ctx, dir, scratch, code, opts)
			if err != nil {
				return fmt.Errorf("bench %s: %w", code, err)
			}
			results = append(results, r)
			ok := "yes"
			if r.toX.ChrF < r.floor {
				ok, below = "NO", below+1
			}
			fmt.Fprintf(w, "| en-%s | %.1f | %.1f | %.1f | %s | %.1f | %.1f | %.1f (%.1f) | %.1f (%.1f) | %.1fs | %d | %.1f |\n",
				code, r.toX.ChrF, r.toX.BLEU, r.floor, ok, r.fromX.ChrF, r.fromX.BLEU, r.invented.Rate(), r.refInvented.Rate(),
				r.invented.OmittedRate(), r.refInvented.OmittedRate(), r.train.Seconds(), r.phrases, float64(r.dbBytes)/1e6)
		}
		fmt.Fprintf(w, "\n%d of %d pairs clear the floor (word-by-word baseline + 3 chrF).\n", len(results)-below, len(results))
		fmt.Fprintf(w, "invented %%: content words of the en→X output aligned to no source word; left out %%: content words of the source aligned to no output word (translate.MeasureInvention); in brackets the same for the human references.\n")
		for _, r := range results {
			if r.code == "es-LA" {
				return benchApertium(ctx, m, w, r)
			}
		}
		return nil
	})
}

// benchPair trains one pair in its own scratch database and scores both
// directions; with opts.withDefaults it installs the defaults first and
// translates with everything the database holds.
func benchPair(ctx context.Context, dir, scratch, code string, opts benchOptions) (*pairResult, error) {
	r := &pairResult{code: code, dbPath: filepath.Join(scratch, code+".db"), floor: wordByWordBaseline[code] + 3,
		devSrc: filepath.Join(dir, "dev", "en-"+code+".tmx")}
	train, err := readTMXFile(filepath.Join(dir, "train", "en-"+code+".tmx"), "en", code)
	if err != nil {
		return nil, err
	}
	dev, err := readTMXFile(r.devSrc, "en", code)
	if err != nil {
		return nil, err
	}
	err = useStore(ctx, r.dbPath, func(st *storage.Store) error {
		engine := translate.NewEngine(st)
		if opts.withDefaults {
			if _, err := defaults.Install(ctx, st, nil); err != nil {
				return err
			}
			engine = exchange.NewEngine(st)
		}
		engine, err := opts.configure(ctx, st, engine)
		if err != nil {
			return err
		}
		// Forced: the defaults' model of the pair may have been trained on more pairs.
		res, err := exchange.Train(ctx, st, train, exchange.TrainOptions{Force: opts.withDefaults})
		if err != nil {
			return err
		}
		r.train = res.Took
		r.phrases = int64(res.Fwd.Table.Len() + res.Rev.Table.Len())
		if r.toX, err = translate.Evaluate(ctx, engine, dev); err != nil {
			return err
		}
		if r.fromX, err = translate.Evaluate(ctx, engine, dev.Reverse()); err != nil {
			return err
		}
		srcs, refs := make([]string, len(dev.Pairs)), make([]string, len(dev.Pairs))
		for i, p := range dev.Pairs {
			srcs[i], refs[i] = p.Src, p.Tgt
		}
		if r.invented, err = translate.MeasureInvention(ctx, train, srcs, r.toX.Hyps); err != nil {
			return err
		}
		if r.refInvented, err = translate.MeasureInvention(ctx, train, srcs, refs); err != nil {
			return err
		}
		r.dbBytes, err = st.Size(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// withScratch runs fn on a new scratch folder and removes the folder after;
// a failed removal fails the call too, joined after fn's own error.
func withScratch(prefix string, fn func(dir string) error) (err error) {
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		return fmt.Errorf("make scratch folder: %w", err)
	}
	defer func() {
		if rerr := os.RemoveAll(dir); rerr != nil {
			err = errors.Join(err, fmt.Errorf("remove scratch folder: %w", rerr))
		}
	}()
	return fn(dir)
}

func readTMXFile(path, src, tgt string) (_ *translate.Corpus, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer closer.Close(&err, f, path)
	return translate.ReadTMX(f, filepath.Base(path), src, tgt)
}
