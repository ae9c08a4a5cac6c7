package defaults

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tafsiri/translate"
	"tafsiri/translate/metric"
)

// phrasebookEngine is an engine over a database with the defaults installed,
// keeping to its glossary and answering from its memory, as the app's is.
func phrasebookEngine(t *testing.T) (*translate.Engine, *phrasebook) {
	t.Helper()
	st, _ := installed(t)
	pb, err := readPhrasebook()
	if err != nil {
		t.Fatal(err)
	}
	engine := translate.NewEngine(st)
	engine.Terms, engine.Memory = st, st
	// The phrasebook writes 0–9 in every language; the tests that compare
	// with it ask for 0–9 too. TestPersianAndBengaliWriteTheirOwnDigits checks the default.
	engine.SetWesternDigits(true)
	return engine, pb
}

// valueRuns finds runs of digits; a run joined by a hyphen to a word of
// three letters or more in any script ("COVID-19", "كوفيد-19") or ending a
// word in Latin letters ("B6") is part of a name, not a value (an Arabic
// "و20" is "and 20", an Indonesian "ke-2" "the 2nd").
var valueRuns = regexp.MustCompile(`[\p{L}\p{M}]{3,}-[0-9]+|\p{Latin}+[0-9]+|[0-9]+`)

// numberRuns returns the runs of digits of s that are values, not parts of names.
func numberRuns(s string) []string {
	var runs []string
	for _, m := range valueRuns.FindAllString(s, -1) {
		if m[0] >= '0' && m[0] <= '9' {
			runs = append(runs, m)
		}
	}
	return runs
}

// otherValues changes every value of s (numberRuns), keeping its width and
// keeping dates and times valid: 0 and 1 go up by one, every other value
// down by one ("8:00" → "7:01", "25/12/2027" → "24/11/2026", "1" → "2").
// Names with digits stay ("COVID-19").
func otherValues(s string) string {
	return valueRuns.ReplaceAllStringFunc(s, func(run string) string {
		n, err := strconv.Atoi(run)
		if err != nil {
			return run // a name with digits, or longer than an int: no notice number is
		}
		if n <= 1 {
			n++
		} else {
			n--
		}
		return fmt.Sprintf("%0*d", len(run), n)
	})
}

// valuesShare is the share of changed-number probes whose translation must
// be within chrF 90 of the stored translation with the new numbers (issue
// 12's goal; 96.7 % when it was set). The rest are sentences the memory
// cannot fill in for sure (a value written otherwise in the stored
// translation), which the model translates.
const valuesShare = 0.95

func TestChangedNumbersComeBackChangedInEveryDefaultLanguage(t *testing.T) {
	engine, pb := phrasebookEngine(t)
	ctx := context.Background()
	total, close := 0, 0
	for _, lang := range pb.langs {
		var sources, refs []string
		for _, p := range pb.corpora[lang].Pairs {
			if len(numberRuns(p.Src)) > 0 {
				sources = append(sources, otherValues(p.Src))
				refs = append(refs, otherValues(p.Tgt))
			}
		}
		results, err := engine.TranslateLines(ctx, SourceLang, lang, sources)
		if err != nil {
			t.Fatal(err)
		}
		near := 0
		for i, r := range results {
			checkValues(t, lang, sources[i], r.Text)
			if metric.ChrFSentence(r.Text, refs[i]) >= 90 {
				near++
			}
		}
		t.Logf("%s: %d of %d sentences with changed numbers within chrF 90 of the stored translation with them", lang, near, len(sources))
		total, close = total+len(sources), close+near
	}
	share := float64(close) / float64(total)
	t.Logf("all: %d of %d (%.1f%%) within chrF 90", close, total, 100*share)
	if share < valuesShare {
		t.Errorf("%.1f%% of translations with changed numbers are within chrF 90 of the stored ones, want %.0f%%", 100*share, 100*valuesShare)
	}
}

// checkValues checks that out carries every number of source, and none of
// the numbers it had before they were changed. Numbers are compared by
// value: a date written in the target's form has day 9 for "09 May".
func checkValues(t *testing.T, lang, source, out string) {
	t.Helper()
	// Chinese writes the month a source names ("October") as a number: "10月".
	got := numberValues(monthNumbers.ReplaceAllString(out, "月$1"))
	want := numberValues(source)
	for _, n := range want {
		if i := slices.Index(got, n); i >= 0 {
			got = slices.Delete(got, i, i+1)
		} else {
			t.Errorf("%s: %q → %q: the number %s is missing", lang, source, out, n)
		}
	}
	if len(got) > 0 {
		t.Errorf("%s: %q → %q: numbers %q are not the source's", lang, source, out, got)
	}
}

// contentSwaps are words of the phrasebook and another word of the same
// kind that changes what a notice says.
var contentSwaps = [][2]string{
	{"hands", "feet"}, {"fever", "rash"}, {"clinic", "school"}, {"water", "milk"}, {"children", "adults"},
	{"soap", "salt"}, {"mask", "hat"}, {"vaccine", "medicine"}, {"cough", "headache"}, {"doctor", "teacher"},
	{"mosquito", "fly"}, {"home", "work"}, {"baby", "mother"}, {"food", "fruit"}, {"days", "weeks"},
}

func TestASentenceWithAnotherWordNeverComesBackAsTheStoredTranslation(t *testing.T) {
	engine, pb := phrasebookEngine(t)
	ctx := context.Background()
	tried := 0
	for _, lang := range pb.langs {
		t.Run(lang, func(t *testing.T) {
			var sources, stored []string
			for _, p := range pb.corpora[lang].Pairs {
				for _, swap := range contentSwaps {
					word := regexp.MustCompile(`\b` + swap[0] + `\b`)
					if loc := word.FindStringIndex(p.Src); loc != nil {
						sources = append(sources, p.Src[:loc[0]]+swap[1]+p.Src[loc[1]:])
						stored = append(stored, p.Tgt)
						break
					}
				}
			}
			results, err := engine.TranslateLines(ctx, SourceLang, lang, sources)
			if err != nil {
				t.Fatal(err)
			}
			verbatim := 0
			for i, r := range results {
				if strings.TrimSpace(r.Text) != strings.TrimSpace(stored[i]) {
					continue
				}
				verbatim++
				t.Logf("%q → %q: the stored translation of another sentence", sources[i], r.Text)
				for _, s := range r.Spans {
					if s.Origin == translate.FromMemory || s.Origin == translate.FromMemoryValues || s.Origin == translate.FromFuzzyMemory {
						t.Errorf("%q: the memory answered with another sentence's translation: %+v", sources[i], s)
					}
				}
			}
			// Neither the memory nor the phrase model: a phrase pair stretched
			// over an unaligned content word could bring the stored word back
			// ("; greet people with" → "mano; mejor salude con" did, for
			// "Do not shake feet"), and such pairs are no longer extracted.
			if verbatim > 0 {
				t.Errorf("%d sentences with one word changed came back as the stored translation, want none", verbatim)
			}
			tried += len(sources)
			t.Logf("%s: %d of %d sentences with one word changed came back as the stored translation", lang, verbatim, len(sources))
		})
	}
	if tried == 0 {
		t.Fatal("no phrasebook sentence holds a word to change")
	}
}

// monthNumbers are months written as numbers, as Chinese writes them in
// dates ("10 月 14 日") and alone ("3月底", the end of March); not an age
// in months ("6月龄"), which is a value.
var monthNumbers = regexp.MustCompile(`[0-9]+\s*月(\s*[0-9]+\s*日|[^0-9龄]|$)`)

// numberValues returns the values of s (numberRuns), each without its leading zeros.
func numberValues(s string) []string {
	runs := numberRuns(s)
	for i, r := range runs {
		if t := strings.TrimLeft(r, "0"); t != "" {
			runs[i] = t
		} else {
			runs[i] = "0"
		}
	}
	return runs
}

// TestEveryPhrasebookUnitAnswersEveryPairBothWays translates every tenth
// phrasebook unit from each of its 13 languages into each other (156
// directed pairs, most with no direct model): the memory gives the stored
// sentence exactly.
func TestEveryPhrasebookUnitAnswersEveryPairBothWays(t *testing.T) {
	engine, pb := phrasebookEngine(t)
	ctx := context.Background()
	langs := append([]string{SourceLang}, pb.langs...)
	text := func(lang string, unit int) string {
		if lang == SourceLang {
			return pb.corpora[pb.langs[0]].Pairs[unit].Src
		}
		return pb.corpora[lang].Pairs[unit].Tgt
	}
	var units []int
	for u := 0; u < len(pb.corpora[pb.langs[0]].Pairs); u += 10 {
		units = append(units, u)
	}
	pairs, wrong := 0, 0
	for _, src := range langs {
		for _, tgt := range langs {
			if src == tgt {
				continue
			}
			pairs++
			lines := make([]string, len(units))
			for i, u := range units {
				lines[i] = text(src, u)
			}
			results, err := engine.TranslateLines(ctx, src, tgt, lines)
			if err != nil {
				t.Fatalf("%s→%s: %v", src, tgt, err)
			}
			for i, r := range results {
				if want := text(tgt, units[i]); r.Text != want {
					wrong++
					if wrong <= 10 {
						t.Errorf("%s→%s: %q → %q, want the stored %q", src, tgt, lines[i], r.Text, want)
					}
				}
			}
		}
	}
	t.Logf("%d directed pairs × %d units: %d not the stored sentence", pairs, len(units), wrong)
	if pairs != 156 || wrong > 0 {
		t.Errorf("%d pairs, %d wrong; want 156 pairs, none wrong", pairs, wrong)
	}
}
