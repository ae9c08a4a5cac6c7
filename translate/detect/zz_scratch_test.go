package detect

import (
	"context"
	"os"
	"runtime"
	"testing"
	"time"
)

func TestScratchLingua(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	tags := []string{"ar", "bn", "en", "es", "fa", "fr", "hi", "id", "lg", "mr", "ms", "pt", "ru", "so", "sw", "ta", "tl", "ur", "zh", "zu"}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	d := NewLingua(tags)
	if err := d.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Logf("build %v unknown %v", time.Since(start), d.Unknown())
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("heap %d MB", (m1.HeapInuse-m0.HeapInuse)>>20)
}
