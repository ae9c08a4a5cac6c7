package cli

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tafsiri/exchange"
	"tafsiri/storage"
	"tafsiri/translate"
)

func TestEnglishLeftCountsCopiedWordsTheReferenceLacks(t *testing.T) {
	cases := map[string]struct {
		source, out, ref string
		left, words      int
	}{
		"one word left":          {"Wash your feet.", "Lávese los feet.", "Lávese los pies.", 1, 3},
		"a term both keep":       {"Free HIV tests.", "Pruebas de HIV gratuitas.", "Pruebas de HIV gratuitas.", 0, 3},
		"another script":         {"Call the nurse.", "Call الممرضة", "اتصل بالممرضة", 1, 3},
		"nothing left":           {"Boil the water.", "Hierva el agua.", "Hierva el agua.", 0, 3},
		"a word in both tongues": {"No smoking.", "No fumar.", "No fumar.", 0, 2},
		"Chinese":                {"Wash your hands.", "洗 hands。", "洗手。", 1, 3},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if left, words := englishLeft(c.source, c.out, c.ref); left != c.left || words != c.words {
				t.Errorf("englishLeft = %d of %d, want %d of %d", left, words, c.left, c.words)
			}
		})
	}
}

func TestBenchNoticesReportsEachLanguageWithReferences(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"en.txt":     "Wash your hands with soap.\nThe clinic opens on Sunday 14 March 2027.\n",
		"es-419.txt": "Lávese las manos con jabón.\nLa clínica abre el domingo 14 de marzo de 2027.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := run(t, nil, "bench", "notices", "--data", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	row := regexp.MustCompile(`(?m)^\| es-419 \| ([0-9.]+) \| ([0-9.]+) \| ([0-9.]+) % \(\d+ of \d+\) \| (\d+) \| ([0-9.]+) \(([0-9.]+)\) \| ([0-9.]+) \(([0-9.]+)\) \|$`).FindStringSubmatch(out)
	if row == nil {
		t.Fatalf("no es-419 row in:\n%s", out)
	}
	if chrf, err := strconv.ParseFloat(row[1], 64); err != nil || chrf < 40 || row[4] != "0" {
		t.Errorf("es-419: chrF %s, English names %s; want a real score and no English month or weekday:\n%s", row[1], row[4], out)
	}
	if back, err := strconv.ParseFloat(row[2], 64); err != nil || back < 40 {
		t.Errorf("es-419: chrF into English %s, want a real score of the references translated back:\n%s", row[2], out)
	}
	if inv, err := strconv.ParseFloat(row[5], 64); err != nil || inv > 50 {
		t.Errorf("es-419: invented %s %%, want a measured share of the output's content words:\n%s", row[5], out)
	}
	if regexp.MustCompile(`(?m)^\| fr \|`).MatchString(out) {
		t.Errorf("a language without a reference file is reported:\n%s", out)
	}
}

// --caution stores the setting in the bench's database, so the engine
// measured and any process the bench starts on that database translate that
// way; without it the bench translates as a new database does, carefully.
func TestBenchCautionStoresTheSettingAndConfiguresTheEngine(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		caution, stored string
		careful         bool
	}{
		{"", "", true},
		{"standard", "standard", false},
		{"careful", "careful", true},
	} {
		err := useStore(ctx, filepath.Join(t.TempDir(), "b.db"), func(st *storage.Store) error {
			engine, err := benchOptions{caution: c.caution}.configure(ctx, st, translate.NewEngine(st))
			if err != nil {
				return err
			}
			value, _, err := st.Setting(ctx, exchange.CautionSetting)
			if err != nil {
				return err
			}
			if value != c.stored || engine.Careful() != c.careful {
				t.Errorf("--caution %q: stored %s = %q, engine careful %v; want %q, %v",
					c.caution, exchange.CautionSetting, value, engine.Careful(), c.stored, c.careful)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestBenchRefusesACautionItDoesNotKnow(t *testing.T) {
	code, _, stderr := run(t, nil, "bench", "notices", "--data", t.TempDir(), "--caution", "bold")
	if code != ExitUsage || !strings.Contains(stderr, `"bold" is not standard or careful`) {
		t.Errorf("exit %d, stderr %q; want a usage error naming the value", code, stderr)
	}
}
