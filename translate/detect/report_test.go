package detect

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestTICODetectionReport measures the Detector against the targets of the
// issue that asked for it, and prints a report. It is slow and measures
// memory of the whole process, so it runs only when asked, alone:
//
//	TAFSIRI_DETECT_REPORT=1 go test -run TICODetectionReport -v ./translate/detect/
//
// TAFSIRI_DETECT_LINGUA=off|low|high chooses whether lingua-go helps
// (default off, as the Detector's default). The detector knows all 36
// TICO-19 languages: the learned model is trained on every train/ split,
// lingua knows the 20 it can; both are scored on the dev/ target side of
// every en-XX pair and on the English side of dev, once.
func TestTICODetectionReport(t *testing.T) {
	if os.Getenv("TAFSIRI_DETECT_REPORT") != "1" {
		t.Skip("set TAFSIRI_DETECT_REPORT=1 to run the TICO-19 detection report")
	}
	mode, err := linguaModeFromEnv(os.Getenv("TAFSIRI_DETECT_LINGUA"))
	if err != nil {
		t.Fatal(err)
	}
	train, dev := loadTICO(t, "train"), loadTICO(t, "dev")

	debug.FreeOSMemory() // what reading TICO-19 left behind is not the detector's
	heap0, rss0 := memoryInUse(t)
	cpu0 := cpuTime(t)
	start := time.Now()
	d := NewDetector(Config{Tags: train.tags(), Samples: train, Lingua: mode})
	constructor := time.Since(start)
	if err := d.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	ready := time.Since(start)
	cpuReady := cpuTime(t) - cpu0
	rssReady := rss(t)
	heap1, rss1 := memoryInUse(t)
	debug.FreeOSMemory()
	_, rssFreed := memoryInUse(t)

	got := scoreTICO(t, d, dev)
	mixed := scoreMixtures(t, d, dev)
	model, err := d.Model().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "TICO-19 language detection, lingua %s, %d languages, GOMAXPROCS %d\n\n", mode, len(d.Tags()), runtime.GOMAXPROCS(0))
	b.WriteString(got.table())
	fmt.Fprintf(&b, "\noverall sentence accuracy      %6.2f%%  (%d/%d; target ≥ 98%%, ≥ 95%% per language)\n", 100*got.all.accuracy(), got.all.right, got.all.sentences)
	fmt.Fprintf(&b, "first three words accuracy     %6.2f%%  (target ≥ 85%%)\n", 100*got.all.accuracy3())
	fmt.Fprintf(&b, "worst language                 %6.1f%%\n", 100*got.worst())
	fmt.Fprintf(&b, "top confusions                 %s\n", got.topConfusions(8))
	fmt.Fprintf(&b, "calibration error (ECE)        %6.3f   (confidence vs accuracy, sentences and 3 words)\n", got.calibrated.ece())
	fmt.Fprintf(&b, "latency per sentence           p50 %v, p90 %v, p99 %v  (target p50 < 1 ms)\n",
		percentile(got.latency, 50), percentile(got.latency, 90), percentile(got.latency, 99))
	fmt.Fprintf(&b, "NewDetector returned after     %v\n", constructor)
	fmt.Fprintf(&b, "ready after                    %v  (training + lingua; target < 1.5 s), %v of CPU time\n", ready, cpuReady)
	fmt.Fprintf(&b, "heap added (after GC)          %.1f MB  (target < 300 MB)\n", mb(heap1-heap0))
	fmt.Fprintf(&b, "RSS added                      %.1f MB when ready, %.1f MB after GC, %.1f MB once freed memory is returned\n",
		mb(rssReady-rss0), mb(rss1-rss0), mb(rssFreed-rss0))
	fmt.Fprintf(&b, "model size (MarshalBinary)     %.1f MB\n", mb(int64(len(model))))
	fmt.Fprintf(&b, "split of two-sentence mixtures %.1f%% of bytes labelled right, %.1f%% of single sentences kept whole\n",
		100*mixed.bytes, 100*mixed.whole)
	t.Log("\n" + b.String())
}

// linguaModeFromEnv parses TAFSIRI_DETECT_LINGUA.
func linguaModeFromEnv(v string) (LinguaMode, error) {
	switch v {
	case "", "off":
		return LinguaOff, nil
	case "low":
		return LinguaLowAccuracy, nil
	case "high":
		return LinguaHighAccuracy, nil
	}
	return 0, fmt.Errorf("TAFSIRI_DETECT_LINGUA=%q: want off, low or high", v)
}

// worst returns the lowest sentence accuracy of a language.
func (s ticoScores) worst() float64 {
	worst := 1.0
	for _, ls := range s.perLang {
		worst = min(worst, ls.accuracy())
	}
	return worst
}

// memoryInUse collects garbage and returns the heap in use and the
// resident set size, in bytes.
func memoryInUse(tb testing.TB) (heap, resident int64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse), rss(tb)
}

// rss returns VmRSS from /proc/self/status, in bytes.
func rss(tb testing.TB) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		tb.Skipf("no /proc/self/status to read memory from: %v", err)
	}
	defer func() {
		if err := f.Close(); err != nil {
			tb.Error(err)
		}
	}()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if kb, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB")), 10, 64)
			if err != nil {
				tb.Fatal(err)
			}
			return n << 10
		}
	}
	tb.Fatal("no VmRSS in /proc/self/status")
	return 0
}

// cpuTime returns the processor time the process used so far, from
// /proc/self/stat (in clock ticks, a hundredth of a second on Linux).
func cpuTime(tb testing.TB) time.Duration {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		tb.Skipf("no /proc/self/stat to read processor time from: %v", err)
	}
	// The command name, in parentheses, may hold spaces; fields follow it.
	fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	ticks := int64(0)
	for _, f := range fields[11:13] { // utime and stime, fields 14 and 15
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			tb.Fatal(err)
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// mb converts bytes to megabytes.
func mb(n int64) float64 { return float64(n) / (1 << 20) }

// mixtureScores is how Split fares on two sentences in different languages.
type mixtureScores struct {
	bytes float64 // share of bytes labelled with their language
	whole float64 // share of single sentences left in one span
}

// scoreMixtures splits 500 pairs of dev sentences in two different
// languages, and the first sentence of each pair alone.
func scoreMixtures(tb testing.TB, d *Detector, dev ticoCorpus) mixtureScores {
	tb.Helper()
	rng := rand.New(rand.NewPCG(19, 2020))
	tags := dev.tags()
	var right, total, whole, pairs int
	for pairs < 500 {
		a, b := tags[rng.IntN(len(tags))], tags[rng.IntN(len(tags))]
		if a == b {
			continue
		}
		pairs++
		sa, sb := dev[a][rng.IntN(len(dev[a]))], dev[b][rng.IntN(len(dev[b]))]
		spans, err := d.Split(context.Background(), sa+" "+sb)
		if err != nil {
			tb.Fatal(err)
		}
		for _, sp := range spans {
			for i := sp.Start; i < sp.End; i++ {
				if (i <= len(sa) && sp.Lang == a) || (i > len(sa) && sp.Lang == b) {
					right++
				}
				total++
			}
		}
		single, err := d.Split(context.Background(), sa)
		if err != nil {
			tb.Fatal(err)
		}
		if len(single) == 1 && single[0].Lang == a {
			whole++
		}
	}
	return mixtureScores{bytes: ratio(right, total), whole: ratio(whole, pairs)}
}
