package memory_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"tafsiri/memory"
)

// fixture holds segments 1 to 9 from English, scored against "Wash your hands.":
//
//	1, 2  the same text: 100 (2 is approved)
//	3     lower case: 99, same key
//	4, 5  "!" for ".": 99 (5 used more)
//	6     a word more: 75
//	7     two words more: 60
//	8     another sentence: 0
//	9     the same text into Swahili
func fixture(tb testing.TB) *memIndex {
	tb.Helper()
	x := newMemIndex()
	for _, s := range []memory.Segment{
		{Source: "Wash your hands.", Target: "Lavez-vous les mains."},
		{Source: "Wash your hands.", Target: "Lavez vos mains.", Approved: true},
		{Source: "wash your hands.", Target: "Lave tes mains.", UseCount: 5},
		{Source: "Wash your hands!", Target: "Lavez-vous les mains !"},
		{Source: "Wash your hands!", Target: "Lavez vos mains !", UseCount: 3},
		{Source: "Wash your hands often.", Target: "Lavez-vous souvent les mains."},
		{Source: "Wash your hands with soap.", Target: "Lavez-vous les mains au savon."},
		{Source: "Stay at home.", Target: "Restez chez vous."},
		{Source: "Wash your hands.", Target: "Nawa mikono.", TgtLang: "sw"},
	} {
		s.SrcLang = "en"
		if s.TgtLang == "" {
			s.TgtLang = "fr"
		}
		x.add(s)
	}
	return x
}

func TestSearch(t *testing.T) {
	x := fixture(t)
	cases := map[string]struct {
		query            string
		threshold, limit int
		want             []int64
	}{
		"default threshold":       {"Wash your hands.", 0, 0, []int64{2, 1, 3, 5, 4, 6}},
		"threshold 80":            {"Wash your hands.", 80, 0, []int64{2, 1, 3, 5, 4}},
		"threshold 100":           {"Wash your hands.", 100, 0, []int64{2, 1}},
		"threshold 50":            {"Wash your hands.", 50, 0, []int64{2, 1, 3, 5, 4, 6, 7}},
		"limit":                   {"Wash your hands.", 0, 3, []int64{2, 1, 3}},
		"fuzzy only":              {"Wash your hands often!", 0, 0, []int64{6, 5, 4}},
		"other case, use decides": {"WASH YOUR HANDS.", 0, 0, []int64{2, 3, 1, 5, 4}},
		"nothing close":           {"Take 2 tablets a day.", 0, 0, nil},
		"empty query":             {"  ", 0, 0, nil},
		"punctuation-only query":  {"!", 0, 0, nil},
		"spacing and composition": {"Wash your hands .", 100, 0, []int64{2, 1}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			hits, err := memory.Search(context.Background(), x, "en", "fr", c.query, c.threshold, c.limit)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(hits); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Search(%q, %d, %d) = %v, want %v", c.query, c.threshold, c.limit, got, c.want)
			}
		})
	}
}

func TestSearchHits(t *testing.T) {
	hits, err := memory.Search(context.Background(), fixture(t), "en", "fr", "Wash your hands.", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]int, len(hits))
	for k, h := range hits {
		scores[k] = h.Score
		if h.Score != memory.Score("en", "Wash your hands.", h.Segment.Source) {
			t.Errorf("hit %d scores %d, but Score says otherwise", h.Segment.ID, h.Score)
		}
		if !reflect.DeepEqual(h.Diff, memory.Diff("en", "Wash your hands.", h.Segment.Source)) {
			t.Errorf("hit %d: Diff %+v is not Diff's", h.Segment.ID, h.Diff)
		}
	}
	if want := []int{100, 100, 99, 99, 99, 75}; !reflect.DeepEqual(scores, want) {
		t.Errorf("scores %v, want %v", scores, want)
	}
	if last := hits[len(hits)-1]; last.Segment.Target != "Lavez-vous souvent les mains." || last.Diff[1].Kind != memory.Delete {
		t.Errorf("last hit %+v, want segment 6 with a deleted word", last)
	}
}

// Search asks Similar only when Exact has not filled limit with 100% matches.
func TestSearchSkipsSimilar(t *testing.T) {
	cases := map[string]struct {
		query   string
		limit   int
		similar int
	}{
		"exact fills limit":    {"Wash your hands.", 2, 0},
		"exact is not enough":  {"Wash your hands.", 3, 1},
		"case differs, no 100": {"WASH your hands.", 1, 1},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			x := &countingIndex{memIndex: fixture(t)}
			hits, err := memory.Search(context.Background(), x, "en", "fr", c.query, 0, c.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != c.limit || x.similar != c.similar {
				t.Errorf("%d hits and %d Similar calls, want %d and %d", len(hits), x.similar, c.limit, c.similar)
			}
		})
	}
}

func TestSearchErrors(t *testing.T) {
	failure := errors.New("disk unplugged")
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := map[string]struct {
		ctx       context.Context
		store     memory.Candidates
		threshold int
		want      error
	}{
		"negative threshold":   {context.Background(), fixture(t), -1, memory.ErrThreshold},
		"threshold above 100":  {context.Background(), fixture(t), 101, memory.ErrThreshold},
		"Exact fails":          {context.Background(), failingIndex{exact: failure}, 0, failure},
		"Similar fails":        {context.Background(), failingIndex{similar: failure}, 0, failure},
		"canceled before call": {canceled, fixture(t), 0, context.Canceled},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			hits, err := memory.Search(c.ctx, c.store, "en", "fr", "Wash your hands.", c.threshold, 0)
			if !errors.Is(err, c.want) || hits != nil {
				t.Errorf("Search = %v, %v; want no hits and %v", hits, err, c.want)
			}
		})
	}
}

func ids(hits []memory.Hit) []int64 {
	var out []int64
	for _, h := range hits {
		out = append(out, h.Segment.ID)
	}
	return out
}

// countingIndex counts the calls to Similar.
type countingIndex struct {
	*memIndex
	similar int
}

func (x *countingIndex) Similar(ctx context.Context, src, tgt string, grams []string, limit int) ([]memory.Segment, error) {
	x.similar++
	return x.memIndex.Similar(ctx, src, tgt, grams, limit)
}

// failingIndex fails the calls it has an error for.
type failingIndex struct{ exact, similar error }

func (f failingIndex) Exact(context.Context, string, string, string) ([]memory.Segment, error) {
	return nil, f.exact
}

func (f failingIndex) Similar(context.Context, string, string, []string, int) ([]memory.Segment, error) {
	return nil, f.similar
}
