package decoder

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// blueHouseLM prefers "blue house" to "house blue" and knows "home".
func blueHouseLM() *bigramLM {
	m := newBigramLM([]string{"house", "home", "blue"}, math.Log(0.01))
	m.set("<s>", "blue", math.Log(0.5))
	m.set("blue", "house", math.Log(0.5))
	m.set("house", "</s>", math.Log(0.5))
	m.set("<s>", "house", math.Log(0.1))
	m.set("house", "blue", math.Log(0.05))
	m.set("blue", "</s>", math.Log(0.2))
	return m
}

func TestDecodeToy(t *testing.T) {
	w := Weights{Phrase: []float64{1}, LM: 1, Distortion: 0.5}
	tests := map[string]struct {
		options []Option
		limit   int
		want    string
	}{
		"words reorder when the LM prefers it": {
			options: []Option{word(0, "house", -0.1), word(1, "blue", -0.1)},
			limit:   6,
			want:    "blue house",
		},
		"limit 0 forbids the reordering": {
			options: []Option{word(0, "house", -0.1), word(1, "blue", -0.1)},
			limit:   0,
			want:    "house blue",
		},
		"a phrase beats words monotonically": {
			options: []Option{
				word(0, "house", -0.1), word(1, "blue", -0.1),
				phrase(0, 2, "blue house", -0.5),
			},
			limit: 0,
			want:  "blue house",
		},
		"phrase scores outweigh the LM": {
			options: []Option{word(0, "house", -9), word(0, "home", -0.1), word(1, "blue", -0.1)},
			limit:   6,
			want:    "home blue",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := Config{BeamSize: 10, DistortionLimit: tt.limit}
			r, err := Decode(context.Background(), 2, tt.options, blueHouseLM(), w, cfg)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got := strings.Join(r.Target, " "); got != tt.want {
				t.Errorf("Target = %q, want %q", got, tt.want)
			}
			checkResult(t, 2, tt.options, w, tt.limit, r)
		})
	}
}

// Ordered positions come out in source order whatever the language model
// prefers; one option that covers several keeps its own order.
func TestOrderedPositionsComeOutInSourceOrder(t *testing.T) {
	w := Weights{Phrase: []float64{1}, LM: 1, Distortion: 0.5}
	words := []Option{word(0, "house", -0.1), word(1, "blue", -0.1)}
	tests := map[string]struct {
		options []Option
		ordered []int
		want    string
	}{
		"unordered, the LM reorders":       {words, nil, "blue house"},
		"ordered, kept in source order":    {words, []int{0, 1}, "house blue"},
		"one ordered word moves freely":    {words, []int{1}, "blue house"},
		"one option covering both ordered": {append(words, phrase(0, 2, "blue house", -0.1)), []int{0, 1}, "blue house"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := Config{BeamSize: 10, DistortionLimit: 6, Ordered: tt.ordered}
			r, err := Decode(context.Background(), 2, tt.options, blueHouseLM(), w, cfg)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got := strings.Join(r.Target, " "); got != tt.want {
				t.Errorf("Target = %q, want %q", got, tt.want)
			}
		})
	}
	cfg := Config{Ordered: []int{2}}
	if _, err := Decode(context.Background(), 2, words, blueHouseLM(), w, cfg); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("an ordered position past the sentence: %v, want ErrInvalidArgument", err)
	}
}

func TestDecodeProvenance(t *testing.T) {
	options := []Option{word(0, "house", -0.1), word(1, "blue", -0.2)}
	w := Weights{Phrase: []float64{1}, LM: 1, WordPenalty: 0.3, PhrasePenalty: 0.2, Distortion: 0.5}
	r, err := Decode(context.Background(), 2, options, blueHouseLM(), w, DefaultConfig())
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	// blue house: jump to 1 (distance 1), then back to 0 (distance 2).
	lm := math.Log(0.5) * 3
	want := []float64{-0.3, lm, -2, -2, -3}
	for i := range want {
		if got := r.Features[i]; !near(got, want[i]) {
			t.Errorf("Features[%d] = %v, want %v", i, got, want[i])
		}
	}
	if got, want := []int{r.Steps[0].Option, r.Steps[1].Option}, []int{1, 0}; got[0] != want[0] || got[1] != want[1] {
		t.Errorf("step options = %v, want %v", got, want)
	}
	// The second step carries the end-of-sentence term.
	if got, want := r.Steps[1].Score, -0.1+2*math.Log(0.5)-0.3-0.2-1; !near(got, want) {
		t.Errorf("Steps[1].Score = %v, want %v", got, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	w := Weights{Phrase: []float64{1}, LM: 1}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := map[string]struct {
		ctx     context.Context
		n       int
		options []Option
		want    error
		pos     int
	}{
		"token without options": {n: 3, options: []Option{word(0, "a", 0), word(2, "c", 0)}, want: ErrUncovered, pos: 1},
		"overlapping spans only": {
			n: 3, options: []Option{phrase(0, 2, "a b", 0), phrase(1, 3, "b c", 0)},
			want: ErrNoTiling, pos: 2,
		},
		"span past the end":   {n: 1, options: []Option{phrase(0, 2, "a b", 0)}, want: ErrInvalidOption},
		"empty span":          {n: 1, options: []Option{phrase(0, 0, "a", 0)}, want: ErrInvalidOption},
		"empty target":        {n: 1, options: []Option{phrase(0, 1, "", 0)}, want: ErrInvalidOption},
		"missing score":       {n: 1, options: []Option{{Start: 0, End: 1, Target: []string{"a"}}}, want: ErrInvalidOption},
		"NaN score":           {n: 1, options: []Option{word(0, "a", math.NaN())}, want: ErrInvalidOption},
		"negative length":     {n: -1, want: ErrInvalidArgument},
		"canceled context":    {ctx: canceled, n: 1, options: []Option{word(0, "a", 0)}, want: context.Canceled},
		"options for nothing": {n: 0, options: []Option{word(0, "a", 0)}, want: ErrInvalidOption},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			_, err := Decode(ctx, tt.n, tt.options, blueHouseLM(), w, DefaultConfig())
			if !errors.Is(err, tt.want) {
				t.Fatalf("Decode error = %v, want %v", err, tt.want)
			}
			var ce *CoverageError
			if errors.As(err, &ce) && ce.Pos != tt.pos {
				t.Errorf("CoverageError.Pos = %d, want %d", ce.Pos, tt.pos)
			}
		})
	}
}

func TestDecodeEmptySentence(t *testing.T) {
	w := Weights{Phrase: []float64{1, 1}, LM: 1}
	r, err := Decode(context.Background(), 0, nil, blueHouseLM(), w, DefaultConfig())
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(r.Target) != 0 || len(r.Steps) != 0 || r.Score != 0 {
		t.Errorf("Decode = %+v, want an empty result", r)
	}
	if got, want := len(r.Features), 6; got != want {
		t.Errorf("len(Features) = %d, want %d", got, want)
	}
}

func TestDecodeLongSentences(t *testing.T) {
	tests := map[string]struct{ n, limit int }{
		"70 tokens monotone":   {70, 0},
		"70 tokens limit 6":    {70, 6},
		"150 tokens limit 4":   {150, 4},
		"130 tokens unlimited": {130, -1},
		"64 tokens, one word":  {64, 6},
		"65 tokens, two words": {65, 6},
	}
	for name, tt := range tests {
		for search, pops := range map[string]int{"stack decoding": -1, "cube pruning": 200} {
			t.Run(name+"/"+search, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(tt.n), 3))
				c := newRandomCase(rng, tt.n, 50, 3, 3)
				cfg := Config{BeamSize: 20, DistortionLimit: tt.limit, PopLimit: pops}
				r, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				checkResult(t, c.n, c.options, c.w, tt.limit, r)
			})
		}
	}
}

func TestDecodeIgnoresOptionOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	c := newRandomCase(rng, 12, 30, 4, 3)
	cfg := Config{BeamSize: 50, DistortionLimit: 4}
	first, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	rng.Shuffle(len(c.options), func(i, j int) { c.options[i], c.options[j] = c.options[j], c.options[i] })
	second, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, cfg)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got, want := second.Score, first.Score; !near(got, want) {
		t.Errorf("Score after shuffling = %v, want %v", got, want)
	}
}

func TestDecodeConfig(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 17))
	c := newRandomCase(rng, 20, 40, 5, 3)
	reference, err := Decode(context.Background(), c.n, c.options, c.lm, c.w, Config{BeamSize: 30, DistortionLimit: 4, PopLimit: -1})
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	tests := map[string]struct {
		cfg Config
		// same: the result must equal the reference's; most: a bound on the
		// hypotheses expanded (stack decoding) or cells scored (cube pruning).
		same bool
		most int
	}{
		"zero beam means the default":     {cfg: Config{DistortionLimit: 4, PopLimit: -1}, most: 1 + 19*100},
		"loose threshold changes nothing": {cfg: Config{BeamSize: 30, DistortionLimit: 4, PopLimit: -1, Threshold: 1e9}, same: true, most: 1 + 19*30},
		"tight threshold still decodes":   {cfg: Config{BeamSize: 30, DistortionLimit: 4, PopLimit: -1, Threshold: 0.5}, most: 1 + 19*30},
		"beam of one":                     {cfg: Config{BeamSize: 1, DistortionLimit: 4, PopLimit: -1}, most: 20},
		"pop limit bounds the work":       {cfg: Config{BeamSize: 30, DistortionLimit: 4, PopLimit: 50}, most: 20 * 50},
		"zero pop limit means 1000":       {cfg: Config{BeamSize: 30, DistortionLimit: 4}, most: 20 * 1000},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			tab, err := newTable(c.n, c.options, c.lm, c.w)
			if err != nil {
				t.Fatalf("newTable: %v", err)
			}
			s := newSearch(tab, c.lm, c.w, tt.cfg, false)
			if err := s.run(context.Background()); err != nil {
				t.Fatalf("run: %v", err)
			}
			if got := s.expanded; got > tt.most {
				t.Errorf("expanded %d, want at most %d", got, tt.most)
			}
			r := s.result(c.options, c.w, s.chain(nil, s.stacks[c.n].items[0]), s.hyps[s.stacks[c.n].items[0]].score)
			checkResult(t, c.n, c.options, c.w, tt.cfg.DistortionLimit, r)
			if tt.same && !near(r.Score, reference.Score) {
				t.Errorf("Score = %v, want %v", r.Score, reference.Score)
			}
		})
	}
}
