package lexicon

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// freeDictArticles are the articles of a small FreeDict-like dictionary, in
// the forms the Debian packages' dictionaries write them.
var freeDictArticles = []struct{ headword, article string }{
	{"00databaseinfo", "English-Spanish FreeDict Dictionary\n\nMaintainer: [up for grabs]\n\nEdition: 0.9\nSize: 7 headwords\n\n" +
		"Availability:\n\n    Copyright (C) 1999-2024 by various authors listed below.\n" +
		"    Available under the terms of the GNU General Public License ver. 2.0 and\n  any later version.\n\n" +
		"Published at: http://freedict.org/\n\nNotes:\n\n * Database Status: small\n"},
	{"00databaseshort", "English-Spanish FreeDict Dictionary ver. 0.9\n"},
	{"bed", "bed /bɛd/ <n>\n1. cama, lecho\n2. cauce\n"},
	{"foot", "foot /fʊt/\n1. <n> pie\n2. <v> pagar\nsee: feet\n"},
	{"wash", "wash /wɒʃ/ <v>\n\nlavar; lavarse\n"},
	{"just", "just /dʒʌst/\n1. no...más que, sólo\n2. persona que siempre actúa de buena fe con todos\n"},
	{"able", "-able /ˈeɪbəl/\n-able\n"},
	{"aesthetically", "aesthetically, esthetically /iːsθˈɛtɪkli/ /ɛsθˈɛtɪkli/ <adv>\nestéticamente\n"},
	{"how", "how /haʊ/ <adv>\n\n¿cómo?\n"},
	{"robbed", "robbed /ɹˈɒbd/\nrobadas <f>\n"},
	{"cauliflower", "cauliflower /kɔliflauər/\ncoli‐flor\n"},
}

// writeDictd writes articles as a dictd dictionary name.index and
// name.dict.dz (or name.dict, when compress is false) in dir.
func writeDictd(t testing.TB, dir, name string, compress bool) (index, data string) {
	t.Helper()
	var body, idx bytes.Buffer
	for _, a := range freeDictArticles {
		fmt.Fprintf(&idx, "%s\t%s\t%s\n", a.headword, encodeDictdNumber(body.Len()), encodeDictdNumber(len(a.article)))
		body.WriteString(a.article)
	}
	index, data = filepath.Join(dir, name+".index"), filepath.Join(dir, name+".dict")
	raw := body.Bytes()
	if compress {
		data += ".dz"
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		if _, err := zw.Write(raw); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		raw = z.Bytes()
	}
	if err := os.WriteFile(index, idx.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(data, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return index, data
}

// encodeDictdNumber writes n in dictd's base64 digits.
func encodeDictdNumber(n int) string {
	if n == 0 {
		return "A"
	}
	var s []byte
	for ; n > 0; n /= 64 {
		s = append([]byte{dictdDigits[n%64]}, s...)
	}
	return string(s)
}

// readDictdFiles reads the dictionary whose files are index and data.
func readDictdFiles(t testing.TB, index, data string, opt DictdOptions) (*Dictionary, error) {
	t.Helper()
	ir, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}
	dr, err := os.ReadFile(data)
	if err != nil {
		t.Fatal(err)
	}
	return ReadDictd(bytes.NewReader(ir), bytes.NewReader(dr), opt)
}

// entryLines shows entries as "source>target pos" lines.
func entryLines(entries []Entry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSpace(JoinForms(e.SrcForms)+">"+JoinForms(e.TgtForms)+" "+e.POS))
	}
	return out
}

func TestReadDictdReadsTheTranslationsOfEachFreeDictArticle(t *testing.T) {
	for _, compressed := range []bool{true, false} {
		t.Run(fmt.Sprintf("compressed=%v", compressed), func(t *testing.T) {
			index, data := writeDictd(t, t.TempDir(), "freedict-eng-spa", compressed)
			d, err := readDictdFiles(t, index, data, DictdOptions{Name: "freedict-eng-spa"})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"bed>cama noun", "bed>lecho noun", "bed>cauce noun", "foot>pie noun", "foot>pagar verb",
				"wash>lavar verb", "wash>lavarse verb", "just>sólo", "aesthetically>estéticamente adv",
				"esthetically>estéticamente adv", "how>cómo adv", "robbed>robadas", "cauliflower>coli-flor"}
			if got := entryLines(d.Entries); !reflect.DeepEqual(got, want) {
				t.Errorf("entries\n got %q\nwant %q", got, want)
			}
			e := d.Entries[0]
			if e.SrcLang != "en" || e.TgtLang != "es" {
				t.Errorf("languages %s→%s, want en→es from the name", e.SrcLang, e.TgtLang)
			}
			if e.Source != "FreeDict eng-spa 0.9" {
				t.Errorf("source %q, want the dictionary and its edition", e.Source)
			}
			if want := "Available under the terms of the GNU General Public License ver. 2.0 and any later version."; e.Licence != want {
				t.Errorf("licence %q, want %q", e.Licence, want)
			}
			if want := []Skip{{"freedict-eng-spa.index:7", "the headword “-able” is an affix, not a word"}}; !reflect.DeepEqual(d.Skipped, want) {
				t.Errorf("skipped %v, want %v", d.Skipped, want)
			}
		})
	}
}

func TestTheLanguagesOfADictionaryMayBeNamed(t *testing.T) {
	index, data := writeDictd(t, t.TempDir(), "my-words", true)
	if _, err := readDictdFiles(t, index, data, DictdOptions{Name: "my-words"}); err == nil {
		t.Error("a dictionary whose name says no languages was read without them")
	}
	d, err := readDictdFiles(t, index, data, DictdOptions{Name: "my-words", SrcLang: "en", TgtLang: "es_MX"})
	if err != nil {
		t.Fatal(err)
	}
	if e := d.Entries[0]; e.SrcLang != "en" || e.TgtLang != "es-MX" || e.Source != "my-words 0.9" {
		t.Errorf("entry %s→%s from %q, want en→es-MX from my-words 0.9", e.SrcLang, e.TgtLang, e.Source)
	}
}

func TestFreeDictLanguagesComeFromTheName(t *testing.T) {
	cases := map[string][2]string{
		"freedict-eng-spa.index":   {"en", "es"},
		"freedict-eng-swh.dict.dz": {"en", "sw"},
		"freedict-spa-eng":         {"es", "en"},
		"freedict-eng-hin.index":   {"en", "hi"},
		"freedict-ara-eng.index":   {"ar", "en"},
		"freedict-deu-ita.index":   {"de", "it"},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			src, tgt, ok := FreeDictLanguages(name)
			if !ok || [2]string{src, tgt} != want {
				t.Errorf("FreeDictLanguages = %s, %s, %v; want %s, %s", src, tgt, ok, want[0], want[1])
			}
		})
	}
	if _, _, ok := FreeDictLanguages("wn.index"); ok {
		t.Error("wn.index was taken for a FreeDict dictionary")
	}
}

func TestAMalformedIndexIsAnErrorNamingItsLine(t *testing.T) {
	cases := map[string]struct{ line, want string }{
		"too few fields":       {"bed\tA\n", "freedict-eng-spa.index:12: "},
		"not a dictd number":   {"bed\tA!\tB\n", "freedict-eng-spa.index:12: "},
		"past the end of data": {"bed\tAAAA\t////\n", "freedict-eng-spa.index:12: "},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			index, data := writeDictd(t, t.TempDir(), "freedict-eng-spa", true)
			f, err := os.OpenFile(index, os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteString(c.line); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			d, err := readDictdFiles(t, index, data, DictdOptions{Name: "freedict-eng-spa"})
			if err == nil {
				t.Fatalf("read %d entries, want an error", len(d.Entries))
			}
			if !errors.Is(err, ErrDictd) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q; want one naming %q that wraps ErrDictd", err, c.want)
			}
		})
	}
}

// installedFreeDict returns the files of a FreeDict dictionary that Debian's
// dict-freedict-NAME package installed, or skips the test when it is not.
func installedFreeDict(t *testing.T, name string) (index, data string) {
	t.Helper()
	index = "/usr/share/dictd/freedict-" + name + ".index"
	if _, err := os.Stat(index); err != nil {
		t.Skipf("%s is not installed (apt-get install dict-freedict-%s; scripts/install-deps does): %v", index, name, err)
	}
	return index, strings.TrimSuffix(index, ".index") + ".dict.dz"
}

func TestReadsTheInstalledEnglishSpanishFreeDict(t *testing.T) {
	index, data := installedFreeDict(t, "eng-spa")
	d, err := readDictdFiles(t, index, data, DictdOptions{Name: "freedict-eng-spa"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) < 5000 {
		t.Errorf("%d entries, want the thousands the dictionary holds", len(d.Entries))
	}
	lines := map[string]bool{}
	for _, l := range entryLines(d.Entries) {
		lines[l] = true
	}
	for _, want := range []string{"water>agua", "fever>fiebre", "doctor>médico"} {
		if !lines[want] {
			t.Errorf("no entry %q", want)
		}
	}
	if e := d.Entries[0]; !strings.HasPrefix(e.Source, "FreeDict eng-spa ") || !strings.Contains(e.Licence, "GNU General Public License") {
		t.Errorf("source %q, licence %q; want FreeDict's edition and its GPL statement", e.Source, e.Licence)
	}
}
