package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/storage"
	"tafsiri/tmx"
	"tafsiri/translate"
)

// stageReading is the first stage of training from a file, before
// exchange.Train's own (the middle four of which are translate.Train's).
const stageReading = "reading the file"

// stageProgress is how far along the progress bar each stage starts, by how
// long it usually takes (alignment is most of the work).
var stageProgress = map[string]float64{
	stageReading:               0.02,
	exchange.StageGathering:    0.06,
	"tokenizing":               0.10,
	"aligning words":           0.15,
	"extracting phrases":       0.65,
	"building language models": 0.75,
	exchange.StageSaving:       0.85,
}

// tmxLanguages reads the languages of the TMX file at path from its header
// and first units, for the train dialog to offer: the source (the header's
// srclang, else the first language) and every language, as canonical tags.
func tmxLanguages(path string) (src string, langs []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", nil, fmt.Errorf("open training file: %w", err)
	}
	defer closer.Close(&err, f, path)
	r, err := tmx.NewReader(f, filepath.Base(path))
	if err != nil {
		return "", nil, fmt.Errorf("read training file: %w", err)
	}
	for range 50 { // a few units name every language of any sane file
		u, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", nil, fmt.Errorf("read training file: %w", err)
		}
		for _, v := range u.Variants {
			if tag, err := translate.CanonicalTag(v.Lang); err == nil && !slices.Contains(langs, tag) {
				langs = append(langs, tag)
			}
		}
	}
	if len(langs) < 2 {
		return "", nil, fmt.Errorf("read training file %s: it needs text in two languages, it has %d", filepath.Base(path), len(langs))
	}
	src = langs[0]
	if h := r.Header().SrcLang; !strings.EqualFold(h, "*all*") {
		if tag, ok := translate.MatchTag(h, langs); ok {
			src = tag
		}
	}
	return src, langs, nil
}

// trainResult is what training from a file made.
type trainResult struct {
	Corpus   *translate.Corpus
	Fwd, Rev *translate.Trained
	Took     time.Duration
}

// trainFromTMX trains the src→tgt and tgt→src models from the TMX file at
// path with exchange.Train (which adds what st holds, refuses a file that
// would likely make the serving models worse unless force, and saves both
// directions together) and makes them serve. progress hears each stage.
// Cancelling ctx stops training at the next check and changes nothing.
func trainFromTMX(ctx context.Context, st *storage.Store, path, src, tgt string, force bool,
	progress func(stage string)) (*trainResult, error) {
	start := time.Now()
	progress(stageReading)
	corpus, err := readTrainingTMX(path, src, tgt)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := exchange.Train(ctx, st, corpus, exchange.TrainOptions{Progress: progress, Force: force})
	if err != nil {
		return nil, err
	}
	return &trainResult{Corpus: corpus, Fwd: res.Fwd, Rev: res.Rev, Took: time.Since(start)}, nil
}

// readTrainingTMX reads the src–tgt pairs of the TMX file at path.
func readTrainingTMX(path, src, tgt string) (_ *translate.Corpus, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open training file: %w", err)
	}
	defer closer.Close(&err, f, path)
	return translate.ReadTMX(f, filepath.Base(path), src, tgt)
}

// summary says in a few lines what training made.
func (r *trainResult) summary() string {
	rep, c := r.Fwd.Report, r.Corpus
	return fmt.Sprintf("Trained %s → %s and %s → %s from %s.\n\n"+
		"Sentence pairs: %d used (%d of them glossary terms), %d too long, %d skipped.\n"+
		"Phrase pairs: %d %s→%s, %d %s→%s.\nTook %.1f s.",
		c.Src, c.Tgt, c.Tgt, c.Src, c.Source,
		rep.Pairs, rep.Terms, rep.TooLong, len(c.Skipped),
		r.Fwd.Table.Len(), c.Src, c.Tgt, r.Rev.Table.Len(), c.Tgt, c.Src, r.Took.Seconds())
}
