package detect

import (
	"math"
	"os"
	"runtime"
	"sort"
	"testing"
	"time"
)

func (m *Model) top(text string) string {
	s := getScratch(len(m.tags))
	defer scratchPool.Put(s)
	_, letters := m.evaluate(s, text)
	if letters == 0 {
		return "und"
	}
	best, bi := math.Inf(-1), -1
	for i, v := range s.scores {
		if v > best {
			best, bi = v, i
		}
	}
	return m.tags[bi]
}

func scratchEval(t *testing.T, c trainConfig) {
	train := loadTICO(t, "train")
	dev := loadTICO(t, "dev")
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	start := time.Now()
	m, err := c.train(train)
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("train %v keys %d postings %d heap %d MB", el, len(m.table.keys), len(m.table.langs), (int64(m1.HeapInuse)-int64(m0.HeapInuse))>>20)
	var ok, ok3, n int
	per := map[string][2]int{}
	conf := map[string]int{}
	start = time.Now()
	for _, tag := range dev.tags() {
		for _, s := range dev[tag] {
			g := m.top(s)
			g3 := m.top(firstWords(s, 3))
			n++
			p := per[tag]
			p[1]++
			if g == tag {
				ok++
				p[0]++
			} else {
				conf[tag+"->"+g]++
			}
			if g3 == tag {
				ok3++
			}
			per[tag] = p
		}
	}
	t.Logf("eval %v per sentence pair", time.Since(start)/time.Duration(n))
	t.Logf("acc %.4f acc3 %.4f", float64(ok)/float64(n), float64(ok3)/float64(n))
	var bad []string
	for tag, p := range per {
		if a := float64(p[0]) / float64(p[1]); a < 0.98 {
			bad = append(bad, tag)
			t.Logf("  %s %.3f", tag, a)
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range conf {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	if len(kvs) > 12 {
		kvs = kvs[:12]
	}
	t.Logf("conf %v", kvs)
}

func TestScratchEval(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	scratchEval(t, defaultTraining)
}

func BenchmarkScratchTrain(b *testing.B) {
	train := loadTICO(b, "train")
	for b.Loop() {
		if _, err := defaultTraining.train(train); err != nil {
			b.Fatal(err)
		}
	}
}

func TestScratchPhases(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	train := loadTICO(t, "train")
	c := defaultTraining
	var w countWork
	tot := 0
	var tScan, tSort time.Duration
	for _, tag := range train.tags() {
		st := time.Now()
		w.feats = w.feats[:0]
		w.scriptsIn = resize(w.scriptsIn, len(scriptNames()))
		chars := 0
		for _, text := range train[tag] {
			chars += len([]rune(text))
			w.feats = c.features.appendText(w.feats, &w.scanner, text, w.scriptsIn)
		}
		tScan += time.Since(st)
		st = time.Now()
		if cap(w.tmp) < len(w.feats) {
			w.tmp = make([]uint32, len(w.feats))
		}
		radixSort(w.feats, w.tmp[:len(w.feats)], 0)
		tSort += time.Since(st)
		tot += len(w.feats)
		t.Logf("%s chars %d feats %d", tag, chars, len(w.feats))
	}
	t.Logf("total %d scan %v sort %v", tot, tScan, tSort)
}

func TestScratchGrid(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	for _, mf := range []int{0, 800000, 500000, 300000} {
		for _, o := range []int{4, 5} {
			for _, pairs := range []bool{false, true} {
				c := defaultTraining
				c.maxFeats = mf
				c.features.orders = o
				c.features.pairs = pairs
				t.Logf("=== maxFeats %d orders %d pairs %v", mf, o, pairs)
				scratchEval(t, c)
			}
		}
	}
}

func BenchmarkScratchScan(b *testing.B) {
	train := loadTICO(b, "train")
	c := defaultTraining
	var w countWork
	w.scriptsIn = resize(w.scriptsIn, len(scriptNames()))
	for b.Loop() {
		for _, tag := range train.tags() {
			w.feats = w.feats[:0]
			for _, text := range train[tag] {
				w.feats = c.features.appendText(w.feats, &w.scanner, text, w.scriptsIn)
			}
		}
	}
}
