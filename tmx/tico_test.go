package tmx

import (
	"io"
	"os"
	"testing"

	"tafsiri/internal/tico19"
)

// openTico opens a TICO-19 training memory, found by tico19.Dir.
func openTico(tb testing.TB, name string) *os.File {
	tb.Helper()
	f, err := os.Open(tico19.Dir(tb, "train", name))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := f.Close(); err != nil {
			tb.Error(err)
		}
	})
	return f
}

func TestTico(t *testing.T) {
	tests := map[string]struct {
		target    string
		wantUnits int
	}{
		"en-es-LA.tmx": {target: "es-LA", wantUnits: 2110},
		"en-zh.tmx":    {target: "zh", wantUnits: 2110},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			res := mustReadAll(t, readFile(t, openTico(t, name)), name)
			if got := len(res.units); got != tt.wantUnits {
				t.Errorf("read %d units, want %d", got, tt.wantUnits)
			}
			if len(res.skipped) != 0 {
				t.Errorf("skipped %d units, first %+v", len(res.skipped), res.skipped[0])
			}
			for _, u := range res.units {
				for _, lang := range []string{"en", tt.target} {
					if text, ok := u.Text(lang); !ok || text == "" {
						t.Errorf("unit %s (line %d) has no %s text", u.ID, u.Line, lang)
					}
				}
			}
		})
	}
}

// readFile returns the whole content of f.
func readFile(tb testing.TB, f *os.File) []byte {
	tb.Helper()
	data, err := io.ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func BenchmarkReader(b *testing.B) {
	data := readFile(b, openTico(b, "en-es-LA.tmx"))
	b.SetBytes(int64(len(data)))
	units := 0
	for b.Loop() {
		units += len(mustReadAll(b, data, "en-es-LA.tmx").units)
	}
	b.ReportMetric(float64(units)/b.Elapsed().Seconds(), "units/s")
}
