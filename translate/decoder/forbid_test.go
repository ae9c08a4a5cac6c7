package decoder_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"tafsiri/translate/decoder"
)

func TestForbiddenSequencesNeverReachTheOutput(t *testing.T) {
	lm := bigrams{
		words: []string{"<s>", "house", "blue", "home"},
		logp: map[[2]int32]float64{
			{0, 2}:  math.Log(0.5), // <s> blue
			{2, 1}:  math.Log(0.5), // blue house
			{1, -1}: math.Log(0.5), // house </s>
		},
	}
	options := []decoder.Option{
		{Start: 0, End: 1, Target: []string{"house"}, Scores: []float64{-0.1}},
		{Start: 0, End: 1, Target: []string{"home"}, Scores: []float64{-2}},
		{Start: 1, End: 2, Target: []string{"blue"}, Scores: []float64{-0.1}},
	}
	w := decoder.Weights{Phrase: []float64{1}, LM: 1, Distortion: 0.5}
	cases := map[string]struct {
		forbidden [][]string
		want      string
		wantErr   error
	}{
		"nothing forbidden":      {nil, "blue house", nil},
		"across two options":     {[][]string{{"blue", "house"}}, "blue home", nil},
		"one word":               {[][]string{{"house"}}, "blue home", nil},
		"every way":              {[][]string{{"blue"}}, "", decoder.ErrNoTranslation},
		"unknown words are kept": {[][]string{{"blue", "castle"}}, "blue house", nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			cfg := decoder.DefaultConfig()
			cfg.Forbidden = tc.forbidden
			r, err := decoder.Decode(context.Background(), 2, options, lm, w, cfg)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if got := strings.Join(r.Target, " "); got != tc.want {
				t.Errorf("Decode = %q, want %q", got, tc.want)
			}
		})
	}
}
