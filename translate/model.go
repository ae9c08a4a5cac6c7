package translate

import (
	"context"
	"errors"
	"time"

	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
)

// ErrNoModel reports that no phrase model serves a language direction.
var ErrNoModel = errors.New("no phrase model for this language pair")

// ModelInfo describes a stored phrase model for one direction.
type ModelInfo struct {
	ID          int64
	Src, Tgt    string // canonical BCP 47 tags
	Source      string // what it was trained from
	Pairs       int    // sentence pairs it was trained on
	LMOrder     int
	PhraseCount int64
	NGramCount  int64
	Weights     Weights
	Quality     Quality
	TrainedAt   time.Time
}

// Quality is what evaluation measured for a model, kept with it for the UI and reports.
type Quality struct {
	ChrF      float64 `json:"chrf,omitempty"`
	BLEU      float64 `json:"bleu,omitempty"`
	Sentences int     `json:"sentences,omitempty"`
	Dev       string  `json:"dev,omitempty"` // the file it was measured on
}

// Trained is a freshly trained model, ready to be saved.
type Trained struct {
	Info   ModelInfo
	Table  *phrases.Table
	LM     *lm.Model
	Casing map[string]string // case-folded word → its usual spelling, where that is not the folded form
	Report TrainReport
}

// ModelStore keeps phrase models; the storage package implements it.
type ModelStore interface {
	// SaveModel stores m and makes it the serving model of its direction in
	// one step: until it is complete, the previous model keeps serving.
	SaveModel(ctx context.Context, m *Trained) (int64, error)
	// Models lists the serving model of every direction.
	Models(ctx context.Context) ([]ModelInfo, error)
	// Phrases returns the table entries of model id for each of the given source phrases that has any.
	Phrases(ctx context.Context, id int64, sources []string) (map[string][]phrases.Entry, error)
	// PhrasesWithPrefix returns up to limit one-word source phrases of model id starting with prefix.
	PhrasesWithPrefix(ctx context.Context, id int64, prefix string, limit int) (map[string][]phrases.Entry, error)
	// LanguageModel returns the language model of model id.
	LanguageModel(ctx context.Context, id int64) (*lm.Model, error)
	// Casing returns how model id's target language spells words that are not lower case.
	Casing(ctx context.Context, id int64) (map[string]string, error)
	// SetModelWeights replaces the feature weights of model id.
	SetModelWeights(ctx context.Context, id int64, w Weights) error
	// SetModelQuality records evaluation figures for model id.
	SetModelQuality(ctx context.Context, id int64, q Quality) error
}
