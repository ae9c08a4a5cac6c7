package detect

import (
	"context"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestDetectorRanksCandidatesWithConfidences(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	got, err := d.Detect(context.Background(), "Stay at home and drink clean water.")
	if err != nil {
		t.Fatal(err)
	}
	if got.Lang != "en" || got.Unsure || got.Confidence < 0.9 {
		t.Errorf("Detect = %s (%.2f, unsure %v), want en, sure, confidence ≥ 0.9", got.Lang, got.Confidence, got.Unsure)
	}
	sum := 0.0
	for i, c := range got.Candidates {
		sum += c.Confidence
		if i > 0 && c.Confidence > got.Candidates[i-1].Confidence {
			t.Errorf("candidates not ranked: %v", got.Candidates)
		}
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("confidences sum to %v, want 1", sum)
	}
	if got.Candidates[0] != (Guess{Lang: got.Lang, Confidence: got.Confidence}) {
		t.Errorf("first candidate %v is not the result", got.Candidates[0])
	}
}

func TestDetectorSaysUndeterminedWithoutLetters(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	tests := map[string]string{
		"empty":          "",
		"spaces":         " \n\t ",
		"digits":         "12 345,67 – 2020-03-11",
		"Persian digits": "۱۲۳۴",
		"emoji":          "😷🧼💧👍🏽",
		"punctuation":    "!!! ??? ... ---",
		"invalid UTF-8":  "\xff\xfe\xfd",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := d.Detect(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			if want := (Result{Lang: Undetermined}); !reflect.DeepEqual(got, want) {
				t.Errorf("Detect(%q) = %+v, want %+v", text, got, want)
			}
		})
	}
}

func TestDetectorIsUnsureBetweenCloseCandidates(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	tests := map[string]struct {
		text   string
		unsure bool
	}{
		"a clear sentence":                 {"Cover your mouth and nose when you cough.", false},
		"a word French and English share":  {"distance", true},
		"Greek, which no candidate writes": {"Πλύνετε τα χέρια σας", true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := d.Detect(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got.Unsure != tt.unsure {
				t.Errorf("Detect(%q) = %s, unsure %v, want unsure %v (candidates %v)", tt.text, got.Lang, got.Unsure, tt.unsure, got.Candidates)
			}
		})
	}
}

func TestDetectorFollowsScripts(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	tests := map[string]struct{ text, want string }{
		"Ethiopic is Amharic, even in words never seen": {"ሰላም ለሁሉም", "am"},
		"Arabic script is Arabic":                       {"شكرا جزيلا", "ar"},
		"a Latin name in an Arabic sentence":            {"اتصل بمنظمة WHO اليوم", "ar"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := d.Detect(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got.Lang != tt.want || len(got.Candidates) != 1 && tt.want == "am" {
				t.Errorf("Detect(%q) = %v, want %s alone", tt.text, got.Candidates, tt.want)
			}
		})
	}
}

func TestDetectorChoosesOnlyAmongItsCandidates(t *testing.T) {
	d := readyDetector(t, Config{Tags: []string{"fr", "sw", "fr", "xx"}})
	if got, want := d.Tags(), []string{"fr", "sw", "xx"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Tags = %v, want %v", got, want)
	}
	if got, want := d.Unknown(), []string{"xx"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Unknown = %v, want %v", got, want)
	}
	got, err := d.Detect(context.Background(), "Wash your hands with soap.")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got.Candidates {
		if c.Lang != "fr" && c.Lang != "sw" {
			t.Errorf("candidate %s is not among fr, sw", c.Lang)
		}
	}
}

func TestDetectorMatchesTagsByMeaning(t *testing.T) {
	samples := map[string][]string{"EN": notices["en"], "es_419": notices["es-419"]}
	d := readyDetector(t, Config{Tags: []string{"en", "es-419"}, Samples: samples})
	got, err := d.Detect(context.Background(), "Beba agua limpia.")
	if err != nil {
		t.Fatal(err)
	}
	if got.Lang != "es-419" {
		t.Errorf("Detect = %s, want es-419 (samples under es_419)", got.Lang)
	}
}

func TestDetectorFailsWithNothingToDetect(t *testing.T) {
	d := NewDetector(Config{Tags: []string{"en", "fr"}, Samples: map[string][]string{"sw": {"Nawa mikono."}}})
	if err := d.Wait(context.Background()); err == nil {
		t.Error("Wait succeeded with no candidate that has samples")
	}
	if _, err := d.Detect(context.Background(), "Wash your hands."); err == nil {
		t.Error("Detect succeeded with no candidate that has samples")
	}
}

func TestDetectorWaitStopsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := &Detector{ready: make(chan struct{})} // never ready
	if err := d.Wait(ctx); err == nil || !strings.Contains(err.Error(), "canceled") {
		t.Errorf("Wait = %v, want the context's error", err)
	}
}

// TestDetectorReadsABoundedPartOfBadInput checks that a megabyte costs what
// its start costs: Detect answers from the first DefaultSampleBytes and Split
// analyses the first maxSplitBytes, whatever follows (how long that takes is
// measured by BenchmarkDetect, not here).
func TestDetectorReadsABoundedPartOfBadInput(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	tests := map[string]struct{ text, want string }{
		"one letter":             {"a", ""},
		"a megabyte on one line": {strings.Repeat("Wash your hands with soap. ", 40000), "en"},
		"a megabyte whose first few kilobytes are English": {strings.Repeat("Wash your hands with soap. ", 200) +
			strings.Repeat("Lavez-vous les mains avec du savon. ", 30000), "en"},
		"a megabyte of digits":                          {strings.Repeat("1234567890", 100000), Undetermined},
		"invalid UTF-8 in words":                        {"Lavez\xff-vous les mains\xc3 avant de manger", "fr"},
		"empty lines":                                   {"\n\n\n", Undetermined},
		"a megabyte switching language every few words": {strings.Repeat("wash your hands اغسل يديك ", 40000), ""},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			got, err := d.Detect(ctx, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want != "" && got.Lang != tt.want {
				t.Errorf("Detect = %s, want %s", got.Lang, tt.want)
			}
			head, err := d.Detect(ctx, prefix(tt.text, DefaultSampleBytes))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, head) {
				t.Errorf("Detect of the whole text = %+v, of its first %d bytes = %+v; want the same", got, DefaultSampleBytes, head)
			}
			spans, err := d.Split(ctx, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, tt.text, spans)
			if len(tt.text) > maxSplitBytes {
				headSpans, err := d.Split(ctx, prefix(tt.text, maxSplitBytes))
				if err != nil {
					t.Fatal(err)
				}
				// The head is cut as on its own; the rest is at most one more
				// span (merged into the last when in the same language).
				n := len(headSpans)
				if len(spans) > n+1 || len(spans) < n || !reflect.DeepEqual(spans[:n-1], headSpans[:n-1]) {
					t.Errorf("Split gives %d spans for the whole text, %d for its first %d bytes; want those and at most one more",
						len(spans), n, maxSplitBytes)
				}
			}
		})
	}
}

func TestBlendLetsTheModelArbitrateNeighboursLinguaDoesNotKnow(t *testing.T) {
	d := &Detector{tags: []string{"fa", "prs", "en"}, viaLingua: []bool{true, false, true}}
	tests := map[string]struct {
		own     []float64
		lingua  []Guess
		wantTop string
	}{
		"lingua says Persian, the model Dari": {
			own:     []float64{0.1, 0.88, 0.02},
			lingua:  []Guess{{"fa", 0.99}, {"en", 0.01}},
			wantTop: "prs",
		},
		"both say Persian": {
			own:     []float64{0.7, 0.29, 0.01},
			lingua:  []Guess{{"fa", 0.99}, {"en", 0.01}},
			wantTop: "fa",
		},
		"lingua settles what the model is unsure of": {
			own:     []float64{0.45, 0.1, 0.45},
			lingua:  []Guess{{"en", 0.95}, {"fa", 0.05}},
			wantTop: "en",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := d.result(d.blend(tt.own, tt.lingua), false)
			if got.Lang != tt.wantTop {
				t.Errorf("blend = %v, want %s first", got.Candidates, tt.wantTop)
			}
			sum := 0.0
			for _, c := range got.Candidates {
				sum += c.Confidence
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("confidences sum to %v", sum)
			}
		})
	}
}
