package glossary

import (
	"encoding/csv"
	"errors"
	"html"
	"io"
	"os"
	"regexp"
	"strconv"
	"testing"

	"tafsiri/internal/tico19"
	"tafsiri/translate/tokenize"
)

// readTICOTerms reads the English side of a Facebook TICO-19 terminology
// (id,sourceLang,targetLang,sourceString,targetString) as approved entries;
// the file ends in rows without id or text, which are skipped.
func readTICOTerms(tb testing.TB, name string) []Entry {
	tb.Helper()
	path := tico19.Dir(tb, "terminologies", name)
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			tb.Error(err)
		}
	}()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 5
	var terms []Entry
	for line := 1; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return terms
		}
		if err != nil {
			tb.Fatalf("read %s: %v", path, err)
		}
		id, err := strconv.ParseInt(rec[0], 10, 64)
		if line == 1 || err != nil || rec[3] == "" {
			continue // the header, and the empty rows at the end
		}
		terms = append(terms, Entry{ConceptID: id, TermID: id, Text: rec[3], Status: Approved})
	}
}

var enSeg = regexp.MustCompile(`(?s)<tuv xml:lang="en">\s*<seg>(.*?)</seg>`)

// readTICOEnglish returns the English segments of a TICO-19 memory.
func readTICOEnglish(tb testing.TB, name string) []string {
	tb.Helper()
	data, err := os.ReadFile(tico19.Dir(tb, "dev", name))
	if err != nil {
		tb.Fatal(err)
	}
	var segs []string
	for _, m := range enSeg.FindAllStringSubmatch(string(data), -1) {
		segs = append(segs, html.UnescapeString(m[1]))
	}
	return segs
}

// TestTICOTerms finds the English terms of the Facebook en-es terminology in
// the English sentences of the en-es-LA dev memory. Every match must be the
// term as Contains sees it, and stemming must find many more.
func TestTICOTerms(t *testing.T) {
	terms := readTICOTerms(t, "f_en-es_XX.csv")
	segs := readTICOEnglish(t, "en-es-LA.tmx")
	if len(terms) < 300 || len(segs) < 200 {
		t.Fatalf("read %d terms and %d segments, want at least 300 and 200", len(terms), len(segs))
	}
	counts := map[string]int{}
	for name, opt := range map[string]Options{"exact": {}, "stem": {Stem: true}} {
		m := NewMatcher("en", terms, opt)
		for _, seg := range segs {
			ms := m.Match(seg)
			checkOrder(t, ms)
			norm := tokenize.Normalize(seg)
			for _, x := range ms {
				if got := norm[x.ByteStart:x.ByteEnd]; !Contains("en", got, x.Term.Text, opt) {
					t.Errorf("%s: match %q is not the term %q", name, got, x.Term.Text)
				}
			}
			counts[name] += len(ms)
		}
	}
	t.Logf("%d terms, %d segments: %d matches exact, %d with stems", len(terms), len(segs), counts["exact"], counts["stem"])
	// Today: 268 exact and 456 with stems.
	if counts["exact"] < 250 || counts["stem"] < 420 {
		t.Errorf("found %d matches exact and %d with stems, want at least 250 and 420", counts["exact"], counts["stem"])
	}
}
