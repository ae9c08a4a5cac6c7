package detect

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"tafsiri/internal/tico19"
	"tafsiri/tmx"
)

// ticoCorpus is one split of TICO-19, which is kept outside the repository
// (nothing read from it may be copied into it): the target side of every en-XX pair
// under the pair's BCP 47 tag, and the English side, once, under "en".
type ticoCorpus map[string][]string

var (
	ticoMu    sync.Mutex
	ticoCache = map[string]ticoCorpus{}
)

// loadTICO reads split ("train" or "dev") of TICO-19, found by tico19.Dir;
// tests of one run share what it read.
func loadTICO(tb testing.TB, split string) ticoCorpus {
	tb.Helper()
	ticoMu.Lock()
	defer ticoMu.Unlock()
	if c, ok := ticoCache[split]; ok {
		return c
	}
	dir := tico19.Dir(tb, split)
	files, err := filepath.Glob(filepath.Join(dir, "en-*.tmx"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatalf("no TICO-19 memories (en-*.tmx) in %s", dir)
	}
	c, err := readTICO(files)
	if err != nil {
		tb.Fatal(err)
	}
	ticoCache[split] = c
	return c
}

// readTICO reads the pairs in files, two at a time.
func readTICO(files []string) (ticoCorpus, error) {
	type pair struct {
		tag    string
		en, xx []string
		err    error
	}
	pairs := make([]pair, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, file := range files {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			code := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), "en-"), ".tmx")
			p := pair{tag: ticoTag(code)}
			p.en, p.xx, p.err = readPair(file, code)
			pairs[i] = p
		})
	}
	wg.Wait()
	c := ticoCorpus{}
	seen := map[string]bool{}
	for _, p := range pairs {
		if p.err != nil {
			return nil, p.err
		}
		c[p.tag] = p.xx
		for _, s := range p.en {
			if !seen[s] {
				seen[s] = true
				c["en"] = append(c["en"], s)
			}
		}
	}
	return c, nil
}

// ticoTag maps a TICO-19 language code to the BCP 47 tag the app uses.
func ticoTag(code string) string {
	if code == "es-LA" {
		return "es-419" // TICO's "LA" means Latin America, not Laos
	}
	return code
}

// readPair returns the English and the code sides of one pair file.
func readPair(file, code string) (en, xx []string, err error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, fmt.Errorf("read pair: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("read pair: %w", cerr)
		}
	}()
	r, err := tmx.NewReader(f, filepath.Base(file))
	if err != nil {
		return nil, nil, err
	}
	for {
		u, err := r.Next()
		if errors.Is(err, io.EOF) {
			return en, xx, nil
		}
		if err != nil {
			return nil, nil, err
		}
		if s, ok := u.Text("en"); ok {
			en = append(en, s)
		}
		if s, ok := u.Text(code); ok {
			xx = append(xx, s)
		}
	}
}

// tags returns the corpus's languages, sorted.
func (c ticoCorpus) tags() []string {
	var tags []string
	for tag := range c {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	return tags
}

// firstWords returns the first n words of s, as split by spaces.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
