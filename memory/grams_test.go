package memory_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tafsiri/memory"
)

func TestGrams(t *testing.T) {
	cases := map[string]struct {
		lang, in string
		want     []string
	}{
		"pairs of words": {"en", "Wash your hands with soap.",
			[]string{"hands with", "wash your", "with soap", "your hands"}},
		"short pairs left out": {"en", "Wash your hands in the morning.",
			[]string{"hands in", "the morning", "wash your", "your hands"}},
		"placeholders by class": {"en", "Take 2 tablets at 8:30.",
			[]string{"<num> tablets", "at <time>", "tablets at", "take <num>"}},
		"long words of three-word segments": {"en", "Wash hands regularly!",
			[]string{"hands regularly", "regularly", "wash hands"}},
		"one word":              {"en", "Hello!", []string{"hello"}},
		"two short words":       {"en", "The end.", []string{"the end"}},
		"only short words":      {"en", "Do it now.", []string{"do it", "it now"}},
		"case and punctuation":  {"en", "WASH, YOUR hands!", []string{"wash your", "your hands"}},
		"Han characters pair":   {"zh", "请勤洗手。", []string{"勤 洗", "洗 手", "请 勤"}},
		"punctuation only":      {"en", "?!", nil},
		"empty":                 {"en", "", nil},
		"hyphenated name whole": {"en", "COVID-19 vaccines", []string{"covid-19 vaccines", "covid-19", "vaccines"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			want := slices.Sorted(slices.Values(c.want))
			if got := memory.Grams(c.lang, c.in); !reflect.DeepEqual(got, want) {
				t.Errorf("Grams(%q, %q)\n got %q\nwant %q", c.lang, c.in, got, want)
			}
		})
	}
}

func TestGramsDeterministic(t *testing.T) {
	var words []string
	for k := range 120 {
		words = append(words, fmt.Sprintf("word%03d", k))
	}
	long := strings.Join(words, " ") + "."
	first := memory.Grams("en", long)
	if len(first) != memory.MaxGrams || !slices.IsSorted(first) {
		t.Fatalf("Grams of 120 words: %d grams, sorted %v; want %d, sorted", len(first), slices.IsSorted(first), memory.MaxGrams)
	}
	for range 5 {
		if got := memory.Grams("en", long); !reflect.DeepEqual(got, first) {
			t.Fatalf("Grams changed between calls:\n%q\n%q", got, first)
		}
	}
	// The same hash order chooses for a segment that shares most of the text:
	// its kept grams from the shared part are the long one's.
	shorter := memory.Grams("en", strings.Join(words[:110], " "))
	kept := 0
	for _, g := range shorter {
		if slices.Contains(first, g) {
			kept++
		}
	}
	if kept < memory.MaxGrams*3/4 {
		t.Errorf("segments sharing 110 of 120 words share %d of %d grams", kept, memory.MaxGrams)
	}
	if a, b := memory.Grams("en", "Take 2 TABLETS a day"), memory.Grams("en", "take 3 tablets a day."); !reflect.DeepEqual(a, b) {
		t.Errorf("grams differ for texts differing in number, case and punctuation: %q, %q", a, b)
	}
}
