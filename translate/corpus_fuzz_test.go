package translate_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"tafsiri/translate"
)

// FuzzReadTSV checks that no input makes the TSV reader panic, and that
// every pair it keeps has two non-empty, valid UTF-8 sides.
func FuzzReadTSV(f *testing.F) {
	for _, seed := range []string{
		"Wash your hands.\tLávese las manos.\n",
		"a\tb\r\nc\td\n\n",
		"no tab here\n",
		"three\tcolumns\there\n",
		"\t\n",
		"bad \xff utf-8\tok\n",
		"\ufeffBOM first\tline\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := translate.ReadTSV(bytes.NewReader(data), "fuzz.tsv", "en", "es")
		if err != nil {
			return
		}
		checkPairs(t, c)
	})
}

// FuzzReadParallel checks line-aligned parallel text the same way.
func FuzzReadParallel(f *testing.F) {
	f.Add([]byte("Wash your hands.\nDrink water.\n"), []byte("Lávese las manos.\nBeba agua.\n"))
	f.Add([]byte("one\n"), []byte("one\ntwo\n"))
	f.Add([]byte("\xff\n\n"), []byte("x\ny\n"))
	f.Fuzz(func(t *testing.T, src, tgt []byte) {
		c, err := translate.ReadParallel(bytes.NewReader(src), bytes.NewReader(tgt), "a.txt", "b.txt", "en", "es")
		if err != nil {
			return
		}
		checkPairs(t, c)
	})
}

func checkPairs(t *testing.T, c *translate.Corpus) {
	t.Helper()
	for _, p := range c.Pairs {
		for _, side := range []string{p.Src, p.Tgt} {
			if strings.TrimSpace(side) == "" || !utf8.ValidString(side) {
				t.Fatalf("kept pair %q with an empty or invalid side", p)
			}
		}
	}
}
