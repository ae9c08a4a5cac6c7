package translate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"tafsiri/internal/limits"
)

// tooLong is one byte over the segment limit.
var tooLong = strings.Repeat("a", limits.SegmentBytes+1)

func TestASegmentOverTheLimitIsSkippedWithItsLine(t *testing.T) {
	tsv := "Wash your hands.\tLávese las manos.\n" + tooLong + "\tx\n" + "Drink water.\t" + tooLong + "\n"
	c, err := ReadTSV(strings.NewReader(tsv), "long.tsv", "en", "es")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(c.Pairs), 1; got != want {
		t.Errorf("pairs = %d, want %d", got, want)
	}
	var got []string
	for _, s := range c.Skipped {
		got = append(got, s.Where+": "+s.Reason)
	}
	why := fmt.Sprintf("a segment of %d bytes is longer than the 64 KiB limit", len(tooLong))
	if want := []string{"long.tsv:2: " + why, "long.tsv:3: " + why}; !slices.Equal(got, want) {
		t.Errorf("skipped = %q, want %q", got, want)
	}
}

func TestAnOverLongTranslationLeavesTheUnitsOtherLanguages(t *testing.T) {
	tmx := `<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>Wash your hands.</seg></tuv><tuv xml:lang="es"><seg>Lávese las manos.</seg></tuv><tuv xml:lang="fr"><seg>` + tooLong + `</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en"><seg>` + tooLong + `</seg></tuv><tuv xml:lang="es"><seg>x</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu>
</body></tmx>`
	var pairs []string
	tr, err := EachTMXTranslation(strings.NewReader(tmx), "long.tmx", "", func(src, tgt string, p Pair) error {
		pairs = append(pairs, src+">"+tgt+" "+p.Tgt)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"en>es Lávese las manos."}; !slices.Equal(pairs, want) {
		t.Errorf("pairs = %q, want %q", pairs, want)
	}
	var got []string
	for _, s := range tr.Skipped {
		got = append(got, s.Where+": "+s.Reason)
	}
	why := fmt.Sprintf("a segment of %d bytes is longer than the 64 KiB limit", len(tooLong))
	if want := []string{`long.tmx:2: unit "1", fr: ` + why, `long.tmx:3: unit "2", en: ` + why}; !slices.Equal(got, want) {
		t.Errorf("skipped = %q, want %q", got, want)
	}
}
