package exchange

import (
	"context"
	"fmt"
	"strings"

	"tafsiri/storage"
	"tafsiri/translate/detect"
)

// The settings that shape language detection.
const (
	// DetectLanguagesSetting holds the candidate languages, comma-separated
	// BCP 47 tags; unset, every language the database holds is a candidate.
	DetectLanguagesSetting = "detect.languages"
	// DetectLinguaSetting is "off" (the default), "low" or "high": whether
	// lingua-go's models help the learned one, for the candidates it knows.
	DetectLinguaSetting = "detect.lingua"
)

// minSamples is how many texts a language needs for the detector to learn it.
const minSamples = 20

// NewDetector starts a language detector for st: its candidates are tags,
// else the languages of the detect.languages setting, else every language
// st holds; it learns each from all the text st holds in it (memory
// segments, glossary terms, default data), so it learns again whenever it
// is built after data was added. lingua-go helps as the detect.lingua
// setting says, and always when a candidate it knows has fewer than
// minSamples texts. It is ready in the background; Detect waits.
func NewDetector(ctx context.Context, st *storage.Store, tags []string) (*detect.Detector, error) {
	if len(tags) == 0 {
		var err error
		if tags, err = detectionCandidates(ctx, st); err != nil {
			return nil, err
		}
	}
	samples := make(map[string][]string, len(tags))
	for _, tag := range tags {
		texts, err := st.Texts(ctx, tag)
		if err != nil {
			return nil, err
		}
		samples[tag] = texts
	}
	mode, err := linguaMode(ctx, st)
	if err != nil {
		return nil, err
	}
	for _, tag := range tags {
		// A language the database holds almost no text in cannot be
		// learnt; lingua knows many of them already.
		if len(samples[tag]) < minSamples && detect.LinguaKnows(tag) && mode == detect.LinguaOff {
			mode = detect.LinguaHighAccuracy
		}
	}
	return detect.NewDetector(detect.Config{Tags: tags, Samples: samples, Lingua: mode}), nil
}

// detectionCandidates reads the candidate languages from the settings, or
// else takes every stored language.
func detectionCandidates(ctx context.Context, st *storage.Store) ([]string, error) {
	setting, ok, err := st.Setting(ctx, DetectLanguagesSetting)
	if err != nil {
		return nil, err
	}
	if !ok || strings.TrimSpace(setting) == "" {
		return st.Languages(ctx)
	}
	var tags []string
	for _, code := range strings.Split(setting, ",") {
		if code = strings.TrimSpace(code); code == "" {
			continue
		}
		tag, err := ResolveLang(ctx, st, code)
		if err != nil {
			return nil, fmt.Errorf("read setting %s: %w", DetectLanguagesSetting, err)
		}
		tags = append(tags, tag)
	}
	return tags, nil
}

// linguaMode reads the detect.lingua setting.
func linguaMode(ctx context.Context, st *storage.Store) (detect.LinguaMode, error) {
	v, _, err := st.Setting(ctx, DetectLinguaSetting)
	if err != nil {
		return detect.LinguaOff, err
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "off":
		return detect.LinguaOff, nil
	case "low":
		return detect.LinguaLowAccuracy, nil
	case "high":
		return detect.LinguaHighAccuracy, nil
	}
	return detect.LinguaOff, fmt.Errorf("read setting %s: %q is not off, low or high", DetectLinguaSetting, v)
}
