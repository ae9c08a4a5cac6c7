package phrases

import (
	"slices"
	"strings"
	"testing"
)

// In the last sentence the aligner missed "meat"–"carne": "carne" is a
// content word (linked in its other occurrences), so no pair may stretch
// over it, while "la", unaligned in most of its occurrences, still may.
//
//	cook meat well      wash the meat      before eating
//	|    |    |         |        |          |      |
//	cocine carne bien   lave la carne      la carne antes de comerla
func TestPairsAreNotStretchedOverAnUnalignedContentWord(t *testing.T) {
	corpus := []Sentence{
		sent(t, "cook meat well", "cocine carne bien", "0-0 1-1 2-2"),
		sent(t, "wash the meat", "lave la carne", "0-0 2-2"),
		sent(t, "meat", "carne", "0-0"),
		sent(t, "meat", "carne", "0-0"),
		sent(t, "before eating", "la carne antes de comerla", "0-2 0-3 1-4"),
	}
	stretched := []string{"before → carne antes de", "before → la carne antes de",
		"before eating → carne antes de comerla", "before eating → la carne antes de comerla"}
	kept := []string{"before → antes de", "before eating → antes de comerla",
		"wash the → lave la", "the meat → la carne"}

	got := pairs(t, build(t, corpus, Options{}))
	for _, p := range stretched {
		if slices.Contains(got, p) {
			t.Errorf("table has %q, stretched over the unaligned content word", p)
		}
	}
	for _, p := range kept {
		if !slices.Contains(got, p) {
			t.Errorf("table lacks %q", p)
		}
	}

	all := pairs(t, build(t, corpus, Options{KeepUnalignedContent: true}))
	for _, p := range append(stretched, kept...) {
		if !slices.Contains(all, p) {
			t.Errorf("with KeepUnalignedContent the table lacks %q", p)
		}
	}
}

// The rule holds on the source side too: a pair must not leave out a content
// word that happens to be unaligned, which the reverse table would show as
// invented.
func TestPairsDoNotLeaveOutAnUnalignedContentWord(t *testing.T) {
	corpus := []Sentence{
		sent(t, "carne", "meat", "0-0"),
		sent(t, "carne", "meat", "0-0"),
		sent(t, "carne", "meat", "0-0"),
		sent(t, "carne", "meat", "0-0"),
		sent(t, "la carne antes de comerla", "before eating", "2-0 3-0 4-1"),
	}
	got := pairs(t, build(t, corpus, Options{}))
	if slices.Contains(got, "carne antes de → before") {
		t.Errorf("table has a pair that drops the unaligned content word: %q", got)
	}
	if !slices.Contains(got, "antes de → before") {
		t.Errorf("table lacks %q: %q", "antes de → before", got)
	}
}

// The aligner linked "of" to the hyphen of Indonesian "anak-anak"; a pair of
// a word and a lone mark would drop the word and glue the next one on
// ("sirup-parasetamol"), so neither direction gets one.
//
//	children of the village     syrup of paracetamol
//	|        |  |   |           |     |
//	anak  -  anak  desa         sirup parasetamol
func TestNoPairHasWordsOnOneSideAndOnlyPunctuationOnTheOther(t *testing.T) {
	corpus := []Sentence{
		sent(t, "children of the village", "anak - anak desa", "0-0 0-2 1-1 3-3"),
		sent(t, "syrup of paracetamol", "sirup parasetamol", "0-0 2-1"),
		sent(t, "wash , rinse", "cuci , bilas", "0-0 1-1 2-2"),
	}
	got := pairs(t, build(t, corpus, Options{}))
	for _, p := range got {
		src, tgt, _ := strings.Cut(p, " → ")
		if hasLetterOrDigit(src) != hasLetterOrDigit(tgt) {
			t.Errorf("table has %q: words on one side, only punctuation on the other", p)
		}
	}
	for _, p := range []string{", → ,", "children of the village → anak - anak desa", "wash , → cuci ,"} {
		if !slices.Contains(got, p) {
			t.Errorf("table lacks %q: %q", p, got)
		}
	}
}

// A comma the aligner left unlinked is never taken into a pair at its edge:
// "wash → lave ," would write the comma wherever "wash" is translated.
//
//	wash hands     wash ,  rinse
//	|    |         |    |  |
//	lave manos     lave ,  enjuague
func TestPairsAreNotStretchedOverUnalignedPunctuation(t *testing.T) {
	corpus := []Sentence{
		sent(t, "wash hands", "lave manos", "0-0 1-1"),
		sent(t, "wash rinse", "lave , enjuague", "0-0 1-2"),
	}
	got := pairs(t, build(t, corpus, Options{}))
	for _, p := range []string{"wash → lave ,", "rinse → , enjuague"} {
		if slices.Contains(got, p) {
			t.Errorf("table has %q, stretched over the unaligned comma", p)
		}
	}
	for _, p := range []string{"wash → lave", "rinse → enjuague", "wash rinse → lave , enjuague"} {
		if !slices.Contains(got, p) {
			t.Errorf("table lacks %q: %q", p, got)
		}
	}
}
