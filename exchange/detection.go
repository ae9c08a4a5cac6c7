package exchange

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
	setting, _, err := st.Setting(ctx, DetectLanguagesSetting)
	if err != nil {
		return nil, err
	}
	tags, err := parseCandidates(ctx, st, setting)
	if err != nil || len(tags) > 0 {
		return tags, err
	}
	return st.Languages(ctx)
}

// parseCandidates reads a detect.languages value: comma-separated tags.
func parseCandidates(ctx context.Context, st *storage.Store, value string) ([]string, error) {
	var tags []string
	for _, code := range strings.Split(value, ",") {
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
	return parseLinguaMode(v)
}

// parseLinguaMode reads a detect.lingua value.
func parseLinguaMode(v string) (detect.LinguaMode, error) {
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

// ErrSetting reports a setting Tafsiri does not have.
var ErrSetting = errors.New("unknown setting")

// Settings are the keys of the settings package exchange checks and applies,
// shared by the window and the command line.
var Settings = []string{DetectLanguagesSetting, DetectLinguaSetting, FuzzyThresholdSetting, DigitsSetting, SwahiliTimeSetting, CautionSetting}

// IsSetting reports whether key is one of Settings.
func IsSetting(key string) bool { return slices.Contains(Settings, key) }

// SetSetting checks value for the setting key and stores it.
func SetSetting(ctx context.Context, st *storage.Store, key, value string) error {
	var err error
	switch key {
	case DetectLanguagesSetting:
		_, err = parseCandidates(ctx, st, value)
	case DetectLinguaSetting:
		_, err = parseLinguaMode(value)
	case FuzzyThresholdSetting, DigitsSetting, SwahiliTimeSetting, CautionSetting:
		err = checkTranslationSetting(key, value)
	default:
		err = fmt.Errorf("set %q: %w", key, ErrSetting)
	}
	if err != nil {
		return err
	}
	return st.SetSetting(ctx, key, value)
}
