package translate

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
)

// pivotLang is the language two models are chained through when no direct model exists.
const pivotLang = "en"

// Engine translates text with the phrase models of a ModelStore. It loads a
// model's language model on first use and caches phrase lookups; it is safe
// for concurrent use.
type Engine struct {
	store ModelStore
	// Beam and PopLimit, when positive, override every model's search
	// settings: smaller is faster, larger searches more.
	Beam, PopLimit int
	// Terms, when set, is the glossary every translation keeps to.
	Terms TermSource
	// Memory, when set, gives sentences it holds exactly, or but for their
	// values, before the model is asked; a fuzzy match at the threshold or
	// more is repaired when every difference can be (repair.go), and else
	// becomes a suggestion (Result.Suggestions).
	Memory Memory
	// Lexicon, when set, translates the words and expressions the model
	// does not know (FromDictionary), before they are copied as unknown.
	Lexicon Lexicon

	threshold     atomic.Int32 // fuzzy match percentage; 0 means DefaultFuzzyThreshold
	westernDigits atomic.Bool  // write 0–9 in every language (SetWesternDigits)
	swahiliTime   atomic.Bool  // write Swahili times "saa 2 asubuhi" (SetSwahiliTime)
	careful       atomic.Bool  // prefer phrases the source accounts for word by word (SetCareful)

	mu     sync.Mutex
	infos  []ModelInfo // nil until first needed, and after Refresh
	loaded map[int64]*loadedModel
}

// NewEngine returns an engine over the models in store.
func NewEngine(store ModelStore) *Engine {
	return &Engine{store: store, loaded: map[int64]*loadedModel{}}
}

// SetFuzzyThreshold sets the lowest fuzzy-match percentage the memory
// suggests and tries to repair (0: DefaultFuzzyThreshold); it may change
// while translations run.
func (e *Engine) SetFuzzyThreshold(percent int) { e.threshold.Store(int32(percent)) }

// FuzzyThreshold returns the lowest fuzzy-match percentage the memory suggests and repairs.
func (e *Engine) FuzzyThreshold() int {
	if p := int(e.threshold.Load()); p > 0 {
		return p
	}
	return DefaultFuzzyThreshold
}

// Refresh forgets the cached model list, so newly trained models are used.
func (e *Engine) Refresh() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.infos = nil
	e.loaded = map[int64]*loadedModel{}
}

// Models lists the serving models.
func (e *Engine) Models(ctx context.Context) ([]ModelInfo, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.infos == nil {
		infos, err := e.store.Models(ctx)
		if err != nil {
			return nil, err
		}
		e.infos = infos
	}
	return e.infos, nil
}

// Route returns the models that translate from → to: one when a direct model
// exists, two when the way goes through English.
func (e *Engine) Route(ctx context.Context, from, to string) ([]ModelInfo, error) {
	infos, err := e.Models(ctx)
	if err != nil {
		return nil, err
	}
	pick := func(from, to string) (ModelInfo, bool) {
		var srcs []string
		for _, m := range infos {
			srcs = append(srcs, m.Src)
		}
		src, ok := MatchTag(from, srcs)
		if !ok {
			return ModelInfo{}, false
		}
		var tgts []string
		for _, m := range infos {
			if m.Src == src {
				tgts = append(tgts, m.Tgt)
			}
		}
		tgt, ok := MatchTag(to, tgts)
		for _, m := range infos {
			if ok && m.Src == src && m.Tgt == tgt {
				return m, true
			}
		}
		return ModelInfo{}, false
	}
	if m, ok := pick(from, to); ok {
		return []ModelInfo{m}, nil
	}
	first, ok1 := pick(from, pivotLang)
	second, ok2 := pick(pivotLang, to)
	if ok1 && ok2 {
		return []ModelInfo{first, second}, nil
	}
	return nil, fmt.Errorf("translate %s → %s: %w (nor through %s)", from, to, ErrNoModel, pivotLang)
}

// Translate translates one line of text.
func (e *Engine) Translate(ctx context.Context, from, to, text string) (*Result, error) {
	results, err := e.TranslateLines(ctx, from, to, []string{text})
	if err != nil {
		return nil, err
	}
	return results[0], nil
}

// TranslateLines translates each line on its own, using every core.
func (e *Engine) TranslateLines(ctx context.Context, from, to string, lines []string) ([]*Result, error) {
	route, err := e.Route(ctx, from, to)
	if err != nil {
		return nil, err
	}
	models := make([]*loadedModel, len(route))
	for i, info := range route {
		if models[i], err = e.load(ctx, info); err != nil {
			return nil, err
		}
	}
	results := make([]*Result, len(lines))
	errs := make([]error, len(lines))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(lines)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = e.translateLine(ctx, models, lines[i])
			}
		}()
	}
	for i := range lines {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("translate: %w", err)
	}
	return results, errors.Join(errs...)
}

// translateLine runs a line through each model of the route in turn.
func (e *Engine) translateLine(ctx context.Context, models []*loadedModel, line string) (*Result, error) {
	res := &Result{From: models[0].info.Src, To: models[len(models)-1].info.Tgt, Text: line}
	if len(models) > 1 {
		res.Via = models[0].info.Tgt
		r, suggestion, err := e.recallPair(ctx, res.From, res.To, line)
		if err != nil || r != nil {
			return r, err
		}
		if suggestion != nil {
			res.Suggestions = append(res.Suggestions, *suggestion)
		}
	}
	for i, m := range models {
		out, err := e.translate(ctx, m, res.Text)
		if err != nil {
			return nil, err
		}
		res.Text, res.Spans = out.Text, out.Spans
		if i == 0 && len(models) == 1 {
			// On a route through the pivot, a model's suggestions are in
			// the pivot language: only the pair's own (above) help.
			res.Suggestions = append(res.Suggestions, out.Suggestions...)
		}
	}
	return res, nil
}

// load returns the in-memory part of a model, reading it once; its language
// model keeps loading in the background.
func (e *Engine) load(ctx context.Context, info ModelInfo) (*loadedModel, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if m, ok := e.loaded[info.ID]; ok {
		return m, nil
	}
	if err := info.Weights.check(); err != nil {
		return nil, fmt.Errorf("load model %s→%s: %w", info.Src, info.Tgt, err)
	}
	casing, err := e.store.Casing(ctx, info.ID)
	if err != nil {
		return nil, err
	}
	if e.Beam > 0 {
		info.Weights.BeamSize = e.Beam
	}
	if e.PopLimit > 0 {
		info.Weights.PopLimit = e.PopLimit
	}
	var terms *termSet
	if e.Terms != nil {
		rules, err := e.Terms.TermRules(ctx, info.Src, info.Tgt)
		if err != nil {
			return nil, err
		}
		if len(rules) > 0 {
			terms = newTermSet(info.Src, info.Tgt, rules)
		}
	}
	m := &loadedModel{info: info, casing: casing, terms: terms, lex: e.Lexicon, lmReady: make(chan struct{}),
		cache: map[string][]phrases.Entry{}, stems: map[string][]phrases.Entry{}}
	if e.Memory != nil {
		has, err := e.Memory.HasSegments(ctx, info.Src, info.Tgt)
		if err != nil {
			return nil, err
		}
		m.hasMemory.Store(has)
	}
	go func() {
		defer close(m.lmReady)
		m.lm, m.lmErr = e.loadLM(context.WithoutCancel(ctx), info)
	}()
	e.loaded[info.ID] = m
	return m, nil
}

// loadLM reads a model's language model from the store.
func (e *Engine) loadLM(ctx context.Context, info ModelInfo) (*lm.Model, error) {
	model, err := e.store.LanguageModel(ctx, info.ID)
	if err != nil {
		return nil, fmt.Errorf("load model %s→%s: %w", info.Src, info.Tgt, err)
	}
	return model, nil
}
