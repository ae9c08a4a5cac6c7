package defaults

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"tafsiri/assets"
	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/storage"
	"tafsiri/translate"
)

// Version numbers the defaults this build ships; raise it whenever
// assets/defaults changes, so that existing databases receive what is new.
const Version = 5

// Label is the source of every default entry: it says what the entry is
// worth, in the app, in exports and in the database.
const Label = "Tafsiri team draft, not yet reviewed by a native medical translator"

// By is who the defaults are recorded as created by.
const By = "Tafsiri defaults"

// ModelSource is the Source of models trained from the defaults; a model
// with another source was trained by a user and is never replaced.
const ModelSource = "Tafsiri default phrasebook"

// versionKey is the setting that records the defaults version installed;
// installingKey records the version an install began, so that one that
// was interrupted is told from one that never began (see Unfinished).
const (
	versionKey    = "defaults.version"
	installingKey = "defaults.installing"
)

// Report says what Install did.
type Report struct {
	Installed bool // false when this version was there already
	Concepts  int  // glossary concepts added
	Terms     int  // glossary terms added
	Segments  int  // translation-memory segments added
	Retired   int  // default segments of an older version, corrected or dropped since, removed
	Lexicon   int  // lexicon entries added
	Models    []string
	Kept      []string // pairs whose user-trained models were left alone
	Skipped   []string // glossary entries the importer left out (should be none)
	Conflicts []string // default terms that disagree with the user's approved ones
}

// Installed returns the defaults version the database holds, 0 for none.
func Installed(ctx context.Context, st *storage.Store) (int, error) {
	v, ok, err := st.Setting(ctx, versionKey)
	if err != nil || !ok {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("read installed defaults version %q: %w", v, err)
	}
	return n, nil
}

// Unfinished returns the defaults version whose install began and never
// finished (it was interrupted or failed), 0 when there is none. The next
// Install finishes it.
func Unfinished(ctx context.Context, st *storage.Store) (int, error) {
	v, ok, err := st.Setting(ctx, installingKey)
	if err != nil || !ok {
		return 0, err
	}
	began, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("read the defaults version being installed %q: %w", v, err)
	}
	have, err := Installed(ctx, st)
	if err != nil || have >= began {
		return 0, err
	}
	return began, nil
}

// Install brings the defaults into st unless this version is there already:
// the glossary, then a model for each language pair of the phrasebook (so
// that translation works as early as possible), then the phrasebook as
// translation memory, and last the version. It never overwrites what users
// changed: the importers merge, the phrasebook replaces only the memory's
// untouched default segments (those an older version had and this one
// corrected or dropped are removed; an edited one is the user's), and
// user-trained models stay. Every step can run again, so an install that
// was interrupted is finished by the next one, which the version (still
// older) asks for. progress, when not nil, hears each stage.
func Install(ctx context.Context, st *storage.Store, progress func(stage string)) (*Report, error) {
	if progress == nil {
		progress = func(string) {}
	}
	have, err := Installed(ctx, st)
	if err != nil || have >= Version {
		return &Report{}, err
	}
	if err := st.SetSetting(ctx, installingKey, strconv.Itoa(Version)); err != nil {
		return nil, err
	}
	rep := &Report{Installed: true}
	progress("importing the default glossary")
	if err := installGlossary(ctx, st, rep); err != nil {
		return nil, err
	}
	if rep.Lexicon, err = installLexicon(ctx, st, assets.Defaults, progress); err != nil {
		return nil, err
	}
	pb, err := readPhrasebook()
	if err != nil {
		return nil, err
	}
	if err := trainModels(ctx, st, pb, rep, progress); err != nil {
		return nil, err
	}
	progress("importing the default phrasebook into the memory")
	segs, err := st.ReplaceSegments(ctx, segmentOrigin, pb.segments(), nil)
	if err != nil {
		return nil, err
	}
	rep.Segments, rep.Retired = segs.Added, segs.Retired
	if err := st.SetSetting(ctx, versionKey, strconv.Itoa(Version)); err != nil {
		return nil, err
	}
	return rep, nil
}

func installGlossary(ctx context.Context, st *storage.Store, rep *Report) (err error) {
	f, err := assets.Defaults.Open(glossaryFile)
	if err != nil {
		return fmt.Errorf("open default glossary: %w", err)
	}
	defer closer.Close(&err, f, glossaryFile)
	g, err := exchange.ReadGlossary(f, glossaryFile, "", "")
	if err != nil {
		return err
	}
	imp, err := exchange.ImportGlossary(ctx, st, g, By)
	if err != nil {
		return err
	}
	rep.Concepts, rep.Terms, rep.Skipped, rep.Conflicts = imp.Concepts, imp.Terms, imp.Skipped, imp.Conflicts
	return nil
}

// trainModels trains both directions of every phrasebook pair that has no
// user-trained model, with what the database adds (glossary terms, texts);
// each pair's two models are saved together.
func trainModels(ctx context.Context, st *storage.Store, pb *phrasebook, rep *Report, progress func(string)) error {
	models, err := st.Models(ctx)
	if err != nil {
		return err
	}
	var todo []*translate.Corpus
	for _, l := range pb.langs {
		c := pb.corpora[l]
		if userModel(models, c.Src, c.Tgt) || userModel(models, c.Tgt, c.Src) {
			rep.Kept = append(rep.Kept, c.Src+"–"+c.Tgt)
			continue
		}
		todo = append(todo, c)
	}
	// Training a pair keeps about one core busy, so pairs train side by
	// side, one per core; saving waits its turn in the store.
	var mu sync.Mutex
	err = eachConcurrently(ctx, len(todo), runtime.NumCPU(), func(ctx context.Context, i int) error {
		c := todo[i]
		mu.Lock()
		progress("training " + c.Src + "–" + c.Tgt)
		mu.Unlock()
		// Forced: the defaults replace only their own models, whatever their size.
		_, err := exchange.Train(ctx, st, c, exchange.TrainOptions{Force: true})
		return err
	})
	if err != nil {
		return err
	}
	for _, c := range todo {
		rep.Models = append(rep.Models, c.Src+"–"+c.Tgt)
	}
	return nil
}

// eachConcurrently runs fn for 0..n-1 on at most workers goroutines and
// returns the first error; after it, the others are cancelled and no new
// one starts.
func eachConcurrently(ctx context.Context, n, workers int, fn func(ctx context.Context, i int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan int)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for range max(1, min(workers, n)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if ctx.Err() != nil {
					continue // cancelled: take the rest off the channel unrun
				}
				if err := fn(ctx, i); err != nil {
					errs <- err
					cancel()
				}
			}
		}()
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	return ctx.Err()
}

// userModel reports whether a model of src→tgt was trained from something
// other than the defaults.
func userModel(models []translate.ModelInfo, src, tgt string) bool {
	for _, m := range models {
		if m.Src == src && m.Tgt == tgt && !strings.HasPrefix(m.Source, ModelSource) {
			return true
		}
	}
	return false
}
